/**
 * Kabupaten Semarang (Perbup 35/2023), one cited fact per row: the words stand at the cited lines
 * of the regulation (`textSays`), then the data or the model answers as the text says.
 */
import { describe, expect, it } from 'vitest';
import {
  appraisersOf,
  assignersOf,
  coordinatorsOf,
  placedUnder,
  reportsTo,
  unitLeadersOf,
} from '../../../src/model/queries';
import { answerFor } from '../../../src/model/myPosition';
import { conventionWarnings } from '../../../src/data/conventions';
import { flow, names, next, region, textSays, unit, walkFlow } from './helpers';
import { basisProblems } from './basis';

const r = region('semarang');

interface Fact {
  fact: string;
  lines: [number, number];
  quote: string;
  query: () => unknown;
  expected: unknown;
}

const check = ({ lines, quote, query, expected }: Fact) => {
  expect(textSays(r, lines[0], lines[1], quote), `"${quote}" at ${lines.join('-')}`).toBe(true);
  expect(query()).toEqual(expected);
};

const rel = (unitId: string, kind: string, from: string, to: string) => {
  const x = unit(r, unitId).relations.find((y) => y.kind === kind && y.from === from && y.to === to);
  if (!x) throw new Error(`no ${kind} ${from}->${to} in ${unitId}`);
  return x;
};
/** How a relation stands: its own lines, its basis, the general rule's lines (or the note's kind). */
const standing = (x: {
  cite: { lines: number[] };
  basis?: { kind: string; cite?: { lines: number[] }; note?: string };
}) => [
  x.cite.lines,
  x.basis?.kind ?? 'stated',
  x.basis?.cite?.lines ?? r.notes.find((n) => n.id === x.basis?.note)?.kind,
];
const withCondition = (answers: { position: { name: string }; relation: { condition?: string } }[]) =>
  answers.map((a) => [a.position.name, a.relation.condition]);
const step = (flowId: string, stepId: string) => flow(r, flowId).steps.find((s) => s.id === stepId)!;
const recipientNames = (flowId: string, stepId: string) => {
  const f = flow(r, flowId);
  return (step(flowId, stepId).recipients ?? []).map((id) => f.participants.find((p) => p.id === id)!.name);
};
const notesAbout = (id: string, kind: string) =>
  r.notes.filter((n) => n.kind === kind && n.about?.includes(id)).map((n) => n.cite.lines);
const office = (name: string) =>
  r.offices?.find((o) => o.name === name || o.aliases?.includes(name))?.unitTypes;

