/**
 * Susun's words for saving, viewing and continuing: the files to download and the files opened
 * again. Indonesian and English side by side.
 */
export default {
  'susun.out': { id: 'Simpan, lihat, lanjutkan', en: 'Save, view, continue' },
  'susun.outHelp': {
    id: 'Untuk menerbitkan: taruh berkas wilayah di data/regions/ dan teksnya di data/sources/, lalu build (lihat docs/susun.md).',
    en: 'To publish: put the region file in data/regions/ and its text in data/sources/, then build (see docs/susun.md).',
  },
  'susun.downloadRegion': { id: 'Unduh {file}', en: 'Download {file}' },
  'susun.downloadSource': { id: 'Unduh teks {file}', en: 'Download the text {file}' },
  'susun.downloadZip': { id: 'Unduh keduanya (.zip)', en: 'Download both (.zip)' },
  'susun.viewTitle': { id: 'Lihat di aplikasi', en: 'View in the app' },
  'susun.view': { id: 'Lihat di aplikasi', en: 'View in the app' },
  'susun.openAgain': { id: 'Buka lagi untuk melanjutkan', en: 'Open again to continue' },
  'susun.openFiles': {
    id: 'Pilih berkas wilayah (.json) dan teksnya (.txt), atau .zip',
    en: 'Choose the region file (.json) and its text (.txt), or the .zip',
  },
  'susun.openNeedsJson': {
    id: 'Perlu berkas wilayah (.json), sendiri atau di dalam .zip.',
    en: 'A region file (.json) is needed, alone or inside the .zip.',
  },
  'susun.openNotRegion': { id: 'Berkas itu bukan berkas wilayah.', en: 'That file is not a region file.' },
  'susun.openFailed': {
    id: 'Berkas tidak dapat dibuka: {reason}',
    en: 'The file could not be opened: {reason}',
  },
} satisfies Record<string, { id: string; en: string }>;
