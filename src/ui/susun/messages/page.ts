/**
 * Susun's words for the page itself: its heading, the drafts and their saving, the data's tabs,
 * and what every form shares (the item being edited, its id, removing it). Indonesian and English
 * side by side.
 */
export default {
  'susun.title': { id: 'Susun', en: 'Susun (encode a regulation)' },
  'susun.intro': {
    id: 'Susun data sistem kerja dari teks peraturan daerah Anda: teks di kiri, isian di kanan. Pilih baris teks, lalu tekan Kutip pada butir yang sesuai: kutipan, baris dan alamat pasalnya terisi sendiri.',
    en: 'Encode your regional regulation: the text on the left, forms on the right. Select lines of the text, then press Kutip (cite) on the item: the quote, lines and article are filled in.',
  },
  'susun.privacy': {
    id: 'Semua tersimpan otomatis di peramban ini saja (IndexedDB). Tidak ada yang diunggah.',
    en: 'Everything is saved automatically in this browser only (IndexedDB). Nothing is uploaded.',
  },
  'susun.drafts': { id: 'Draf', en: 'Drafts' },
  'susun.newDraft': { id: 'Draf baru', en: 'New draft' },
  'susun.untitled': { id: 'Draf tanpa judul', en: 'Untitled draft' },
  'susun.pattern': { id: 'Mulai dari pola', en: 'Start from the structure of' },
  'susun.startPattern': { id: 'Mulai dari pola ini', en: 'Start from this structure' },
  'susun.fromPattern': { id: 'Pola {name}', en: 'Structure of {name}' },
  'susun.patternFailed': {
    id: 'Data {name} tidak dapat dimuat.',
    en: 'The data of {name} could not be loaded.',
  },
  'susun.deleteDraft': { id: 'Hapus draf ini', en: 'Delete this draft' },
  'susun.pending': { id: 'Ada perubahan, segera disimpan…', en: 'Changes, about to be saved…' },
  'susun.saving': { id: 'Menyimpan…', en: 'Saving…' },
  'susun.saved': { id: 'Tersimpan di peramban ini', en: 'Saved in this browser' },
  'susun.saveFailed': { id: 'Gagal menyimpan', en: 'Could not save' },
  'susun.storageError': {
    id: 'Penyimpanan peramban menolak ({reason}). Unduh berkas Anda agar pekerjaan tidak hilang.',
    en: 'Browser storage refused ({reason}). Download your files so the work is not lost.',
  },
  'susun.noDraft': {
    id: 'Belum ada draf. Mulai draf baru, atau mulai dari pola wilayah yang sudah ada.',
    en: 'No draft yet. Start a new draft, or start from the structure of a bundled region.',
  },
  'susun.data': { id: 'Data', en: 'Data' },
  'susun.sections': { id: 'Bagian data', en: 'Parts of the data' },
  'susun.tab.wilayah': { id: 'Wilayah dan peraturan', en: 'Region and regulation' },
  'susun.tab.unit': { id: 'Tipe unit', en: 'Unit types' },
  'susun.tab.alur': { id: 'Alur', en: 'Flows' },
  'susun.tab.lain': { id: 'Ketentuan, formulir, catatan', en: 'Rules, forms, notes' },
  'susun.tab.periksa': { id: 'Periksa', en: 'Check' },
  'susun.tab.keluar': { id: 'Simpan dan lihat', en: 'Save and view' },
  'susun.editing': { id: 'Sedang disunting', en: 'Editing' },
  'susun.patternProvince': { id: 'Provinsi pola', en: 'Province of the pattern' },
  'susun.id': { id: 'Id', en: 'Id' },
  'susun.remove': { id: 'Hapus', en: 'Remove' },
  'susun.removeWhat': { id: 'Hapus {what}', en: 'Remove {what}' },
} satisfies Record<string, { id: string; en: string }>;
