/** Importing a region file: progress, the check, what is kept. Indonesian and English side by side. */
export default {
  'import.title': { id: 'Impor data', en: 'Import data' },
  'import.intro': {
    id: 'Pilih berkas data wilayah (JSON sesuai data/schema.json). Berkas diperiksa di peramban ini; bila sah, bagan, alur, Posisi saya dan banding langsung dapat dipakai.',
    en: 'Choose a region data file (JSON following data/schema.json). It is checked in this browser; when valid, its charts, flows, My position and comparison work at once.',
  },
  'import.privacy': {
    id: 'Tidak ada yang diunggah ke mana pun. Data impor hilang saat halaman ditutup, kecuali Anda memilih menyimpannya di peramban ini.',
    en: 'Nothing is uploaded anywhere. Imported data is gone when the page closes unless you choose to keep it in this browser.',
  },
  'import.dropLabel': { id: 'Area untuk menjatuhkan berkas', en: 'Area to drop a file' },
  'import.pick': { id: 'Pilih berkas data (.json)', en: 'Choose a data file (.json)' },
  'import.drop': { id: 'atau jatuhkan berkasnya di sini', en: 'or drop the file here' },
  'import.checking': { id: 'Memeriksa {file}…', en: 'Checking {file}…' },
  'import.tooLarge': {
    id: 'Berkas terlalu besar ({mb} MB; batas {max} MB).',
    en: 'The file is too large ({mb} MB; the limit is {max} MB).',
  },
  'import.errors': { id: '{n} masalah di {file}', en: '{n} problems in {file}' },
  'import.lineCol': { id: 'baris {line}, kolom {column}', en: 'line {line}, column {column}' },
  'import.more': { id: '… dan {n} masalah lainnya', en: '… and {n} more' },
  'import.ok': { id: '{name} sah dan siap dipakai', en: '{name} is valid and ready' },
  'import.counts': {
    id: '{units} tipe unit, {flows} alur, {steps} langkah.',
    en: '{units} unit types, {flows} flows, {steps} steps.',
  },
  'import.noQuoteCheck': {
    id: 'Kutipan tidak dapat dicocokkan dengan teks peraturan di peramban; jalankan npm run validate untuk itu.',
    en: 'Quotes cannot be matched against the regulation text in the browser; run npm run validate for that.',
  },
  'import.open': { id: 'Buka {name}', en: 'Open {name}' },
  'import.keep': { id: 'Simpan di peramban ini', en: 'Keep in this browser' },
  'import.kept': { id: 'Tersimpan di peramban ini.', en: 'Kept in this browser.' },
  'import.list': { id: 'Data impor', en: 'Imported data' },
  'import.remove': { id: 'Hapus {name}', en: 'Remove {name}' },
  'import.removeShort': { id: 'Hapus', en: 'Remove' },
  'import.progress': { id: 'Memeriksa {file}: {phase}…', en: 'Checking {file}: {phase}…' },
  'import.phase.decode': { id: 'membaca teks', en: 'reading the text' },
  'import.phase.parse': { id: 'membaca JSON', en: 'reading the JSON' },
  'import.phase.limits': { id: 'menghitung isi', en: 'counting' },
  'import.phase.schema': { id: 'memeriksa struktur', en: 'checking the structure' },
  'import.phase.references': { id: 'memeriksa rujukan', en: 'checking references' },
  'import.phase.locate': { id: 'mencari letak masalah', en: 'locating the problems' },
  'import.cancel': { id: 'Batalkan pemeriksaan', en: 'Cancel the check' },
  'import.cancelled': { id: 'Pemeriksaan {file} dibatalkan.', en: 'The check of {file} was cancelled.' },
  'import.failWorker': {
    id: 'Pemeriksa berkas tidak dapat dimuat. Periksa sambungan, lalu coba lagi.',
    en: 'The file checker could not be loaded. Check the connection, then try again.',
  },
  'import.failTimeout': {
    id: 'Pemeriksaan {file} dihentikan setelah {s} detik.',
    en: 'The check of {file} was stopped after {s} seconds.',
  },
  'import.failRead': {
    id: 'Berkas {file} tidak dapat dibaca: {detail}',
    en: 'The file {file} could not be read: {detail}',
  },
  'import.keepFull': {
    id: 'Penyimpanan peramban ini penuh: {name} tidak tersimpan. Hapus data impor lain, atau simpan berkasnya sendiri.',
    en: 'This browser’s storage is full: {name} was not kept. Remove other imported data, or keep the file yourself.',
  },
  'import.keepRefused': {
    id: 'Peramban ini tidak mengizinkan penyimpanan: {name} hanya ada selama kunjungan ini.',
    en: 'This browser does not allow storage: {name} stays for this visit only.',
  },
  'import.keepLocked': {
    id: 'Penyimpanan berisi data yang tidak dapat dibaca; unduh atau hapus data itu dulu (di bawah).',
    en: 'Storage holds data that cannot be read; download or remove it first (below).',
  },
  'import.removeFailed': {
    id: 'Tidak dapat mengubah penyimpanan peramban ini; tidak ada yang dihapus.',
    en: 'This browser’s storage could not be changed; nothing was removed.',
  },
  'import.stateKept': { id: 'tersimpan', en: 'kept' },
  'import.stateSession': { id: 'hanya kunjungan ini', en: 'this visit only' },
  'import.stateOther': {
    id: 'versi lain tersimpan; “Simpan” menggantinya',
    en: 'another version is kept; “Keep” replaces it',
  },
  'import.keepShort': { id: 'Simpan', en: 'Keep' },
  'import.keepName': { id: 'Simpan {name} di peramban ini', en: 'Keep {name} in this browser' },
  'import.checkingKept': { id: 'Memeriksa {n} wilayah tersimpan…', en: 'Checking {n} kept regions…' },
  'import.checkFailed': {
    id: 'Wilayah tersimpan belum dapat diperiksa.',
    en: 'Kept regions could not be checked yet.',
  },
  'import.unreadableTitle': {
    id: '{n} wilayah tersimpan tidak dapat dibaca',
    en: '{n} kept regions cannot be read',
  },
  'import.unreadableIntro': {
    id: 'Datanya tetap tersimpan apa adanya. Unduh untuk memperbaikinya lalu impor lagi, atau hapus.',
    en: 'Their data stays stored as it is. Download to repair it and import it again, or remove it.',
  },
  'import.reason.notList': {
    id: 'isi penyimpanan bukan daftar JSON',
    en: 'the stored value is not a JSON list',
  },
  'import.reason.noId': { id: 'tidak punya id yang sah', en: 'it has no valid id' },
  'import.reason.duplicate': {
    id: 'id yang sama tersimpan lebih dari sekali',
    en: 'the same id is kept more than once',
  },
  'import.reason.invalid': { id: 'tidak lolos pemeriksaan', en: 'it fails the check' },
  'import.unnamed': { id: 'tanpa nama', en: 'unnamed' },
  'import.download': { id: 'Unduh {name}', en: 'Download {name}' },
  'import.downloadShort': { id: 'Unduh', en: 'Download' },
  'import.susun': {
    id: 'Belum punya berkas data? Susun dari teks peraturan Anda di peramban ini.',
    en: 'No data file yet? Encode it from your regulation text in this browser.',
  },
} as const satisfies Record<string, { id: string; en: string }>;
