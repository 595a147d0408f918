/** When something fails or the reader is offline; the glossary. Indonesian and English side by side. */
export default {
  'error.title': { id: 'Data tidak dapat dipakai', en: 'The data cannot be used' },
  'error.intro': {
    id: 'Berkas data wilayah ini memiliki masalah. Setiap baris menyebut berkas, letak (JSON path) dan alasannya.',
    en: "This region's data file has problems. Each line names the file, the place (JSON path) and the reason.",
  },
  'error.network': {
    id: 'Data tidak dapat dimuat ({reason}).',
    en: 'The data could not be loaded ({reason}).',
  },
  'error.regionFailed': {
    id: 'Data wilayah {region} tidak dapat dimuat ({reason}).',
    en: 'The data of region {region} could not be loaded ({reason}).',
  },
  'error.retry': { id: 'Coba lagi', en: 'Try again' },
  'offline.heading': { id: 'Baca tanpa internet', en: 'Read without internet' },
  'offline.explain': {
    id: 'Simpan seluruh {name} (bagan, daftar, alur, surat, teks dan glosarium) di peramban ini untuk dibuka tanpa internet, misalnya di ruang pelatihan.',
    en: 'Keep all of {name} (charts, outlines, flows, letters, text and glossary) in this browser to open without internet, for example in a training room.',
  },
  'offline.save': { id: 'Simpan untuk luring', en: 'Save for offline' },
  'offline.saving': { id: 'Menyimpan {done} dari {total} berkas…', en: 'Saving {done} of {total} files…' },
  'offline.saved': {
    id: '{name} tersimpan untuk luring ({files} berkas). Halaman dan bagannya terbuka tanpa internet di peramban ini.',
    en: '{name} is saved for offline reading ({files} files). Its pages and charts open without internet in this browser.',
  },
  'offline.remove': { id: 'Hapus simpanan luring', en: 'Remove the offline copy' },
  'offline.failed': {
    id: 'Belum tersimpan ({reason}). Periksa sambungan, lalu coba lagi.',
    en: 'Not saved yet ({reason}). Check the connection, then try again.',
  },
  'offline.title': { id: 'Anda sedang luring', en: 'You are offline' },
  'offline.notKept': {
    id: 'Halaman ini belum disimpan untuk dibaca tanpa internet. Saat daring, buka halaman wilayahnya dan pilih "Simpan untuk luring".',
    en: 'This page has not been saved for reading without internet. When online, open its region page and choose "Save for offline".',
  },
  'offline.update': { id: 'Versi baru tersedia.', en: 'A new version is available.' },
  'offline.reload': { id: 'Muat ulang', en: 'Reload' },
  'error.chunkTitle': {
    id: 'Bagian aplikasi ini tidak dapat dimuat',
    en: 'This part of the app could not be loaded',
  },
  'error.chunkBody': {
    id: 'Periksa sambungan internet Anda, lalu coba lagi. ({reason})',
    en: 'Check your internet connection, then try again. ({reason})',
  },
  'error.staticOnly': {
    id: 'Halaman ini tampil tanpa fitur interaktif karena datanya tidak dapat dimuat ({reason}).',
    en: 'This page is shown without its interactive features: its data could not be loaded ({reason}).',
  },
  'glossary.title': { id: 'Glosarium', en: 'Glossary' },
  'glossary.intro': {
    id: 'Istilah sistem kerja sebagaimana dipakai dalam peraturan.',
    en: 'The work-system terms as the regulations use them.',
  },
} as const satisfies Record<string, { id: string; en: string }>;