describe('Semarang: who places, appraises, leads, assigns, coordinates', () => {
  const facts: Fact[] = [
    {
      fact: 'Kecamatan: the Camat appraises a JF ahli muda (Lampiran V huruf d angka 1)',
      lines: [708, 708],
      quote: 'Camat sebagai Pejabat Penilai Kinerja menetapkan kinerja, melakukan penilaian kinerja',
      query: () => names(appraisersOf(unit(r, 'kecamatan'), 'jf-ahli-muda')),
      expected: ['Camat'],
    },
    {
      fact: 'Kecamatan: the Sekretaris, not the Camat, is Pimpinan Unit Organisasi (Lampiran V huruf d angka 2)',
      lines: [709, 709],
      quote: 'Sekretaris sebagai Pimpinan Unit Organisasi menjadi penanggung jawab atas target kinerja',
      query: () => names(unitLeadersOf(unit(r, 'kecamatan'), 'pelaksana')),
      expected: ['Sekretaris'],
    },
    {
      fact: 'Kecamatan: the pejabat pengawas coordinates JF as pelaksana koordinasi or Ketua Tim (Lampiran V huruf d angka 3)',
      lines: [710, 710],
      quote: 'pejabat pengawas sebagai pelaksana koordinasi pelaksanaan tugas atau Ketua Tim Kerja',
      query: () =>
        coordinatorsOf(unit(r, 'kecamatan'), 'jf-ahli-muda').map((a) => [a.position.name, a.relation.as]),
      expected: [
        ['Pejabat Pengawas', 'pelaksanaKoordinasi'],
        ['Pejabat Pengawas', 'ketuaTim'],
      ],
    },
    {
      fact: "Kecamatan: the Camat assigns on the Sekretaris' recommendation (Lampiran V huruf d angka 4 huruf a) butir 2))",
      lines: [714, 714],
      quote: 'Camat atas rekomendasi Sekretaris menugaskan Pejabat Fungsional dan/atau pelaksana',
      query: () => withCondition(assignersOf(unit(r, 'kecamatan'), 'pelaksana')),
      expected: [['Camat', 'atas rekomendasi Sekretaris']],
    },
    {
      fact: '2-level unit: a JF ahli utama/madya is appraised by the JPT Pratama (Pasal 13 ayat (3) huruf a)',
      lines: [181, 181],
      quote:
        'ahli madya berkedudukan di bawah dan bertanggung jawab secara langsung kepada Pejabat Pimpinan Tinggi Pratama',
      query: () => names(appraisersOf(unit(r, 'unit-organisasi-2-level'), 'jf-ahli-utama-madya')),
      expected: ['Pejabat Pimpinan Tinggi Pratama'],
    },
    {
      fact: '2-level unit: other JF are appraised by the Administrator as level II (Lampiran II huruf a angka 1)',
      lines: [423, 423],
      quote:
        'berkedudukan di bawah Pejabat Administrator sebagai Pejabat level II yang berperan selaku Pejabat Penilai Kinerja',
      query: () => names(appraisersOf(unit(r, 'unit-organisasi-2-level'), 'jf-ahli-muda')),
      expected: ['Pejabat Administrator'],
    },
    {
      fact: 'DPMPTSP: the Kepala Dinas appraises the JF and pelaksana (Lampiran II huruf a angka 3)',
      lines: [461, 461],
      quote: 'Pejabat Pimpinan Tinggi Pratama sebagai Pejabat Penilai Kinerja',
      query: () => names(appraisersOf(unit(r, 'dpmptsp'), 'pelaksana')),
      expected: ['Kepala Dinas'],
    },
    {
      fact: "DPMPTSP: the Kepala Dinas assigns, and at the Sekretariat on the Sekretaris' recommendation (Lampiran V huruf b angka 1; angka 4 huruf a) butir 3))",
      lines: [661, 661],
      quote:
        'pada Sekretariat, Kepala Dinas menugaskan Pejabat Fungsional dan/atau pelaksana atas rekomendasi Sekretaris',
      query: () => withCondition(assignersOf(unit(r, 'dpmptsp'), 'jf-ahli-muda')),
      expected: [
        ['Kepala Dinas', undefined],
        ['Kepala Dinas', 'pada Sekretariat: atas rekomendasi Sekretaris'],
      ],
    },
    {
      fact: "Setda, Asisten Perekonomian dan Pembangunan: the Asisten appraises the JF Ahli Madya after the Kepala Bagian's recommendation (Lampiran V huruf c angka 4)",
      lines: [685, 685],
      quote:
        'Penilaian kinerja bagi Pejabat Fungsional Ahli Madya dilaksanakan oleh Asisten Sekretaris Daerah setelah mendapatkan rekomendasi penilaian kinerja dari Kepala Bagian',
      query: () =>
        withCondition(
          appraisersOf(unit(r, 'sekretariat-daerah-asisten-perekonomian-pembangunan'), 'jf-ahli-madya'),
        ),
      expected: [
        [
          'Asisten Perekonomian dan Pembangunan',
          'setelah mendapatkan rekomendasi penilaian kinerja dari Kepala Bagian',
        ],
      ],
    },
    {
      fact: 'Setda, Bagian Pengadaan Barang dan Jasa: the group sits under the Pengawas (Lampiran II huruf a angka 4 huruf b) angka 2))',
      lines: [476, 476],
      quote: 'kelompok jabatan fungsional dan pelaksana berada di bawah Pejabat Pengawas',
      query: () =>
        names(
          placedUnder(
            unit(r, 'sekretariat-daerah-asisten-perekonomian-pembangunan'),
            'kelompok-jf-pelaksana-bagian-pengadaan-barang-dan-jasa',
          ),
        ),
      expected: ['Pejabat Pengawas pada Bagian Pengadaan Barang dan Jasa'],
    },
    {
      fact: "Setda, Bagian Pengadaan Barang dan Jasa: but the Kepala Bagian appraises, on the Pengawas' recommendation (Lampiran V huruf c angka 6)",
      lines: [687, 687],
      quote: 'untuk disampaikan kepada Kepala Bagian sebagai Pejabat Penilai Kinerja',
      query: () =>
        withCondition(
          appraisersOf(
            unit(r, 'sekretariat-daerah-asisten-perekonomian-pembangunan'),
            'pelaksana-bagian-pengadaan-barang-dan-jasa',
          ),
        ),
      expected: [
        [
          'Kepala Bagian Pengadaan Barang dan Jasa',
          'atas rekomendasi penilaian kinerja dari Pejabat Pengawas',
        ],
      ],
    },
    {
      fact: 'Setda, Bagian Pengadaan Barang dan Jasa: the two placements are flagged as a conflict (Lampiran II huruf a angka 4; Lampiran V huruf c angka 6)',
      lines: [476, 476],
      quote: 'berada di bawah Pejabat Pengawas',
      query: () =>
        r.notes.some((n) => n.kind === 'conflict' && n.cite.lines[0] <= 687 && n.cite.lines[1] >= 476),
      expected: true,
    },
    {
      fact: 'UPTD Tipe A: the Kepala UPTD appraises the Kepala Subbagian Tata Usaha too (Lampiran II huruf c angka 2 huruf a))',
      lines: [513, 513],
      quote: 'Pejabat Penilai Kinerja jabatan fungsional termasuk pejabat pengawas di bawahnya',
      query: () => names(appraisersOf(unit(r, 'uptd-tipe-a'), 'kepala-subbagian-tata-usaha')),
      expected: ['Kepala Unit Pelaksana Teknis Daerah'],
    },
    {
      fact: 'Puskesmas: led by a Pejabat Fungsional (Lampiran V huruf g angka 1)',
      lines: [780, 780],
      quote:
        'Kepala Pusat Kesehatan Masyarakat yang merupakan Pejabat Fungsional sebagai Pejabat Penilai Kinerja',
      query: () => {
        const u = unit(r, 'puskesmas');
        return u.positions.find((p) => p.id === u.head)?.category;
      },
      expected: 'jf',
    },
    {
      fact: 'Puskesmas: results are reported to the Kepala Puskesmas (Lampiran V huruf g angka 3 huruf b) butir 6))',
      lines: [799, 799],
      quote: 'disampaikan kepada Kepala Pusat Kesehatan Masyarakat',
      query: () =>
        names(reportsTo(unit(r, 'puskesmas'), 'pejabat-fungsional')).includes(
          'Kepala Pusat Kesehatan Masyarakat',
        ),
      expected: true,
    },
  ];
  it.each(facts)('$fact', check);
});

