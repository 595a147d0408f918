/**
 * The domain words (../shared/GLOSSARY.md), explained in both languages. Linked wherever the
 * term appears (role badges, answers, legend). Pejabat Penilai Kinerja and Pimpinan Unit
 * Organisasi are always written out: "PPK" means Pejabat Pembina Kepegawaian to officials.
 */
export interface GlossaryTerm {
  id: string;
  term: string;
  id_: string;
  en: string;
}

export const GLOSSARY: GlossaryTerm[] = [
  {
    id: 'asn',
    term: 'ASN (Aparatur Sipil Negara)',
    id_: 'Pegawai pemerintah: PNS dan PPPK.',
    en: 'Civil servant (PNS and PPPK).',
  },
  {
    id: 'jpt',
    term: 'JPT (Jabatan Pimpinan Tinggi) Pratama / Madya',
    id_: 'Jabatan pimpinan tertinggi di perangkat daerah: Kepala Dinas/Badan, Inspektur, Sekretaris DPRD, Asisten; Sekretaris Daerah provinsi adalah JPT Madya. Biasanya "level I" pada bagan.',
    en: 'Senior executive heading a perangkat daerah (Kepala Dinas/Badan, Inspektur, Asisten, Sekretaris DPRD); a province\'s Sekretaris Daerah is JPT Madya. "Level I" in most charts.',
  },
  {
    id: 'administrator',
    term: 'Jabatan Administrator',
    id_: 'Manajer tingkat menengah (dahulu eselon III): Sekretaris, Kepala Bidang, Kepala Bagian, Camat, Inspektur Pembantu.',
    en: 'Middle manager (formerly eselon III): Sekretaris, Kepala Bidang, Kepala Bagian, Camat, Inspektur Pembantu.',
  },
  {
    id: 'pengawas',
    term: 'Jabatan Pengawas',
    id_: 'Manajer tingkat dasar (dahulu eselon IV): Kepala Subbagian, Kepala Seksi, Kepala Subbidang, Lurah, di banyak daerah juga Kepala UPTD.',
    en: 'First-line manager (formerly eselon IV): Kepala Subbagian, Kepala Seksi, Kepala Subbidang, Lurah, in many regions the Kepala UPTD.',
  },
  {
    id: 'jf',
    term: 'JF (Jabatan Fungsional)',
    id_: 'Jabatan keahlian atau keterampilan. Jenjang keahlian: Ahli Utama > Ahli Madya > Ahli Muda > Ahli Pertama. Jenjang keterampilan: Penyelia > Mahir > Terampil > Pemula.',
    en: 'Functional (expert or skill) position. Expert ranks: Ahli Utama > Ahli Madya > Ahli Muda > Ahli Pertama. Skill ranks: Penyelia > Mahir > Terampil > Pemula.',
  },
  {
    id: 'pelaksana',
    term: 'Pelaksana',
    id_: 'Jabatan pelaksana: pekerjaan yang bersifat rutin dan administratif.',
    en: 'Executor / clerical staff.',
  },
  {
    id: 'kelompok',
    term: 'Kelompok JF dan Pelaksana',
    id_: 'Kumpulan pejabat fungsional dan pelaksana yang ditempatkan di bawah satu Pejabat Penilai Kinerja; digambar sebagai kotak kelompok.',
    en: 'The pool of functional officials and executors placed under one appraiser; drawn as a group box.',
  },
  {
    id: 'penyetaraan',
    term: 'Penyetaraan jabatan',
    id_: 'Pengalihan jabatan administrator/pengawas yang dihapus ke jabatan fungsional yang setara; sebab kebanyakan bagan kehilangan satu level.',
    en: 'Conversion of eliminated administrator/pengawas posts into equivalent JF posts: why most charts lost a level.',
  },
  {
    id: 'pejabat-penilai-kinerja',
    term: 'Pejabat Penilai Kinerja',
    id_: 'Atasan langsung yang menetapkan dan menilai kinerja JF/pelaksana. "Kedudukan" seorang JF/pelaksana = di bawah siapa ia ditempatkan = siapa penilai kinerjanya.',
    en: "Performance appraiser: the direct superior who sets and assesses a JF's or pelaksana's performance. Kedudukan (placement) = under whom one is placed = who one's appraiser is.",
  },
  {
    id: 'pimpinan-unit-organisasi',
    term: 'Pimpinan Unit Organisasi',
    id_: 'Pemimpin unit yang memiliki target kinerja dan memberi penugasan; bisa sama atau berbeda orang dengan Pejabat Penilai Kinerja.',
    en: 'Unit leader who owns the performance target and gives assignments; may or may not be the appraiser.',
  },
  {
    id: 'pemilik-kinerja',
    term: 'Pemilik Kinerja',
    id_: 'Sebutan Surakarta bagi Pimpinan Unit Organisasi yang memiliki output/outcome.',
    en: "Performance owner: Surakarta's word for the unit leader who owns an output or outcome.",
  },
  {
    id: 'ketua-tim',
    term: 'Ketua Tim Kerja / Anggota Tim',
    id_: 'Pemimpin dan anggota tim kerja yang dibentuk untuk suatu kinerja.',
    en: 'Team lead / team member of a tim kerja (work team).',
  },
  {
    id: 'pengendali',
    term: 'Pengendali',
    id_: '(Surakarta) JF Ahli Madya/Muda yang ditunjuk JPT untuk mengoordinasikan beberapa tim kerja.',
    en: '(Surakarta) JF Ahli Madya/Muda appointed by the JPT to coordinate several teams.',
  },
  {
    id: 'pelaksana-koordinasi',
    term: 'Pelaksana koordinasi',
    id_: '(Semarang, Lombok Barat) pejabat pengawas yang masih ada dan mengoordinasikan JF seperti ketua tim.',
    en: '(Semarang, Lombok Barat) a remaining pengawas who coordinates JF like a team lead.',
  },
  {
    id: 'pejabat-pembina-kepegawaian',
    term: 'Pejabat Pembina Kepegawaian',
    id_: 'Bupati/Wali Kota/Gubernur sebagai pemegang kewenangan kepegawaian yang menetapkan kedudukan. Inilah arti "PPK" bagi para pejabat.',
    en: 'The staffing authority (Bupati / Wali Kota / Gubernur) who fixes placements. This is what "PPK" means to officials.',
  },
  {
    id: 'pejabat-yang-berwenang',
    term: 'Pejabat yang Berwenang',
    id_: 'Pejabat yang diberi kewenangan di suatu instansi; dipakai dalam permohonan lintas instansi.',
    en: 'The authorised official of an institution, used in cross-institution requests.',
  },
  {
    id: 'uptd',
    term: 'UPTD (Unit Pelaksana Teknis Daerah)',
    id_: 'Unit teknis dari dinas/badan; Tipe A (dengan Subbagian Tata Usaha dan Seksi) dan Tipe B (lebih kecil).',
    en: 'Technical unit of a Dinas/Badan; Tipe A (with a Subbagian Tata Usaha and Seksi) and Tipe B (smaller).',
  },
  {
    id: 'rsud',
    term: 'RSUD / UOBK',
    id_: 'Rumah sakit umum daerah (kelas A–D); UOBK = Unit Organisasi Bersifat Khusus.',
    en: 'Regional general hospital (classes A–D); UOBK = special-status organisational unit.',
  },
  {
    id: 'puskesmas',
    term: 'Puskesmas',
    id_: 'Pusat kesehatan masyarakat, dipimpin oleh seorang JF (unit kerja mandiri).',
    en: 'Community health centre, led by a JF (independent work unit).',
  },
  {
    id: 'satuan-pendidikan',
    term: 'Satuan Pendidikan',
    id_: 'Sekolah (TK/SD/SMP/SKB, SPNF), dipimpin guru JF sebagai kepala sekolah.',
    en: 'School (TK/SD/SMP/SKB, SPNF), led by a JF teacher as head.',
  },
  {
    id: 'tahap',
    term: 'Tahap Perencanaan / Pelaksanaan / Evaluasi',
    id_: 'Tiga tahap mekanisme kerja: perencanaan, pelaksanaan, evaluasi.',
    en: 'The three stages of the work mechanism: planning, execution, evaluation.',
  },
  {
    id: 'perjanjian-kinerja',
    term: 'Perjanjian Kinerja (PK)',
    id_: 'Perjanjian target kinerja yang ditetapkan pimpinan pada awal tahun.',
    en: 'Performance agreement set by the head at the start of the year.',
  },
  {
    id: 'skp',
    term: 'SKP (Sasaran Kinerja Pegawai)',
    id_: 'Sasaran kinerja perorangan pegawai.',
    en: "An individual's performance targets.",
  },
  {
    id: 'penugasan',
    term: 'Penugasan: penunjukan / pengajuan sukarela',
    id_: 'Penunjukan = ditugaskan langsung oleh penilai kinerja atau pimpinan unit; pengajuan sukarela = JF/pelaksana sendiri yang mengajukan diri.',
    en: 'Assignment. Penunjukan = direct appointment by the appraiser or unit leader; pengajuan sukarela = voluntary application by the JF/pelaksana.',
  },
  {
    id: 'lintas',
    term: 'Lintas unit / lintas PD / lintas instansi',
    id_: 'Penugasan melintasi unit, perangkat daerah atau instansi; memerlukan surat permohonan pelibatan yang disetujui atau ditolak dengan alasan.',
    en: 'Across units / agencies / institutions: these need a written request that the other side approves or refuses with reasons.',
  },
  {
    id: 'surat-permohonan-pelibatan',
    term: 'Surat permohonan pelibatan',
    id_: 'Surat permohonan berisi maksud, kompetensi yang dibutuhkan, target kinerja yang diharapkan dan durasi.',
    en: 'Request letter: purpose, competence needed, expected performance target, duration.',
  },
  {
    id: 'surat-perintah',
    term: 'Surat Perintah / Surat Tugas / SK Tim Kerja',
    id_: 'Surat yang menetapkan penugasan atau pembentukan tim kerja.',
    en: 'The order or decree that sets an assignment or a team.',
  },
  {
    id: 'dialog-kinerja',
    term: 'Dialog kinerja',
    id_: 'Percakapan penilai kinerja dan JF untuk menetapkan ekspektasi.',
    en: 'Performance dialogue between appraiser and JF to set expectations.',
  },
  {
    id: 'spbe',
    term: 'SPBE',
    id_: 'Sistem Pemerintahan Berbasis Elektronik; peraturan mewajibkan aplikasi berbagi pakai.',
    en: 'E-government; the regulations require shared applications.',
  },
  {
    id: 'tipe-pd',
    term: 'Tipe 1 / 2 / 3 (Kalimantan Timur)',
    id_: 'Tipe perangkat daerah menurut jabatan yang disetarakan: Tipe 1 semua pengawas → JF Ahli Muda; Tipe 2 satu pengawas dipertahankan per bidang; Tipe 3 semua administrator → JF Ahli Madya kecuali Sekretaris.',
    en: 'Agency types by conversion: Tipe 1 all pengawas → JF Ahli Muda; Tipe 2 one pengawas kept per bidang; Tipe 3 all administrators → JF Ahli Madya except the Sekretaris.',
  },
  {
    id: 'level',
    term: '"1 level", "2 level", "3 level"',
    id_: 'Jumlah level struktural yang tersisa termasuk pimpinan (level I = JPT, level II = administrator, level III = pengawas).',
    en: 'How many structural levels remain including the head (level I = JPT, II = administrator, III = pengawas).',
  },
];

/** The glossary entry for a role badge. */
export const ROLE_TERM: Record<string, string> = {
  pejabatPenilaiKinerja: 'pejabat-penilai-kinerja',
  pimpinanUnitOrganisasi: 'pimpinan-unit-organisasi',
  pemilikKinerja: 'pemilik-kinerja',
  atasanLangsung: 'pejabat-penilai-kinerja',
  ketuaTim: 'ketua-tim',
  anggotaTim: 'ketua-tim',
  pengendali: 'pengendali',
  pelaksanaKoordinasi: 'pelaksana-koordinasi',
};
