/** Answer cards: questions typed in a search box. Indonesian and English side by side. */
export default {
  'answer.title': { id: 'Jawaban', en: 'Answer' },
  'answer.relation.penilaianKinerja': {
    id: 'Pejabat Penilai Kinerja bagi {position} pada {unit}: {who}.',
    en: 'Performance appraiser (Pejabat Penilai Kinerja) of {position} in {unit}: {who}.',
  },
  'answer.relation.pimpinanUnit': {
    id: 'Pimpinan Unit Organisasi bagi {position} pada {unit}: {who}.',
    en: 'Unit leader (Pimpinan Unit Organisasi) of {position} in {unit}: {who}.',
  },
  'answer.relation.penugasan': {
    id: 'Yang menugaskan {position} pada {unit}: {who}.',
    en: 'Who assigns work to {position} in {unit}: {who}.',
  },
  'answer.relation.koordinasi': {
    id: 'Yang mengoordinasikan {position} pada {unit}: {who}.',
    en: 'Who coordinates {position} in {unit}: {who}.',
  },
  'answer.relation.pertanggungjawaban': {
    id: '{position} pada {unit} melapor kepada: {who}.',
    en: '{position} in {unit} reports to: {who}.',
  },
  'answer.relation.kedudukan': {
    id: '{position} pada {unit} berkedudukan di bawah: {who}.',
    en: '{position} in {unit} is placed under: {who}.',
  },
  'answer.silent.relation': {
    id: 'Teks tidak menyebut {relation} bagi {position} pada {unit}. Posisi saya menunjukkan ketentuan terdekat.',
    en: 'The text does not name the {relation} of {position} in {unit}. Posisi saya shows the nearest rules.',
  },
  'answer.issuer': {
    id: 'Surat untuk penugasan {scope}{variant} diterbitkan oleh: {who}.',
    en: 'The letter for an assignment {scope}{variant} is issued by: {who}.',
  },
  'answer.silent.issuer': {
    id: 'Teks tidak menyebut siapa menerbitkan surat untuk penugasan {scope}{variant}.',
    en: 'The text does not say who issues the letter for an assignment {scope}{variant}.',
  },
  'answer.nextStep': {
    id: 'Setelah langkah {n} “{step}” ({flow}), berikutnya:',
    en: 'After step {n} “{step}” ({flow}), next:',
  },
  'answer.rule.batasWaktu': {
    id: 'Batas waktu menurut peraturan {region}:',
    en: 'Deadlines in the regulation of {region}:',
  },
  'answer.rule.masaTugas': {
    id: 'Masa tugas menurut peraturan {region}:',
    en: 'Terms in the regulation of {region}:',
  },
  'answer.rule.persyaratan': {
    id: 'Persyaratan menurut peraturan {region}:',
    en: 'Requirements in the regulation of {region}:',
  },
  'answer.silent.rule': {
    id: 'Teks tidak memuat ketentuan seperti itu.',
    en: 'The text has no such provision.',
  },
  'answer.recommends': { id: 'memberi rekomendasi', en: 'recommends' },
  'answer.basis.derived': { id: 'dari ketentuan umum', en: 'from a general rule' },
  'answer.basis.supplied': { id: 'dilengkapi (teks tidak tegas)', en: 'supplied (the text is not explicit)' },
  'answer.chart': { id: 'Tampilkan di bagan', en: 'Show on the chart' },
  'answer.flow': { id: 'Alur: {name}', en: 'Flow: {name}' },
  'answer.me': { id: 'Buka di Posisi saya', en: 'Open in Posisi saya' },
  'answer.ask.region': { id: 'Wilayah mana yang Anda maksud?', en: 'Which region do you mean?' },
  'answer.ask.unit': { id: 'Di tipe unit atau perangkat daerah mana?', en: 'In which unit type or agency?' },
  'answer.ask.position': { id: 'Jabatan yang mana?', en: 'Which position?' },
  'answer.ask.unmatched': {
    id: 'Tipe unit ini tidak memuat jabatan yang Anda sebut. Pilih jabatan:',
    en: 'This unit type has no position like the one you named. Pick a position:',
  },
  'answer.ask.scope': { id: 'Penugasan dengan lingkup apa?', en: 'An assignment of which scope?' },
  'answer.ask.flow': { id: 'Di alur yang mana?', en: 'In which flow?' },
  'answer.choose': { id: 'Pilih…', en: 'Choose…' },
} as const satisfies Record<string, { id: string; en: string }>;