describe('Semarang: flows', () => {
  const facts: Fact[] = [
    {
      fact: 'a JF assigned across perangkat daerah gets the Surat Perintah from the Sekretaris Daerah (Pasal 16 ayat (3) huruf b)',
      lines: [232, 232],
      quote:
        'Surat Perintah untuk penugasan individu lintas Perangkat Daerah ditetapkan oleh Sekretaris Daerah',
      query: () => {
        const f = flow(r, 'penunjukan-lintas-perangkat-daerah-individu');
        const s = f.steps.find((x) => x.document === 'Surat Perintah')!;
        return f.participants.find((p) => p.id === s.actor)?.name;
      },
      expected: 'Sekretaris Daerah',
    },
    {
      fact: 'penunjukan lintas PD, main path: pemilik kinerja -> PD dituju -> (setuju) Pejabat Penilai Kinerja -> JF (Lampiran III huruf a angka 2)',
      lines: [551, 556],
      quote: 'mengirimkan surat permohonan pelibatan',
      query: () => {
        const w = walkFlow(r, 'penunjukan-lintas-perangkat-daerah', [
          ...next(1),
          'keputusan.setujui',
          ...next(2),
        ]);
        return [w.seen, w.status];
      },
      expected: [
        ['pimpinan-pd-pemilik-kinerja>pimpinan-pd-dituju', 'pimpinan-pd-dituju>', 'ppk>jf', 'jf>'],
        'done',
      ],
    },
    {
      fact: 'penunjukan lintas PD, refusal: a written answer with reasons goes back to the requester (Lampiran III huruf a angka 2 huruf b) angka 2))',
      lines: [555, 555],
      quote: 'menolak, maka harus memberikan surat jawaban dengan alasan',
      query: () =>
        walkFlow(r, 'penunjukan-lintas-perangkat-daerah', [...next(1), 'keputusan.tolak']).seen.at(-1),
      expected: 'pimpinan-pd-dituju>pimpinan-pd-pemilik-kinerja',
    },
    {
      fact: 'Kecamatan mechanism: the Camat plans, the Sekretaris sets the strategy (Lampiran V huruf d angka 4 huruf a))',
      lines: [713, 715],
      quote: 'Camat selaku Pejabat Penilai Kinerja menyusun dan menetapkan perjanjian kinerja',
      query: () =>
        flow(r, 'mekanisme-kerja-kecamatan')
          .steps.slice(0, 3)
          .map((s) => s.actor),
      expected: ['camat', 'camat', 'sekretaris'],
    },
    {
      fact: 'Kecamatan mechanism: it ends with the Camat, through three stages (Lampiran V huruf d angka 4 huruf c) butir 3))',
      lines: [729, 729],
      quote: 'pelaksanaan kegiatan dinyatakan selesai setelah Camat menerima hasil pelaksanaan kegiatan',
      query: () => {
        const f = flow(r, 'mekanisme-kerja-kecamatan');
        return [f.steps.at(-1)?.actor, [...new Set(f.steps.map((s) => s.stage))]];
      },
      expected: ['camat', ['perencanaan', 'pelaksanaan', 'evaluasi']],
    },
  ];
  it.each(facts)('$fact', check);
});

