/**
 * Questions as officials type them, with the card each must get (issue 19). The expected answer
 * and its lines come from the regulation texts: each expected item names the line range and a
 * phrase that stands there (checked against data/sources), so the oracle is the text, not the
 * code. Some questions carry typos on purpose; a few are in English; some leave out what the
 * answer needs and must get the one question back that asks for it.
 */
import { describe, expect, it } from 'vitest';
import type { RegionData } from '../../src/data/schema';
import { parseQuestion } from '../../src/search/question/parse';
import { answerQuestion, questionRegion, type QuestionResult } from '../../src/search/question/answer';
import { region, textSays } from './regions/helpers';

const REGIONS = ['semarang', 'kaltim', 'sambas', 'surakarta', 'lombok-barat'].map(region);
const byId = new Map(REGIONS.map((r) => [r.id, r]));

interface Expected {
  /** Who or what answers, as the card lists it. */
  text: string;
  lines: [number, number];
  /** Words that stand in those lines of the text and say so. */
  says: string;
  /**
   * For an answer read from a general rule (basis `derived`): the rule's lines and words; `lines`
   * and `says` are then where the text puts this unit type (or its head) under that rule.
   */
  general?: { lines: [number, number]; says: string };
}

interface Case {
  region: string;
  q: string;
  /** The region the page was opened on (questions that do not name one). */
  scope?: string;
  unit?: string;
  position?: string;
  answer?: Expected[];
  ask?: { what: string; options: string[] };
}

