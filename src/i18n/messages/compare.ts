/** Comparing two regions and their flows. Indonesian and English side by side. */
export default {
  'compare.missing': {
    id: 'Tidak ditemukan: {items}. Pilih wilayah dan unit lain di atas.',
    en: 'Not found: {items}. Pick another region and unit above.',
  },
  'compare.title': { id: 'Banding', en: 'Compare' },
  'compare.intro': {
    id: 'Dua tipe unit, atau dua alur sejenis, berdampingan — dari satu wilayah atau dua — dengan perbedaannya, tiap sel dengan kutipan.',
    en: 'Two unit types, or two flows of one kind, side by side — of one region or two — with their differences, each cell cited.',
  },
  'compare.left': { id: 'Kiri', en: 'Left' },
  'compare.right': { id: 'Kanan', en: 'Right' },
  'compare.choose': { id: 'Pilih tipe unit', en: 'Choose a unit type' },
  'compare.mode': { id: 'Yang dibandingkan', en: 'What to compare' },
  'compare.modeUnits': { id: 'Tipe unit', en: 'Unit types' },
  'compare.modeFlows': { id: 'Alur', en: 'Flows' },
  'compare.region': { id: 'Wilayah', en: 'Region' },
  'compare.unit': { id: 'Tipe unit', en: 'Unit type' },
  'compare.flow': { id: 'Alur', en: 'Flow' },
  'compare.chooseRegion': { id: 'Pilih wilayah', en: 'Choose a region' },
  'compare.chooseFlow': { id: 'Pilih alur', en: 'Choose a flow' },
  'compare.noComparable': {
    id: 'Wilayah ini tidak memiliki alur sejenis.',
    en: 'This region has no flow of that kind.',
  },
  'compare.noStep': { id: 'tidak ada langkah padanannya', en: 'no matching step' },
  'compare.flowCaption': {
    id: '{paired} langkah berpadanan dari {rows} baris',
    en: '{paired} matching steps in {rows} rows',
  },
  'compare.flowLegend': {
    id: 'Yang disorot berbeda antara kedua teks; baris berlatar abu-abu hanya ada di satu sisi.',
    en: 'Highlighted parts differ between the two texts; grey rows stand on one side only.',
  },
  'compare.kindsDiffer': {
    id: 'Kedua alur tidak sejenis; pilih alur dengan jenis yang sama.',
    en: 'The two flows are of different kinds; choose flows of the same kind.',
  },
  'compare.caption': { id: '{n} pertanyaan berbeda jawabannya', en: '{n} questions answered differently' },
  'compare.question': { id: 'Pertanyaan', en: 'Question' },
  'compare.silent': { id: 'Teks tidak mengatur', en: 'The text is silent' },
  'compare.sameRows': { id: '{n} pertanyaan yang jawabannya sama', en: '{n} questions answered the same' },
  'compare.row.head': { id: 'Pimpinan unit', en: 'Head of the unit' },
  'compare.row.levels': { id: 'Jumlah level', en: 'Levels' },
  'compare.row.appraiser.jfAhliUtama': {
    id: 'Penilai kinerja JF Ahli Utama',
    en: 'Appraiser of JF Ahli Utama',
  },
  'compare.row.appraiser.jfAhliMadya': {
    id: 'Penilai kinerja JF Ahli Madya',
    en: 'Appraiser of JF Ahli Madya',
  },
  'compare.row.appraiser.jfAhliMuda': { id: 'Penilai kinerja JF Ahli Muda', en: 'Appraiser of JF Ahli Muda' },
  'compare.row.appraiser.jfAhliPertama': {
    id: 'Penilai kinerja JF Ahli Pertama',
    en: 'Appraiser of JF Ahli Pertama',
  },
  'compare.row.appraiser.jfKeterampilan': {
    id: 'Penilai kinerja JF keterampilan',
    en: 'Appraiser of skill-track JF',
  },
  'compare.row.appraiser.pelaksana': { id: 'Penilai kinerja pelaksana', en: 'Appraiser of pelaksana' },
  'compare.row.leader': {
    id: 'Pimpinan Unit Organisasi bagi JF dan pelaksana',
    en: 'Unit leader of JF and pelaksana',
  },
  'compare.row.lintasUnit': {
    id: 'Penugasan lintas unit: siapa menerbitkan surat',
    en: 'Assignment across units: who issues the letter',
  },
  'compare.row.lintasPerangkatDaerah': {
    id: 'Penugasan lintas perangkat daerah: siapa menerbitkan surat',
    en: 'Assignment across agencies: who issues the letter',
  },
  'compare.row.ketuaTim': { id: 'Ketentuan ketua tim', en: 'Team-lead rules' },
  'compare.row.deadlines': { id: 'Batas waktu', en: 'Deadlines' },
} as const satisfies Record<string, { id: string; en: string }>;