describe('Semarang: audit 2026-12 and issue 13, one row per item', () => {
  const facts: Fact[] = [
    {
      fact: 'C9: the Pengawas reports to the Administrator as Ketua Tim on the strength of Lampiran V a.3, by the general rule of Pasal 23 ayat (2)',
      lines: [632, 632],
      quote: 'pejabat pengawas menjadi pelaksana koordinasi pelaksanaan tugas atau Ketua Tim Kerja',
      query: () =>
        standing(
          rel(
            'unit-organisasi-2-dan-3-level',
            'pertanggungjawaban',
            'pejabat-pengawas',
            'pejabat-administrator',
          ),
        ),
      expected: [[632, 632], 'derived', [288, 288]],
    },
    {
      fact: 'C9 (same pattern): members report to the Pengawas as Ketua Tim by Pasal 23 ayat (1)',
      lines: [287, 287],
      quote: 'anggota Tim Kerja melaporkan pelaksanaan tugas kepada Ketua Tim Kerja secara berkala',
      query: () =>
        standing(
          rel(
            'unit-organisasi-2-dan-3-level',
            'pertanggungjawaban',
            'kelompok-jf-pelaksana',
            'pejabat-pengawas',
          ),
        ),
      expected: [[632, 632], 'derived', [287, 287]],
    },
    {
      fact: 'T1: an individual reports directly to the Pimpinan Unit Organisasi only (Pasal 22)',
      lines: [283, 283],
      quote: 'melaporkan pelaksanaan tugasnya secara langsung kepada Pimpinan Unit Organisasi',
      query: () => recipientNames('pertanggungjawaban-pelaksanaan-tugas', 'laporan-individu'),
      expected: ['Pimpinan Unit Organisasi'],
    },
    {
      fact: 'T1: the Ketua Tim reports to the Pimpinan Unit Organisasi and/or the Pimpinan Perangkat Daerah (Pasal 23 ayat (2))',
      lines: [288, 288],
      quote: 'kepada Pimpinan Unit Organisasi dan/atau Pimpinan Perangkat Daerah secara berkala',
      query: () => recipientNames('pertanggungjawaban-pelaksanaan-tugas', 'laporan-ketua'),
      expected: ['Pimpinan Unit Organisasi', 'Pimpinan Perangkat Daerah'],
    },
    {
      fact: "T1: the Ketua Tim's report on members' results goes to the appraiser and the Pimpinan Unit Organisasi (Lampiran IV huruf c angka 3 huruf e))",
      lines: [620, 620],
      quote:
        'melaporkan hasil kinerja anggota Tim Kerja kepada pejabat penilai kinerja dan pimpinan Unit Organisasi',
      query: () => recipientNames('pertanggungjawaban-pelaksanaan-tugas', 'laporan-kinerja-anggota'),
      expected: ['pejabat penilai kinerja', 'Pimpinan Unit Organisasi'],
    },
    {
      fact: 'T2: Kecamatan, an administrator with pengawas below: 2 levels (Lampiran II huruf b angka 1)',
      lines: [490, 490],
      quote: 'dipimpin oleh pejabat administrator dan terdapat pejabat pengawas',
      query: () => unit(r, 'kecamatan').levels,
      expected: [2],
    },
    {
      fact: 'T2: RSUD, an administrator with pengawas below: 2 levels (Lampiran II huruf b angka 2)',
      lines: [497, 497],
      quote: 'dipimpin oleh Pejabat Administrator dan terdapat Pejabat Pengawas',
      query: () => unit(r, 'rsud').levels,
      expected: [2],
    },
    {
      fact: 'T2: DPMPTSP, Kepala Dinas, Sekretaris, Kepala Subbagian: 3 levels (Lampiran V huruf b angka 1-3)',
      lines: [654, 656],
      quote: 'Kepala Subbagian Umum dan Kepegawaian menjadi pelaksana koordinasi',
      query: () => unit(r, 'dpmptsp').levels,
      expected: [3],
    },
    {
      fact: 'T2: UPTD Tipe A, a pengawas under the head: 2 levels (Lampiran II huruf c angka 2 huruf a))',
      lines: [513, 513],
      quote: 'termasuk pejabat pengawas di bawahnya',
      query: () => unit(r, 'uptd-tipe-a').levels,
      expected: [2],
    },
    {
      fact: 'T2: Puskesmas, a Kepala Subbagian Tata Usaha under the head: 2 levels (Lampiran V huruf g angka 2)',
      lines: [781, 781],
      quote: 'Kepala Subbagian Tata Usaha pada Pusat Kesehatan Masyarakat',
      query: () => unit(r, 'puskesmas').levels,
      expected: [2],
    },
    {
      fact: 'T2: UPTD Tipe B, the head over the group only: 1 level (Lampiran II huruf c angka 2 huruf b))',
      lines: [520, 520],
      quote:
        'kelompok jabatan fungsional dan pelaksana berkedudukan berada di bawah pejabat pengawas sebagai pejabat level I',
      query: () => unit(r, 'uptd-tipe-b').levels,
      expected: [1],
    },
    {
      fact: 'T2: Setda lingkup Asisten Perekonomian dan Pembangunan, as the text counts it (Lampiran II huruf a angka 4 huruf b))',
      lines: [474, 474],
      quote: 'terdiri atas 2 (dua) level dan 3 (tiga) level',
      query: () => unit(r, 'sekretariat-daerah-asisten-perekonomian-pembangunan').levels,
      expected: [2, 3],
    },
    {
      fact: 'T2: every levels value agrees with the positions (the conventions lint)',
      lines: [423, 423],
      quote: 'Pejabat Administrator sebagai Pejabat level II',
      query: () => conventionWarnings(r).filter((w) => w.path.endsWith('.levels')),
      expected: [],
    },
    {
      fact: 'T7: the Pengawas that Lampiran V a.3 names is not in the 2-level structure ...',
      lines: [423, 423],
      quote:
        'kelompok jabatan fungsional dan pelaksana berkedudukan di bawah Pejabat Administrator sebagai Pejabat level II',
      query: () => unit(r, 'unit-organisasi-2-level').positions.filter((p) => p.category === 'pengawas'),
      expected: [],
    },
    {
      fact: 'T7: ... and the two are flagged as a conflict about the 2-level unit (Lampiran V huruf a angka 3)',
      lines: [632, 632],
      quote: 'pejabat pengawas menjadi pelaksana koordinasi pelaksanaan tugas atau Ketua Tim Kerja',
      query: () =>
        notesAbout('unit-organisasi-2-level', 'conflict').filter(([a, b]) => a! <= 632 && b! >= 632).length,
      expected: 1,
    },
    {
      fact: 'Drafting: the Satuan Pendidikan planning stage opens without the perjanjian kinerja step, encoded as written and flagged',
      lines: [808, 811],
      quote:
        'Kepala Satuan Pendidikan yang merupakan Pejabat Fungsional menugaskan Pejabat Fungsional dan Pelaksana',
      query: () => [
        flow(r, 'mekanisme-kerja-satuan-pendidikan').steps[0]!.document,
        notesAbout('mekanisme-kerja-satuan-pendidikan', 'slip').length,
      ],
      expected: [undefined, 1],
    },
    {
      fact: 'Drafting: so does the Puskesmas planning stage',
      lines: [787, 787],
      quote:
        'Kepala Pusat Kesehatan Masyarakat yang merupakan Pejabat Fungsional menugaskan Pejabat Fungsional',
      query: () => [
        flow(r, 'mekanisme-kerja-puskesmas').steps[0]!.document,
        notesAbout('mekanisme-kerja-puskesmas', 'slip').length,
      ],
      expected: [undefined, 1],
    },
    {
      fact: 'Generic citations: the Kecamatan JF ahli muda sits under the Camat by the passage naming the Camat, by the rule of Pasal 13 ayat (3) huruf b',
      lines: [182, 182],
      quote:
        'Pejabat Fungsional ahli muda berkedudukan di bawah dan bertanggung jawab secara langsung kepada Pejabat Administrator',
      query: () => standing(rel('kecamatan', 'kedudukan', 'jf-ahli-muda', 'camat')),
      expected: [[708, 708], 'derived', [182, 182]],
    },
    {
      fact: 'Generic citations: a pelaksana at a Puskesmas sits under its JF head by Pasal 13 ayat (5), picked by Lampiran II huruf d angka 1',
      lines: [189, 189],
      quote: 'Pejabat Fungsional tersebut dapat membawahi Pejabat Fungsional dan pelaksana',
      query: () => standing(rel('puskesmas', 'kedudukan', 'pelaksana', 'kepala-puskesmas')),
      expected: [[527, 527], 'derived', [189, 189]],
    },
    {
      fact: 'Read from headings: the Administrator under the JPT Pratama is supplied, with its note',
      lines: [418, 419],
      quote: 'Unit Organisasi yang dipimpin oleh Pejabat Pimpinan Tinggi Pratama',
      query: () =>
        standing(
          rel(
            'unit-organisasi-2-level',
            'kedudukan',
            'pejabat-administrator',
            'pejabat-pimpinan-tinggi-pratama',
          ),
        ),
      expected: [[418, 419], 'supplied', 'interpretation'],
    },
    {
      fact: 'Undefined branch: "tidak sesuai" at the Kecamatan is supplied, with the note that the text is silent',
      lines: [728, 729],
      quote: 'hasil pelaksanaan kegiatan yang telah sesuai dengan target disampaikan kepada Camat',
      query: () => {
        const b = step('mekanisme-kerja-kecamatan', 'evaluasi-1').decision!.branches.find(
          (x) => x.event === 'hasil.tidakSesuai',
        )!;
        return [b.next, b.basis?.kind, r.notes.find((n) => n.id === b.basis?.note)?.kind];
      },
      expected: ['selesai', 'supplied', 'silent'],
    },
    {
      fact: 'Defined branch: "sesuai" at the Kecamatan is cited to the line that forwards the result',
      lines: [728, 728],
      quote: 'yang telah sesuai dengan target disampaikan kepada Camat untuk ditinjau',
      query: () =>
        step('mekanisme-kerja-kecamatan', 'evaluasi-1').decision!.branches.find(
          (x) => x.event === 'hasil.sesuai',
        )!.cite?.lines,
      expected: [728, 728],
    },
    {
      fact: 'One vocabulary: Setda unit types are sekretariat-daerah-*, keeping their old ids',
      lines: [468, 468],
      quote: 'Unit Organisasi pada Sekretariat Daerah',
      query: () =>
        r.unitTypes.filter((u) => u.id.startsWith('sekretariat-daerah-')).map((u) => u.formerIds?.[0]),
      expected: [
        'setda-asisten-pemerintahan-kesra',
        'setda-asisten-perekonomian-pembangunan',
        'setda-asisten-administrasi-umum',
      ],
    },
    {
      fact: 'One vocabulary: Pasal 16 assignment flows are penunjukan-<scope>-individu, keeping their old ids',
      lines: [224, 224],
      quote: 'Penugasan individu bagi Pejabat Fungsional dan pelaksana lintas unit organisasi',
      query: () =>
        [
          'penunjukan-dalam-unit-individu',
          'penunjukan-lintas-unit-individu',
          'penunjukan-lintas-perangkat-daerah-individu',
        ].map((id) => flow(r, id).formerIds),
      expected: [
        ['penugasan-individu-dalam-satu-unit-organisasi'],
        ['penugasan-individu-lintas-unit-organisasi'],
        ['penugasan-individu-lintas-perangkat-daerah'],
      ],
    },
    {
      fact: 'One vocabulary: "di dalam Perangkat Daerah" reaches other units of the same perangkat daerah (lintasUnit)',
      lines: [549, 549],
      quote: 'penunjukan Pejabat Fungsional dan/atau pelaksana di dalam Perangkat Daerah',
      query: () => flow(r, 'penunjukan-lintas-unit-dalam-perangkat-daerah').scope,
      expected: 'lintasUnit',
    },
    {
      fact: 'One vocabulary: no departure from the conventions the lint can check',
      lines: [41, 41],
      quote: 'PERATURAN BUPATI TENTANG SISTEM KERJA APARATUR SIPIL NEGARA',
      query: () => conventionWarnings(r),
      expected: [],
    },
    {
      fact: 'Enactment: ditetapkan di Ungaran pada tanggal 29 Desember 2023',
      lines: [352, 353],
      quote: 'Ditetapkan di Ungaran pada tanggal 29 Desember 2023',
      query: () => [
        r.regulation.enacted?.place,
        r.regulation.enacted?.date,
        r.regulation.enacted?.cite.lines[0],
      ],
      expected: ['Ungaran', '2023-12-29', 352],
    },
    {
      fact: 'Enactment: diundangkan di Ungaran pada tanggal 29 Desember 2023',
      lines: [361, 362],
      quote: 'Diundangkan di Ungaran pada tanggal 29 Desember 2023',
      query: () => [
        r.regulation.promulgated?.place,
        r.regulation.promulgated?.date,
        r.regulation.promulgated?.cite.lines[0],
      ],
      expected: ['Ungaran', '2023-12-29', 361],
    },
    {
      fact: 'Enactment: Berita Daerah Kabupaten Semarang Tahun 2023 Nomor 95',
      lines: [371, 371],
      quote: 'BERITA DAERAH KABUPATEN SEMARANG TAHUN 2023 NOMOR 95',
      query: () => [r.regulation.gazette?.text, r.regulation.gazette?.cite.lines],
      expected: ['Berita Daerah Kabupaten Semarang Tahun 2023 Nomor 95', [371, 371]],
    },
    {
      fact: 'Enactment: mulai berlaku pada tanggal diundangkan (Pasal 30)',
      lines: [348, 348],
      quote: 'Peraturan Bupati ini mulai berlaku pada tanggal diundangkan',
      query: () => r.regulation.effective?.cite.lines,
      expected: [348, 348],
    },
    {
      fact: 'The Lampiran heading number (95) that differs from the regulation (35) is flagged',
      lines: [387, 387],
      quote: 'NOMOR 95 TAHUN 2023',
      query: () => [
        r.regulation.number,
        r.notes.some((n) => n.kind === 'slip' && n.cite.lines[0] <= 387 && n.cite.lines[1] >= 387),
      ],
      expected: ['35', true],
    },
    {
      fact: 'Province: Jawa Tengah',
      lines: [9, 9],
      quote: 'PROVINSI JAWA TENGAH',
      query: () => r.province,
      expected: 'Jawa Tengah',
    },
    {
      fact: 'Offices: Dinas Perhubungan (and "Dishub") use the 2-and-3-level structure (Lampiran II huruf a angka 2)',
      lines: [454, 454],
      quote: 'Dinas Perhubungan',
      query: () => [office('Dinas Perhubungan'), office('Dishub')],
      expected: [['unit-organisasi-2-dan-3-level'], ['unit-organisasi-2-dan-3-level']],
    },
    {
      fact: 'Offices: Kesbangpol is the Badan Kesatuan Bangsa dan Politik, a 2-level unit (Lampiran II huruf a angka 1)',
      lines: [441, 441],
      quote: 'Badan Kesatuan Bangsa dan Politik',
      query: () => office('Kesbangpol'),
      expected: ['unit-organisasi-2-level'],
    },
    {
      fact: "Offices: an UPTD may be Tipe A or B; each candidate carries the text's criterion",
      lines: [507, 508],
      quote: 'Unit Organisasi pada Unit Pelaksana Teknis Dinas',
      query: () => office('UPTD')?.map((id) => [id, unit(r, id).criterion?.cite.lines]),
      expected: [
        ['uptd-tipe-a', [513, 513]],
        ['uptd-tipe-b', [520, 520]],
      ],
    },
    {
      fact: 'Offices: at least 40 names officials type, counting aliases',
      lines: [423, 423],
      quote: 'Perangkat Daerah yang menerapkan struktur ini adalah',
      query: () => (r.offices ?? []).reduce((n, o) => n + 1 + (o.aliases?.length ?? 0), 0) >= 40,
      expected: true,
    },
  ];
  it.each(facts)('$fact', check);

  it('every relation, role, step and branch is stated with its cite, derived with two, or supplied with a note', () => {
    expect(basisProblems(r)).toEqual([]);
  });

  it('every step has plain words in both languages, every decision and branch an English label', () => {
    const missing: string[] = [];
    for (const f of r.flows)
      for (const s of f.steps) {
        if (!s.plain?.id || !s.plain.en) missing.push(`${f.id}/${s.id}`);
        if (s.decision && !s.decision.questionEn) missing.push(`${f.id}/${s.id}?`);
        for (const b of s.decision?.branches ?? [])
          if (!b.labelEn) missing.push(`${f.id}/${s.id}/${b.event}`);
      }
    expect(missing).toEqual([]);
  });
});