const CASES: Case[] = [
  // ---- Kabupaten Semarang (Perbup 35/2023) ----
  {
    region: 'semarang',
    q: 'Siapa penilai kinerja saya, JF Ahli Muda di Kecamatan Semarang?',
    unit: 'kecamatan',
    position: 'jf-ahli-muda',
    answer: [{ text: 'Camat', lines: [708, 708], says: 'Camat sebagai Pejabat Penilai Kinerja' }],
  },
  {
    region: 'semarang',
    q: 'siapa pimpinan unit organisasi jf ahli muda di kecamtan semarang',
    unit: 'kecamatan',
    answer: [{ text: 'Sekretaris', lines: [709, 709], says: 'Sekretaris sebagai Pimpinan Unit Organisasi' }],
  },
  {
    region: 'semarang',
    q: 'siapa penilai kinerja JF ahli madya di Sekretariat Daerah Semarang lingkup asisten pemerintahan',
    unit: 'sekretariat-daerah-asisten-pemerintahan-kesra',
    answer: [
      {
        text: 'Asisten Pemerintahan dan Kesejahteraan Rakyat',
        lines: [685, 685],
        says: 'Penilaian kinerja bagi Pejabat Fungsional Ahli Madya dilaksanakan oleh Asisten Sekretaris Daerah',
      },
      { text: 'Kepala Bagian', lines: [685, 685], says: 'rekomendasi penilaian kinerja dari Kepala Bagian' },
    ],
  },
  {
    region: 'semarang',
    q: 'kepada siapa pelaksana di puskesmas semarang melapor',
    unit: 'puskesmas',
    answer: [
      {
        text: 'Kepala Pusat Kesehatan Masyarakat',
        lines: [799, 799],
        says: 'disampaikan kepada Kepala Pusat Kesehatan Masyarakat',
      },
    ],
  },
  {
    region: 'semarang',
    q: 'siapa yang menerbitkan surat perintah penugasan individu lintas unit di semarang',
    answer: [
      {
        text: 'Kepala Perangkat Daerah: Surat Perintah',
        lines: [231, 231],
        says: 'lintas unit organisasi dalam satu Perangkat Daerah ditetapkan oleh Kepala Perangkat Daerah',
      },
    ],
  },
  {
    region: 'semarang',
    q: 'Kalau saya dipinjam Dinas lain, siapa yang menerbitkan surat perintahnya? semarang',
    answer: [
      {
        text: 'Sekretaris Daerah: Surat Perintah',
        lines: [232, 232],
        says: 'lintas Perangkat Daerah ditetapkan oleh Sekretaris Daerah',
      },
      {
        text: 'Pejabat Penilai Kinerja: surat penugasan',
        lines: [553, 553],
        says: 'dapat diberikan surat penugasan oleh Pejabat Penilai Kinerja',
      },
    ],
  },
  {
    region: 'semarang',
    q: 'batas waktu perjanjian kinerja semarang',
    answer: [
      {
        text: 'Setiap Kepala Perangkat Daerah, Kepala Sekolah, dan Kepala Puskesmas menetapkan Perjanjian Kinerja Pelaksanaan Kegiatan Unit Organisasi termasuk Identifikasi jenis penugasan (individu atau tim), sebelum tahun pelaksanaan penugasan kegiatan.',
        lines: [539, 539],
        says: 'sebelum tahun pelaksanaan penugasan kegiatan',
      },
    ],
  },
  {
    region: 'semarang',
    q: 'siapa koordinator pelaksana di dinas perhubungan semarang',
    unit: 'unit-organisasi-2-dan-3-level',
    answer: [
      {
        text: 'Pejabat Pengawas',
        lines: [632, 632],
        says: 'pejabat pengawas menjadi pelaksana koordinasi pelaksanaan tugas atau Ketua Tim Kerja',
      },
    ],
  },
  {
    region: 'semarang',
    q: 'Who appraises a JF ahli madya at the Dinas Kesehatan in Semarang?',
    unit: 'unit-organisasi-2-level',
    answer: [
      {
        // Lampiran II huruf a, read by Pasal 13 ayat (3) huruf a.
        text: 'Pejabat Pimpinan Tinggi Pratama',
        lines: [418, 418],
        says: 'Unit Organisasi yang dipimpin oleh Pejabat Pimpinan Tinggi Pratama',
        general: {
          lines: [181, 181],
          says: 'Pejabat Fungsional ahli madya berkedudukan di bawah dan bertanggung jawab secara langsung kepada Pejabat Pimpinan Tinggi Pratama',
        },
      },
    ],
  },
  {
    region: 'semarang',
    q: 'siapa penilai kinrja pelaksana di rsud semarang',
    unit: 'rsud',
    answer: [{ text: 'Direktur', lines: [731, 731], says: 'Direktur sebagai Pejabat Penilai Kinerja' }],
  },
  {
    region: 'semarang',
    q: 'setelah pejabat fungsional menyampaikan hasil pelaksanaan kegiatan di kecamatan semarang, langkah selanjutnya?',
    answer: [
      {
        text: 'Sekretaris meninjau hasil pelaksanaan kegiatan',
        lines: [727, 727],
        says: 'Sekretaris meninjau hasil pelaksanaan kegiatan',
      },
    ],
  },
  {
    region: 'semarang',
    q: 'syarat ketua tim kerja semarang',
    answer: [
      {
        text: 'Ketua Tim Kerja dapat berasal dari Pejabat Fungsional atau pelaksana yang ditunjuk memimpin Tim Kerja.',
        lines: [242, 242],
        says: 'dapat berasal dari Pejabat Fungsional atau pelaksana yang ditunjuk memimpin Tim Kerja',
      },
    ],
  },
  {
    region: 'semarang',
    q: 'siapa penilai kinerja pelaksana bagian pengadaan barang dan jasa semarang',
    unit: 'sekretariat-daerah-asisten-perekonomian-pembangunan',
    position: 'pelaksana-bagian-pengadaan-barang-dan-jasa',
    answer: [
      {
        text: 'Kepala Bagian Pengadaan Barang dan Jasa',
        lines: [687, 687],
        says: 'disampaikan kepada Kepala Bagian sebagai Pejabat Penilai Kinerja',
      },
      {
        text: 'Pejabat Pengawas pada Bagian Pengadaan Barang dan Jasa',
        lines: [687, 687],
        says: 'Pejabat Pengawas menetapkan rekomendasi penilaian kinerja',
      },
    ],
  },
  {
    region: 'semarang',
    q: 'siapa yg menilai kinerja JF ahli pertama di uptd tipe a semarang',
    unit: 'uptd-tipe-a',
    answer: [
      {
        text: 'Kepala Unit Pelaksana Teknis Daerah',
        lines: [758, 758],
        says: 'Kepala Unit Pelaksana Teknis Daerah sebagai Pejabat Penilai Kinerja',
      },
    ],
  },
  {
    region: 'semarang',
    q: 'siapa penilai kinerja JF ahli muda semarang?',
    ask: {
      what: 'unit',
      options: [
        'Unit Organisasi pada Kecamatan',
        'Unit Organisasi pada Rumah Sakit Umum Daerah dr. Gondo Suwarno dan dr. Gunawan Mangunkusumo',
      ],
    },
  },

  // ---- Provinsi Kalimantan Timur (Pergub 50/2023) ----
  {
    region: 'kaltim',
    q: 'kaltim: kepada siapa kepala bagian setda melapor',
    unit: 'sekretariat-daerah',
    answer: [
      { text: 'Kepala Biro', lines: [431, 431], says: 'Kepala Bagian meninjau atau menyampaikan hasil' },
    ],
  },
  {
    region: 'kaltim',
    q: 'kaltim: kepala biro melapor kepada siapa',
    answer: [{ text: 'Asisten', lines: [432, 432], says: 'Kepala Biro meninjau atau menyampaikan hasil' }],
  },
  {
    region: 'kaltim',
    q: 'asisten sekretariat daerah kaltim bertanggung jawab kepada siapa',
    answer: [
      {
        text: 'Sekretaris Daerah',
        lines: [433, 433],
        says: 'target dan ekspektasi kepada Sekretaris Daerah',
      },
    ],
  },
  {
    region: 'kaltim',
    q: 'siapa pimpinan unit organisasi JF ahli muda di perangkat daerah tipe 1 kalimantan timur',
    unit: 'pd-tipe-1',
    answer: [
      {
        text: 'Kepala Bagian/Inspektur Pembantu/Kepala Bidang/Sekretaris',
        lines: [455, 455],
        says: 'menunjuk Kepala Bagian/Inspektur Pembantu/Kepala Bidang/Sekretaris sebagai penanggung jawab',
      },
    ],
  },
  {
    region: 'kaltim',
    q: 'kaltim rsud kelas c: pelaksana melapor kepada siapa',
    unit: 'rsud-kelas-c-d',
    answer: [
      {
        text: 'Kepala Sub Bagian/Seksi',
        lines: [640, 640],
        says: 'menyampaikan hasil pelaksanaan kegiatan kepada Kepala Sub Bagian/Seksi',
      },
    ],
  },
  {
    region: 'kaltim',
    q: 'siapa pimpinan unit organsasi pelaksana di rsud kelas c kaltim',
    unit: 'rsud-kelas-c-d',
    answer: [
      {
        text: 'Kepala Sub Bagian/Seksi',
        lines: [630, 630],
        says: 'Direktur membagi dan menunjuk Kepala Sub Bagian/Seksi sebagai penanggung jawab',
      },
    ],
  },
  {
    region: 'kaltim',
    q: 'siapa penerbit surat tugas untuk penunjukan lintas instansi di kaltim',
    answer: [
      {
        text: 'Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi pemilik kinerja: surat penugasan dan/atau bukti penugasan secara tertulis',
        lines: [890, 890],
        says: 'Pimpinan Unit Organisasi akan memberikan surat penugasan dan/atau bukti penugasan secara tertulis',
      },
    ],
  },
  {
    region: 'kaltim',
    q: 'Who is the unit leader of a pelaksana in a UPTD tipe A in Kaltim?',
    unit: 'uptd-tipe-a',
    answer: [
      {
        text: 'Kepala UPTD',
        lines: [716, 716],
        says: 'menunjuk Kepala UPTD sebagai penanggung jawab pencapaian target kinerja',
      },
    ],
  },
  {
    region: 'kaltim',
    q: 'kapan ketua tim melapor kaltim',
    answer: [
      {
        text: 'Pejabat Fungsional dan/atau Pejabat Pelaksana yang berperan sebagai ketua tim melaporkan pelaksanaan tugas tim kerja kepada Pejabat Penilai Kinerja secara berkala.',
        lines: [241, 241],
        says: 'kepada Pejabat Penilai Kinerja secara berkala',
      },
    ],
  },
  {
    region: 'kaltim',
    q: 'kepada siapa pelaksana di perangkat daerah tipe 2 kaltim melaporkan hasil kerja',
    unit: 'pd-tipe-2',
    answer: [
      {
        text: 'Kepala Sub Bagian/Kepala Seksi/Kepala Sub Bidang',
        lines: [507, 507],
        says: 'kepada Kepala Sub Bagian/Kepala Seksi/Kepala Sub Bidang',
      },
    ],
  },
  {
    region: 'kaltim',
    q: 'kaltim: kepada siapa jf di uptd tipe b melapor',
    unit: 'uptd-tipe-b',
    answer: [
      {
        text: 'Kepala UPTD',
        lines: [771, 771],
        says: 'menyampaikan hasil pelaksanaan kegiatan kepada Kepala UPTD',
      },
    ],
  },
  {
    region: 'kaltim',
    q: 'who does a pelaksana in a kaltim rsud kelas a report to',
    unit: 'rsud-kelas-a-b',
    answer: [
      {
        text: 'Kepala Bagian/Kepala Bidang',
        lines: [598, 598],
        says: 'menyampaikan hasil pelaksanaan kegiatan kepada Kepala Bagian/Bidang',
      },
    ],
  },
  {
    region: 'kaltim',
    q: 'siapa menerbitkan surat penugasan untuk penunjukan dalam unit di kaltim',
    answer: [
      {
        text: 'Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi: surat penugasan dan/atau bukti penugasan tertulis',
        lines: [162, 162],
        says: 'diberikan surat penugasan dan/atau bukti penugasan tertulis',
      },
      {
        text: 'Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi: surat keputusan tim kerja',
        lines: [163, 163],
        says: 'diberikan surat keputusan tim kerja',
      },
    ],
  },
  {
    region: 'kaltim',
    q: 'siapa yang menerbitkan surat penugasan kaltim?',
    // Penunjukan lintas unit organisasi is scoped lintasPerangkatDaerah
    // (interpretation-lintas-unit-mencakup-lintas-pd).
    ask: { what: 'scope', options: ['dalamUnit', 'lintasPerangkatDaerah', 'lintasInstansi'] },
  },

  // ---- Kabupaten Sambas (Perbup 18/2024) ----
  {
    region: 'sambas',
    q: 'siapa penilai kinerja pelaksana di uptd sambas',
    unit: 'uptd',
    answer: [
      {
        text: 'Kepala UPTD',
        lines: [807, 807],
        says: 'Pejabat Pengawas akan memberikan penilaian kinerja sekaligus memberikan penugasan',
      },
    ],
  },
  {
    region: 'sambas',
    q: 'sambas: siapa pimpinan unit organisasi pejabat fungsional di kesbangpol',
    unit: 'pd-dipimpin-administrator',
    answer: [
      {
        text: 'Pejabat Pengawas',
        lines: [717, 717],
        says: 'menerima penugasan dari Pejabat Pengawas selaku pimpinan unit organisasi',
      },
    ],
  },
  {
    region: 'sambas',
    q: 'siapa yang menerbitkan surat perintah tugas penunjukan lintas perangkat daerah sambas',
    answer: [
      {
        text: 'Kepala Perangkat Daerah/ UPT: Surat Perintah Tugas',
        lines: [1092, 1115],
        says: 'Kepala Perangkat Daerah/ UPT',
      },
    ],
  },
  {
    region: 'sambas',
    q: 'syarat pelaksana menjadi ketua tim sambas',
    answer: [
      {
        text: 'Pelaksana dapat ditugaskan menjadi ketua tim kerja dengan persyaratan: a. pendidikan minimal sarjana; b. memiliki golongan minimal III/b; dan c. memiliki pengalaman di bidang kerja sesuai tugas dan fungsi.',
        lines: [142, 145],
        says: 'Pelaksana dapat ditugaskan menjadi ketua tim kerja dengan persyaratan',
      },
    ],
  },
  {
    region: 'sambas',
    q: 'kapan anggota tim melapor setelah menerima surat keputusan sambas',
    answer: [
      {
        text: 'Setelah menerima Surat keputusan, pemohon yang disetujui menjadi anggota Tim Kerja agar segera melapor kepada Ketua Tim Kerja.',
        lines: [1027, 1027],
        says: 'agar Saudara segera melapor kepada Ketua Tim Kerja',
      },
    ],
  },
  {
    region: 'sambas',
    q: 'siapa menugaskan jf di dinas penanaman modal sambas',
    // The office list puts the DPMPTSP in both types (conflict-dpmptsp-satu-level): the one-level
    // struktur penugasan the text applies to it (line 690) states who assigns.
    unit: 'pd-jpt-pratama-tanpa-administrator',
    answer: [
      {
        text: 'Pejabat Pimpinan Tinggi Pratama',
        lines: [662, 662],
        says: 'Pejabat Level I akan memberikan penilaian kinerja sekaligus memberikan penugasan',
      },
    ],
  },
  {
    region: 'sambas',
    q: 'siapa penilai kinerja pejabat fungsional di uobk rsud sambas',
    unit: 'rsud-uobk',
    answer: [
      {
        text: 'Pejabat Pengawas',
        lines: [767, 767],
        says: 'Pejabat Pengawas akan menilai kinerja sekaligus memberikan penugasan',
      },
    ],
  },
  {
    region: 'sambas',
    q: 'siapa yang menandatangani keputusan pembentukan tim kerja sambas',
    answer: [
      {
        text: 'Sekretaris Daerah: Keputusan Sekretaris Daerah tentang Pembentukan Tim Kerja',
        lines: [1158, 1158],
        says: 'Membentuk Tim Kerja Bagian Organisasi Sekretariat Daerah',
      },
    ],
  },
  {
    region: 'sambas',
    q: 'siapa penilai kinerja jf di puskesmas sambas',
    unit: 'unit-dipimpin-pejabat-fungsional',
    answer: [
      {
        text: 'Pejabat Fungsional yang memimpin unit organisasi',
        lines: [852, 852],
        says: 'Pejabat Fungsional yang memimpin unit organisasi akan memberikan penilaian kinerja',
      },
    ],
  },
  {
    region: 'sambas',
    q: 'siapa penilai kinerja guru di satuan pendidikan sambas',
    ask: {
      what: 'unit',
      options: [
        'Satuan Pendidikan dan Puskesmas yang dipimpin oleh Pejabat Fungsional dengan Pejabat Fungsional sebagai Pejabat Penilai Kinerja',
        'Satuan Pendidikan',
      ],
    },
  },
  {
    region: 'sambas',
    q: 'siapa penilai kinerja pelaksana di sekretariat daerah sambas',
    ask: {
      what: 'position',
      options: ['Pelaksana (di bawah Kepala Bagian)', 'Pelaksana (di bawah Kepala Subbagian)'],
    },
  },

  // ---- Kota Surakarta (Perwali 2023) ----
  {
    region: 'surakarta',
    q: 'siapa penilai kinerja JF ahli madya di sekretariat daerah surakarta',
    unit: 'sekretariat-daerah',
    answer: [
      {
        text: 'Asisten Sekretaris Daerah',
        lines: [619, 619],
        says: 'Asisten Sekretaris Daerah Kepala Bagian, JF Ahli Madya',
      },
    ],
  },
  {
    region: 'surakarta',
    q: 'Surakarta: pelaksana di bawah kepala subbagian setda dinilai oleh siapa',
    unit: 'sekretariat-daerah',
    position: 'pelaksana-kepala-subbagian',
    answer: [{ text: 'Kepala Subbagian', lines: [622, 622], says: 'Kepala Sub Bagian Pelaksana' }],
  },
  {
    region: 'surakarta',
    q: 'berapa lama masa tugas pengendali surakrta',
    answer: [
      {
        text: 'Jangka waktu pelaksanaan tugas Pengendali maksimal selama 1 tahun.',
        lines: [398, 398],
        says: 'jangka waktu pelaksanaan tugas maksimal selama 1 tahun',
      },
    ],
  },
  {
    region: 'surakarta',
    q: 'kapan kekosongan ketua tim diisi surakarta',
    answer: [
      {
        text: 'Apabila terjadi kekosongan Ketua Tim Kerja atau Pengendali maka dilaksanakan pengajuan dan penetapan Ketua Tim Kerja atau Pengendali paling lambat di bulan Januari, April, Juli, Oktober.',
        lines: [424, 428],
        says: 'Apabila terjadi kekosongan Ketua Tim Kerja atau Pengendali',
      },
    ],
  },
  {
    region: 'surakarta',
    q: 'siapa penilai kinerja JF keterampilan di inspektorat surakarta',
    unit: 'inspektorat',
    answer: [
      {
        text: 'Sekretaris',
        lines: [639, 639],
        says: 'Sekretaris Kepala Sub Bagian, JF Keterampilan dan Keahlian (Pertama dan Muda) serta pelaksana',
      },
    ],
  },
  {
    region: 'surakarta',
    q: 'kepada siapa ketua tim kerja melapor di surakarta',
    answer: [
      {
        // Pasal 26 ayat (3) huruf b, with the one-level Dinas/Badan's head as Pimpinan Unit
        // Organisasi (Lampiran IV angka 3.3 huruf b).
        text: 'Kepala Dinas/Badan',
        lines: [1033, 1033],
        says: 'Pejabat Pimpinan Tinggi Pratama juga berperan sebagai Pejabat Penilai Kinerja sekaligus Pimpinan Unit Organisasi',
        general: {
          lines: [419, 419],
          says: 'Ketua Tim Kerja selanjutnya melaporkan pelaksanaan tugas Tim Kerja kepada Pimpinan Unit Organisasi melalui Pejabat Penilai Kinerja atau Pengendali',
        },
      },
      { text: 'Pengendali', lines: [419, 419], says: 'melalui Pejabat Penilai Kinerja atau Pengendali' },
    ],
  },
  {
    region: 'surakarta',
    q: 'How long is the term of a team lead in Surakarta?',
    answer: [
      {
        text: 'Ketua Tim Kerja ditunjuk dalam jangka waktu maksimal 1 (satu) tahun.',
        lines: [70, 70],
        says: 'dalam jangka waktu maksimal 1 (satu) tahun',
      },
    ],
  },
  {
    region: 'surakarta',
    q: 'siapa pimpinan unit organisasi jf keahlian di puskesmas surakarta',
    unit: 'puskesmas',
    answer: [
      {
        text: 'Kepala Puskesmas',
        lines: [786, 787],
        says: 'Kepala Puskesmas Kepala Puskesmas Kepala Sub Bagian TU, JF Keahlian dan JF Keterampilan',
      },
    ],
  },
  {
    region: 'surakarta',
    q: 'siapa penilai kinerja pelaksana di bawah kepala sub bagian tu puskesmas surakarta',
    unit: 'puskesmas',
    answer: [{ text: 'Kepala Sub Bagian TU', lines: [788, 788], says: 'Kepala Sub Bagian TU Pelaksana' }],
  },
  {
    region: 'surakarta',
    q: 'berapa lama jangka waktu tim kerja surakarta',
    answer: [
      {
        text: 'Jangka waktu pelaksanaan tugas Tim Kerja maksimal selama 1 tahun.',
        lines: [234, 234],
        says: 'jangka waktu pelaksanaan tugas maksimal selama 1 tahun',
      },
    ],
  },
  {
    region: 'surakarta',
    q: 'siapa penilai kinerja jf ahli madya di sekretariat dprd surakarta',
    unit: 'sekretariat-dprd',
    answer: [
      {
        text: 'Sekretaris DPRD',
        lines: [690, 690],
        says: 'Sekretaris DPRD Sekretaris DPRD Kepala Bagian dan JF Ahli Madya',
      },
    ],
  },
  {
    region: 'surakarta',
    q: 'seberapa sering pemantauan tim kerja surakarta',
    answer: [
      {
        text: 'Pimpinan Unit Organisasi atau Pejabat Penilai Kinerja memantau dan mengevaluasi secara triwulanan pelaksanaan tugas dan kegiatan tim kerja sebagai bahan input pengambilan keputusan dan pemberian arahan pelaksanaan tugas dan kegiatan tim kerja.',
        lines: [1104, 1104],
        says: 'memantau dan mengevaluasi secara triwulanan',
      },
    ],
  },
  {
    region: 'surakarta',
    q: 'siapa penerbit surat penugasan penunjukan lintas unit surakarta',
    answer: [
      {
        text: 'Pimpinan Unit Organisasi mitra kerja (yang dituju, dimana Pejabat Fungsional atau Pelaksana berada): surat penugasan',
        lines: [275, 275],
        says: 'memberikan surat penugasan kepada Pejabat Fungsional atau Pelaksana',
      },
    ],
  },
  {
    region: 'surakarta',
    q: 'siapa penilai kinerja kepala bidang di dinas surakarta',
    ask: {
      what: 'unit',
      options: [
        'Unit Organisasi yang dipimpin oleh Kepala Dinas atau Kepala Badan',
        'Unit organisasi 3 level yang dipimpin oleh Jabatan Pimpinan Tinggi Pratama',
      ],
    },
  },

  // ---- Kabupaten Lombok Barat (Perbup 2023) ----
  {
    region: 'lombok-barat',
    q: 'siapa penilai kinerja pelaksana di kecamatan lombok barat',
    unit: 'administrator-ppk',
    answer: [
      {
        text: 'Pejabat Administrator',
        lines: [888, 888],
        says: 'Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Pejabat Administrator',
      },
    ],
  },
  {
    region: 'lombok-barat',
    q: 'siapa penilai kinerja pelaksana di kelurahan lombok barat',
    unit: 'pengawas-ppk',
    answer: [
      {
        text: 'Pejabat Pengawas',
        lines: [936, 936],
        says: 'Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Pejabat Pengawas',
      },
    ],
  },
  {
    region: 'lombok-barat',
    q: 'Who appraises a pelaksana at a kecamatan in Lombok Barat?',
    unit: 'administrator-ppk',
    answer: [
      {
        text: 'Pejabat Administrator',
        lines: [888, 888],
        says: 'dengan kata lain Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Pejabat Administrator',
      },
    ],
  },
  {
    region: 'lombok-barat',
    q: 'siapa yang menerbitkan surat penugasan lintas perangkat daerah di lombok barat',
    answer: [
      {
        text: 'Pimpinan Unit Organisasi dimana Pejabat Fungsional atau pelaksana berada: surat penugasan dan/atau bukti penugasan secara tertulis',
        lines: [651, 651],
        says: 'Pimpinan Unit Organisasi akan memberikan surat penugasan dan/atau bukti penugasan secara tertulis',
      },
    ],
  },
  {
    region: 'lombok-barat',
    q: 'lombok barat: siapa yang menugaskan pelaksana di kecamatan',
    unit: 'administrator-ppk',
    answer: [
      {
        // Struktur penugasan huruf a: the level II official assigns (line 547); in the unit led by
        // an Administrator that is the Pejabat Pengawas (line 552).
        text: 'Pejabat Pengawas',
        lines: [552, 552],
        says: 'Pejabat Pengawas sebagai Pimpinan Unit Organisasi',
        general: {
          lines: [547, 547],
          says: 'menerima penugasan dari Pejabat level II selaku pimpinan unit organisasi',
        },
      },
    ],
  },
  {
    region: 'lombok-barat',
    q: 'siapa penilai kinerja jf di setda lombok barat dengan asisten sebagai penilai',
    unit: 'sekretariat-daerah-asisten-ppk',
    answer: [
      {
        text: 'Asisten',
        lines: [1006, 1006],
        says: 'Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Asisten',
      },
    ],
  },
  {
    region: 'lombok-barat',
    q: 'kapan ketua tim melapor lombok barat',
    answer: [
      {
        text: 'Pejabat Fungsional dan pelaksana yang berperan sebagai ketua tim melaporkan pelaksanaan tugas tim kerja kepada Pimpinan Unit Organisasi secara berkala.',
        lines: [191, 191],
        says: 'kepada Pimpinan Unit Organisasi secara berkala',
      },
    ],
  },
  {
    region: 'lombok-barat',
    q: 'siapa penerbit surat penugasan penunjukan dalam unit lombok barat',
    answer: [
      {
        text: 'Pimpinan Unit Organisasi: surat penugasan',
        lines: [669, 669],
        says: 'Pimpinan Unit Organisasi menugaskan Pejabat Fungsional atau pelaksana',
      },
    ],
  },
  {
    region: 'lombok-barat',
    q: 'siapa menerbitkan surat penugasan pengajuan sukarela lintas unit lombok barat',
    answer: [
      {
        text: 'Pejabat Penilai Kinerja: surat penugasan',
        lines: [674, 674],
        says: 'Pejabat Penilai Kinerja menyusun surat penugasan untuk menugaskan',
      },
    ],
  },
  {
    region: 'lombok-barat',
    q: 'syarat ketua tim lombok barat',
    answer: [
      {
        text: 'Dalam tim kerja yang anggotanya berasal dari lintas Unit Organisasi dan/atau lintas Perangkat Daerah, Pejabat Fungsional atau pelaksana yang berperan sebagai ketua tim diutamakan berasal dari Unit Organisasi pemilik kinerja (juga Lampiran BAB II huruf B angka 3 huruf d).',
        lines: [158, 158],
        says: 'ketua tim diutamakan berasal dari Unit Organisasi pemilik kinerja',
      },
    ],
  },
  {
    region: 'lombok-barat',
    q: 'siapa penilai kinerja pelaksana di uptd lombok barat',
    ask: {
      what: 'unit',
      options: [
        'Unit organisasi yang dipimpin oleh Pejabat Pengawas',
        'Unit organisasi yang dipimpin oleh Pejabat Fungsional',
      ],
    },
  },
  {
    region: 'lombok-barat',
    q: 'siapa penilai kinerja pejabat fungsional di kecamatan?',
    scope: 'lombok-barat',
    unit: 'administrator-ppk',
    answer: [
      {
        text: 'Pejabat Administrator',
        lines: [888, 888],
        says: 'Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Pejabat Administrator',
      },
    ],
  },
  // No region named, none open: the card asks which.
  {
    region: 'semarang',
    q: 'siapa penilai kinerja JF ahli muda di kecamatan?',
    ask: { what: 'region', options: ['Kabupaten Semarang', 'Kota Surakarta'] },
  },
];