describe('Semarang: Posisi saya', () => {
  const facts: Fact[] = [
    {
      fact: 'JF ahli muda at a Kecamatan: appraiser Camat, unit leader Sekretaris, reports to the Sekretaris (Lampiran V huruf d)',
      lines: [725, 725],
      quote: 'disampaikan kepada Sekretaris',
      query: () => {
        const a = answerFor(r, unit(r, 'kecamatan'), 'jf-ahli-muda')!;
        return [names(a.appraisers), names(a.unitLeaders), names(a.reportsTo).includes('Sekretaris')];
      },
      expected: [['Camat'], ['Sekretaris'], true],
    },
    {
      fact: 'JF ahli muda at a Kecamatan: may lead a team (Pasal 17 ayat (2))',
      lines: [242, 242],
      quote:
        'Ketua Tim Kerja sebagaimana dimaksud pada ayat (1) huruf a, dapat berasal dari Pejabat Fungsional atau pelaksana',
      query: () =>
        answerFor(r, unit(r, 'kecamatan'), 'jf-ahli-muda')!.teamLead.rules.some(
          (x) => x.id === 'ketua-tim-dari-jf-atau-pelaksana',
        ),
      expected: true,
    },
    {
      fact: 'Kepala Subbagian Tata Usaha at a UPTD Tipe A: appraised by the Kepala UPTD, and named as Ketua Tim (Lampiran V huruf f angka 2)',
      lines: [759, 759],
      quote:
        'Kepala Subbagian Tata Usaha sebagai pelaksana koordinasi pelaksanaan tugas atau Ketua Tim Kerja',
      query: () => {
        const a = answerFor(r, unit(r, 'uptd-tipe-a'), 'kepala-subbagian-tata-usaha')!;
        return [names(a.appraisers), a.teamLead.namedAs.some((x) => x.relation.as === 'ketuaTim')];
      },
      expected: [['Kepala Unit Pelaksana Teknis Daerah'], true],
    },
    {
      fact: 'pelaksana at the DPMPTSP: appraised by the Kepala Dinas; assignment across PD has its flows (Pasal 16)',
      lines: [224, 224],
      quote: 'lintas unit organisasi dalam satu Perangkat Daerah dan/atau lintas Perangkat Daerah',
      query: () => {
        const a = answerFor(r, unit(r, 'dpmptsp'), 'pelaksana')!;
        const across = a.assignmentFlows.find((g) => g.scope === 'lintasPerangkatDaerah')!;
        return [
          names(a.appraisers),
          across.flows.some((f) => f.id === 'penunjukan-lintas-perangkat-daerah-individu'),
        ];
      },
      expected: [['Kepala Dinas'], true],
    },
    {
      fact: "JF Ahli Madya at the Setda: the Asisten appraises after the Kepala Bagian's recommendation (Lampiran V huruf c angka 4)",
      lines: [685, 685],
      quote: 'setelah mendapatkan rekomendasi penilaian kinerja dari Kepala Bagian',
      query: () =>
        withCondition(
          answerFor(r, unit(r, 'sekretariat-daerah-asisten-pemerintahan-kesra'), 'jf-ahli-madya')!.appraisers,
        ),
      expected: [
        [
          'Asisten Pemerintahan dan Kesejahteraan Rakyat',
          'setelah mendapatkan rekomendasi penilaian kinerja dari Kepala Bagian',
        ],
      ],
    },
  ];
  it.each(facts)('$fact', check);
});