function ask(c: Case): QuestionResult {
  const frame = parseQuestion(c.q, REGIONS);
  if (!frame) throw new Error(`not read as a question: ${c.q}`);
  const id = questionRegion(frame, {}, c.scope);
  return answerQuestion(frame, id ? byId.get(id) : undefined, {}, REGIONS);
}

describe('the question table', () => {
  it('has at least 60 questions, at least 10 per region, some in English', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    for (const r of REGIONS)
      expect(CASES.filter((c) => c.region === r.id).length, r.id).toBeGreaterThanOrEqual(10);
    expect(CASES.filter((c) => /^(who|how|what)\b/i.test(c.q)).length).toBeGreaterThanOrEqual(4);
  });

  it.each(CASES.filter((c) => c.answer))('$region: $q', (c) => {
    const r = byId.get(c.region) as RegionData;
    const card = ask(c);
    expect(card.kind, JSON.stringify(card.kind === 'ask' ? card.options.map((o) => o.label) : '')).toBe(
      'answer',
    );
    if (card.kind !== 'answer') return;
    expect(card.region.id).toBe(c.region);
    if (c.unit) expect(card.unit?.id).toBe(c.unit);
    if (c.position) expect(card.position?.id).toBe(c.position);
    for (const e of c.answer!) {
      // The oracle: the text says it, in those lines.
      expect(textSays(r, e.lines[0], e.lines[1], e.says), `${c.region} ${e.lines.join('-')}: ${e.says}`).toBe(
        true,
      );
      const item = card.items.find((i) => i.text === e.text);
      expect(item, `${e.text} in ${card.items.map((i) => i.text).join(' | ')}`).toBeDefined();
      expect(item!.cite.lines).toEqual(e.lines);
      if (e.general) {
        expect(
          textSays(r, e.general.lines[0], e.general.lines[1], e.general.says),
          `${c.region} ${e.general.lines.join('-')}: ${e.general.says}`,
        ).toBe(true);
        expect(item!.basis).toBe('derived');
        expect(item!.general?.lines).toEqual(e.general.lines);
      }
    }
  });

  it.each(CASES.filter((c) => c.ask))('$region (asks back): $q', (c) => {
    const card = ask(c);
    expect(card.kind).toBe('ask');
    if (card.kind !== 'ask') return;
    expect(card.what).toBe(c.ask!.what);
    const labels = card.options.map((o) => o.label);
    for (const o of c.ask!.options) expect(labels).toContain(o);
  });

  it('a pick on the card answers: region, then unit', () => {
    const frame = parseQuestion('siapa penilai kinerja JF ahli muda?', REGIONS)!;
    const first = answerQuestion(frame, undefined, {}, REGIONS);
    expect(first.kind === 'ask' && first.what).toBe('region');
    const semarang = byId.get('semarang')!;
    const second = answerQuestion(frame, semarang, { region: 'semarang' }, REGIONS);
    expect(second.kind === 'ask' && second.what).toBe('unit');
    const third = answerQuestion(frame, semarang, { region: 'semarang', unit: 'kecamatan' }, REGIONS);
    expect(third.kind === 'answer' && third.items.map((i) => i.text)).toEqual(['Camat']);
  });
});
