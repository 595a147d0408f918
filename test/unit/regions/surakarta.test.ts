/**
 * Kota Surakarta (Perwali 32/2023), one cited fact per row: the words stand at the cited lines of
 * data/sources/004_ee191ec6cd5e7717.txt (`textSays`), then the data or the model answers as the
 * text says.
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
import { NEXT_EVENT } from '../../../src/machines/generate';
import { answerFor, positionChoiceLabel } from '../../../src/model/myPosition';
import { conventionWarnings } from '../../../src/data/conventions';
import { flow, names, next, region, textSays, unit, walkFlow } from './helpers';
import { basisProblems } from './basis';

const r = region('surakarta');

interface Fact {
  fact: string;
  /** Every [from, to, words] must stand in the text. */
  says: [number, number, string][];
  query: () => unknown;
  expected: unknown;
}

const check = ({ says, query, expected }: Fact) => {
  for (const [from, to, words] of says)
    expect(textSays(r, from, to, words), `"${words}" at ${from}-${to}`).toBe(true);
  expect(query()).toEqual(expected);
};

const rule = (id: string) => {
  const found = r.rules.find((x) => x.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};
const noteKind = (id: string) => r.notes.find((n) => n.id === id)?.kind;
const u = (id: string) => unit(r, id);
const walk = (flowId: string, events: string[]) => {
  const w = walkFlow(r, flowId, events);
  return [w.seen, w.status];
};
const rel = (unitId: string, kind: string, from: string, to: string) => {
  const x = u(unitId).relations.find((y) => y.kind === kind && y.from === from && y.to === to);
  if (!x) throw new Error(`no ${kind} ${from}->${to} in ${unitId}`);
  return x;
};
/** How a relation stands: its own lines, its basis, the general rule's lines (or the note's kind). */
const standing = (x: {
  cite: { lines: number[] };
  basis?: { kind: string; cite?: { lines: number[] }; note?: string } | undefined;
}) => [
  x.cite.lines,
  x.basis?.kind ?? 'stated',
  x.basis?.cite?.lines ?? r.notes.find((n) => n.id === x.basis?.note)?.kind,
];
const step = (flowId: string, stepId: string) => flow(r, flowId).steps.find((s) => s.id === stepId)!;
const office = (name: string) =>
  r.offices?.find((o) => o.name === name || o.aliases?.includes(name))?.unitTypes;
const notesAbout = (id: string, kind: string) =>
  r.notes.filter((n) => n.kind === kind && n.about?.includes(id));

describe('Surakarta: who appraises, leads, assigns, places', () => {
  const facts: Fact[] = [
    {
      fact: 'Inspektorat: the Inspektur appraises the JF Madya (Tabel 7.2)',
      says: [
        [637, 637, 'Pemilik Kinerja/ Pimpinan Unit Organisasi'],
        [638, 638, 'Inspektur Inspektur Sekretaris, Inspektur Pembantu, JF Madya'],
      ],
      query: () => names(appraisersOf(u('inspektorat'), 'jf-madya')),
      expected: ['Inspektur'],
    },
    {
      fact: 'Inspektorat: ... and is its Pimpinan Unit Organisasi (Tabel 7.2)',
      says: [
        [
          637,
          638,
          'Pemilik Kinerja/ Pimpinan Unit Organisasi Penilai Kinerja Pejabat yang dinilai Inspektur',
        ],
      ],
      query: () => names(unitLeadersOf(u('inspektorat'), 'jf-madya')),
      expected: ['Inspektur'],
    },
    {
      fact: 'Inspektorat: the Inspektur Pembantu appraises the JF Keahlian (Pertama dan Muda), who sit under it (Tabel 7.2; Pasal 12 ayat (2))',
      says: [
        [640, 640, 'Inspektur Pembantu JF Keahlian (Pertama dan Muda)'],
        [
          186,
          186,
          'Pejabat Fungsional dan Pelaksana berkedudukan di bawah dan bertanggung jawab secara langsung kepada Pejabat Penilai Kinerja',
        ],
      ],
      query: () => {
        const x = u('inspektorat');
        const id = 'jf-keahlian-inspektur-pembantu';
        return [names(appraisersOf(x, id)), names(placedUnder(x, id)), names(unitLeadersOf(x, id))];
      },
      expected: [['Inspektur Pembantu'], ['Inspektur Pembantu'], ['Inspektur']],
    },
    {
      fact: 'Badan/Dinas: the Kepala Bidang appraises its JF and Pelaksana; the Kepala Badan/ Kepala Dinas leads them (Tabel 7.1)',
      says: [[657, 657, 'Kepala Bidang JF Keterampilan dan JF Keahlian (Pertama dan Muda) serta Pelaksana']],
      query: () => {
        const x = u('badan-dinas');
        return [
          names(appraisersOf(x, 'jf-keahlian-kepala-bidang')),
          names(appraisersOf(x, 'pelaksana-kepala-bidang')),
          names(unitLeadersOf(x, 'jf-keahlian-kepala-bidang')),
        ];
      },
      expected: [['Kepala Bidang'], ['Kepala Bidang'], ['Kepala Badan/ Kepala Dinas']],
    },
    {
      fact: 'Badan/Dinas: the Kepala Badan/ Kepala Dinas appraises the Kepala UPTD and the JF Ahli Madya dan Utama (Tabel 7.1)',
      says: [
        [
          655,
          655,
          'Kepala Badan/ Kepala Dinas Sekretaris, Kepala Bidang, Kepala UPTD, JF Ahli Madya dan Utama',
        ],
      ],
      query: () => [
        names(appraisersOf(u('badan-dinas'), 'kepala-uptd')),
        names(appraisersOf(u('badan-dinas'), 'jf-ahli-madya-dan-utama')),
      ],
      expected: [['Kepala Badan/ Kepala Dinas'], ['Kepala Badan/ Kepala Dinas']],
    },
    {
      fact: 'Badan/Dinas: the text names no appraiser of the Kepala Sub Bidang, who appraises Pelaksana; the data says so (Tabel 7.1)',
      says: [[658, 658, 'Kepala Sub Bagian/ Kepala Sub Bidang Pelaksana']],
      query: () => [
        appraisersOf(u('badan-dinas'), 'kepala-sub-bidang'),
        names(appraisersOf(u('badan-dinas'), 'pelaksana-kepala-sub-bidang')),
        notesAbout('badan-dinas/kepala-sub-bidang', 'silent').length,
      ],
      expected: [[], ['Kepala Sub Bidang'], 1],
    },
    {
      fact: 'Dinas/Badan satu level: the Kepala Dinas/Badan appraises JF up to Madya and leads them (Tabel 7.2 kedua; Lampiran IV angka 3.3 huruf b)',
      says: [
        [
          672,
          672,
          'Kepala Dinas/ Badan Sekretaris, JF Keterampilan dan JF Keahlian (Pertama, Muda, Madya) serta Pelaksana',
        ],
        [
          1033,
          1033,
          'Pejabat Pimpinan Tinggi Pratama juga berperan sebagai Pejabat Penilai Kinerja sekaligus Pimpinan Unit Organisasi',
        ],
      ],
      query: () => {
        const x = u('dinas-badan-satu-level');
        return [
          names(appraisersOf(x, 'jf-keahlian-kepala-dinas-badan')),
          names(unitLeadersOf(x, 'jf-keahlian-kepala-dinas-badan')),
          names(placedUnder(x, 'pelaksana-kepala-dinas-badan')),
          names(appraisersOf(x, 'jf-keahlian-sekretaris')),
        ];
      },
      expected: [['Kepala Dinas/Badan'], ['Kepala Dinas/Badan'], ['Kepala Dinas/Badan'], ['Sekretaris']],
    },
    {
      fact: 'Dinas/Badan satu level: the JPT appoints the Pengendali, who coordinates the Ketua Tim Kerja and reports to the Pimpinan Unit Organisasi (Pasal 24 ayat (1); Lampiran VI angka 3)',
      says: [
        [392, 392, 'Pejabat Pimpinan Tinggi menunjuk pengendali'],
        [
          1148,
          1148,
          'Pengendali dalam tim kerja melaporkan pelaksanaan tugas secara langsung kepada Pimpinan Unit Organisasi',
        ],
      ],
      query: () => {
        const x = u('dinas-badan-satu-level');
        return [
          names(assignersOf(x, 'pengendali')),
          coordinatorsOf(x, 'ketua-tim-kerja').map((a) => [a.position.name, a.relation.as]),
          names(reportsTo(x, 'pengendali')),
        ];
      },
      expected: [['Kepala Dinas/Badan'], [['Pengendali', 'pengendali']], ['Kepala Dinas/Badan']],
    },
    {
      fact: 'Dinas/Badan satu level: the Ketua Tim Kerja and the Pengendali are appraised by the Pejabat Penilai Kinerja (Pasal 27 ayat (1))',
      says: [
        [
          423,
          423,
          'Pelaksanaan evaluasi dan penilaian Ketua Tim Kerja dan Pengendali dilakukan oleh Pejabat Penilai Kinerja',
        ],
      ],
      query: () => [
        names(appraisersOf(u('dinas-badan-satu-level'), 'ketua-tim-kerja')),
        names(appraisersOf(u('dinas-badan-satu-level'), 'pengendali')),
      ],
      expected: [['Kepala Dinas/Badan'], ['Kepala Dinas/Badan']],
    },
    {
      fact: 'Sekretariat DPRD: the Sekretaris DPRD appraises the JF Ahli Madya (Tabel 7.4)',
      says: [[690, 690, 'Sekretaris DPRD Sekretaris DPRD Kepala Bagian dan JF Ahli Madya']],
      query: () => names(appraisersOf(u('sekretariat-dprd'), 'jf-ahli-madya')),
      expected: ['Sekretaris DPRD'],
    },
    {
      fact: 'Sekretariat DPRD: the Kepala Bagian appraises the JF Pertama/Muda and the Kepala Sub Bagian; the Sekretaris DPRD leads (Tabel 7.4)',
      says: [
        [
          691,
          691,
          'Kepala Bagian Kepala Sub Bagian, JF Keterampilan dan JF Keahlian (Pertama, Muda) serta Pelaksana',
        ],
      ],
      query: () => {
        const x = u('sekretariat-dprd');
        return [
          names(appraisersOf(x, 'jf-keahlian-kepala-bagian')),
          names(appraisersOf(x, 'kepala-sub-bagian')),
          names(unitLeadersOf(x, 'pelaksana-kepala-bagian')),
        ];
      },
      expected: [['Kepala Bagian'], ['Kepala Bagian'], ['Sekretaris DPRD']],
    },
    {
      fact: 'Sekretariat Daerah: the Asisten appraises the JF Ahli Madya, who sits under it (Gambar 7.1; Lampiran III angka 2.1)',
      says: [
        [619, 619, 'Asisten Sekretaris Daerah Kepala Bagian, JF Ahli Madya'],
        [605, 605, 'kecuali JF Ahli Madya di bawah Asisten'],
      ],
      query: () => {
        const x = u('sekretariat-daerah');
        return [
          names(appraisersOf(x, 'jf-ahli-madya')),
          names(placedUnder(x, 'jf-ahli-madya')),
          names(unitLeadersOf(x, 'jf-ahli-madya')),
        ];
      },
      expected: [['Asisten Sekretaris Daerah'], ['Asisten Sekretaris Daerah'], ['Sekretaris Daerah']],
    },
    {
      fact: 'Sekretariat Daerah: the JF Ahli Madya reports through the appraiser and the Kepala Bagian (Lampiran VI angka 1 huruf b)',
      says: [[1143, 1143, 'melalui Pejabat Penilai Kinerja dan Kepala Bagian sesuai dengan bidang tugasnya']],
      query: () => names(reportsTo(u('sekretariat-daerah'), 'jf-ahli-madya')).sort(),
      expected: ['Asisten Sekretaris Daerah', 'Kepala Bagian', 'Sekretaris Daerah'],
    },
    {
      fact: 'Unit 3 level: the Kepala Bidang appraises the Kepala Sub Bidang/ Kepala Seksi, who appraises the Pelaksana (Tabel 7.5)',
      says: [
        [
          712,
          712,
          'Kepala Bidang Kepala Sub Bidang/ Kepala Seksi, JF Keterampilan dan JF Keahlian (Pertama dan Muda)',
        ],
        [713, 713, 'Kepala Sub Bidang/ Kepala Seksi Pelaksana'],
      ],
      query: () => {
        const x = u('unit-organisasi-tiga-level');
        return [
          names(appraisersOf(x, 'kepala-sub-bidang-kepala-seksi')),
          names(appraisersOf(x, 'pelaksana-kepala-sub-bidang-kepala-seksi')),
        ];
      },
      expected: [['Kepala Bidang'], ['Kepala Sub Bidang/ Kepala Seksi']],
    },
    {
      fact: 'Unit 3 level: the perangkat daerah the table names (Tabel 7.5)',
      says: [[708, 708, 'Kepala Satpol PP/ Dishub/ Damkar/ Disdik/ BPKAD/ Bapenda']],
      query: () => u('unit-organisasi-tiga-level').perangkatDaerah?.names,
      expected: ['Satpol PP', 'Dishub', 'Damkar', 'Disdik', 'BPKAD', 'Bapenda'],
    },
    {
      fact: 'BPBD: the Kepala Pelaksana, an administrator, appraises the Sekretaris Pelaksana, the Kepala Seksi and the JF Keterampilan, and leads the JF (Tabel 7.6)',
      says: [
        [
          729,
          729,
          'Kepala Pelaksana Kepala Pelaksana Sekretaris Pelaksana, Kepala Seksi, dan JF Keterampilan',
        ],
      ],
      query: () => {
        const x = u('bpbd');
        return [
          ...['sekretaris-pelaksana', 'kepala-seksi', 'jf-keterampilan'].map((id) =>
            names(appraisersOf(x, id)),
          ),
          names(unitLeadersOf(x, 'jf-keterampilan')),
          x.positions.find((p) => p.id === x.head)?.category,
        ];
      },
      expected: [
        ['Kepala Pelaksana'],
        ['Kepala Pelaksana'],
        ['Kepala Pelaksana'],
        ['Kepala Pelaksana'],
        'administrator',
      ],
    },
    {
      fact: 'Kecamatan: the Camat appraises the Lurah, the Lurah the Sekretaris Kelurahan, who appraises the Pelaksana (Tabel 7.7)',
      says: [
        [748, 748, 'Camat Camat Sekretaris, Kepala Seksi Kecamatan dan Lurah'],
        [752, 752, 'Lurah Sekretaris Kelurahan, Kepala Seksi Kelurahan'],
        [754, 754, 'Sekretaris Kelurahan Pelaksana'],
      ],
      query: () => {
        const x = u('kecamatan');
        return [
          names(appraisersOf(x, 'lurah')),
          names(appraisersOf(x, 'sekretaris-kelurahan')),
          names(appraisersOf(x, 'pelaksana-sekretaris-kelurahan')),
        ];
      },
      expected: [['Camat'], ['Lurah'], ['Sekretaris Kelurahan']],
    },
    {
      fact: 'Kecamatan: the Sekretaris Kecamatan appraises the JF Ahli Pertama (Tabel 7.7)',
      says: [[749, 749, 'Sekretaris Kecamatan Kepala Sub Bagian, JF Keterampilan dan JF Ahli Pertama']],
      query: () => names(appraisersOf(u('kecamatan'), 'jf-ahli-pertama-sekretaris-kecamatan')),
      expected: ['Sekretaris Kecamatan'],
    },
    {
      fact: 'Rumah Sakit Daerah: the Direktur appraises and leads the JF Keahlian (Madya dan Utama) and the Kepala Bidang (Tabel 7.8)',
      says: [[771, 771, 'Direktur Direktur Kepala Bagian, Kepala Bidang, JF Keahlian (Madya dan Utama)']],
      query: () => {
        const x = u('rsud');
        return [
          names(appraisersOf(x, 'jf-keahlian-madya-dan-utama')),
          names(appraisersOf(x, 'kepala-bidang')),
          names(unitLeadersOf(x, 'jf-keahlian-madya-dan-utama')),
        ];
      },
      expected: [['Direktur'], ['Direktur'], ['Direktur']],
    },
    {
      fact: 'Rumah Sakit Daerah: the Kepala Bidang appraises the JF Pertama/Muda (Tabel 7.8)',
      says: [
        [
          772,
          772,
          'Kepala Bagian, Kepala Bidang Kepala Sub Bagian, Kepala Seksi, JF Keterampilan dan JF Keahlian (Pertama dan Muda)',
        ],
      ],
      query: () => names(appraisersOf(u('rsud'), 'jf-keahlian-kepala-bidang')),
      expected: ['Kepala Bidang'],
    },
    {
      fact: 'Puskesmas: the Kepala Puskesmas appraises the JF Keahlian and the Kepala Sub Bagian TU (huruf j)',
      says: [
        [787, 787, 'Kepala Puskesmas Kepala Puskesmas Kepala Sub Bagian TU, JF Keahlian dan JF Keterampilan'],
      ],
      query: () => [
        names(appraisersOf(u('puskesmas'), 'jf-keahlian')),
        names(appraisersOf(u('puskesmas'), 'kepala-sub-bagian-tu')),
      ],
      expected: [['Kepala Puskesmas'], ['Kepala Puskesmas']],
    },
    {
      fact: 'UPTD: the Kepala Sub Bagian TU appraises the Pelaksana (Tabel 7.9)',
      says: [
        [
          806,
          806,
          'Kepala UPTD Kepala UPTD Kepala Sub Bagian TU, JF Keahlian (Pertama dan Muda) dan JF Keterampilan',
        ],
      ],
      query: () => names(appraisersOf(u('uptd'), 'pelaksana-kepala-sub-bagian-tu')),
      expected: ['Kepala Sub Bagian TU'],
    },
    {
      fact: 'UPTD: the "Bagaian" slip is flagged (Tabel 7.9)',
      says: [[807, 807, 'Kepala Sub Bagaian TU']],
      query: () => r.notes.some((n) => n.kind === 'slip' && n.cite.lines[0] <= 807 && n.cite.lines[1] >= 807),
      expected: true,
    },
    {
      fact: 'Kecamatan: the four Pelaksana of the table are told apart by the position they sit under (Tabel 7.7)',
      says: [[750, 755, 'Kepala Seksi Kelurahan Pelaksana']],
      query: () => {
        const x = u('kecamatan');
        const labels = x.positions
          .filter((p) => p.name === 'Pelaksana')
          .map((p) => positionChoiceLabel(x, p).under);
        return [labels.every((l) => l !== undefined), new Set(labels).size === labels.length];
      },
      expected: [true, true],
    },
  ];
  it.each(facts)('$fact', check);
});

describe('Surakarta: ketua tim and pengendali rules', () => {
  const facts: Fact[] = [
    {
      fact: "candidate Ketua Tim Kerja: proposed by the Pimpinan Unit Organisasi on the appraiser's advice, at most 3 (Pasal 15 ayat (3))",
      says: [
        [
          244,
          244,
          'diusulkan oleh Pimpinan Unit Organisasi berdasarkan pertimbangan Pejabat Penilai Kinerja maksimal 3 (tiga) orang',
        ],
      ],
      query: () => {
        const x = rule('usulan-calon-ketua-tim-kerja');
        return [
          x.subject,
          x.cite.lines,
          x.text.includes('Pimpinan Unit Organisasi'),
          x.text.includes('maksimal 3 (tiga) orang'),
        ];
      },
      expected: ['ketuaTim', [244, 244], true, true],
    },
    {
      fact: 'candidate Pengendali: proposed by the Pimpinan Unit Organisasi, at most 3 (Pasal 24 ayat (4))',
      says: [
        [
          399,
          399,
          'Calon Pengendali sebagaimana dimaksud pada ayat (2) diusulkan oleh Pimpinan Unit Organisasi maksimal 3 (tiga) orang',
        ],
      ],
      query: () => {
        const x = rule('usulan-calon-pengendali');
        return [x.subject, x.cite.lines, x.text.includes('maksimal 3 (tiga) orang')];
      },
      expected: ['pengendali', [399, 399], true],
    },
    {
      fact: 'both are set by the Sekretaris Daerah selaku Ketua Tim Penilai Kinerja (Pasal 15 ayat (4); Pasal 24 ayat (5))',
      says: [
        [245, 245, 'Ketua Tim Kerja ditetapkan oleh Sekretaris Daerah selaku Ketua Tim Penilai Kinerja'],
        [400, 400, 'Pengendali ditetapkan oleh Sekretaris Daerah selaku Ketua Tim Penilai Kinerja'],
      ],
      query: () =>
        ['penetapan-ketua-tim-kerja-oleh-sekda', 'penetapan-pengendali-oleh-sekda'].map((id) =>
          rule(id).text.includes('Sekretaris Daerah selaku Ketua Tim Penilai Kinerja'),
        ),
      expected: [true, true],
    },
    {
      fact: "... and the flows end with that step's decision (Pasal 15 ayat (4); Pasal 24 ayat (5))",
      says: [[245, 245, 'ditetapkan oleh Sekretaris Daerah selaku Ketua Tim Penilai Kinerja']],
      query: () =>
        ['penetapan-tim-ketua-tim-kerja', 'penetapan-tim-pengendali'].map((id) => {
          const f = flow(r, id);
          const decider = f.steps.find((s) => s.decision)!;
          return f.participants.find((p) => p.id === decider.actor)?.name;
        }),
      expected: [
        'Sekretaris Daerah selaku Ketua Tim Penilai Kinerja',
        'Sekretaris Daerah selaku Ketua Tim Penilai Kinerja',
      ],
    },
    {
      fact: 'a vacancy is filled at the latest in Januari, April, Juli or Oktober (Pasal 27 ayat (2))',
      says: [[424, 428, 'paling lambat di bulan Januari, April, Juli, Oktober']],
      query: () => {
        const x = rule('kekosongan-ketua-tim-pengendali');
        return [x.kind, x.cite.lines, x.text.includes('Januari, April, Juli, Oktober')];
      },
      expected: ['batasWaktu', [424, 428], true],
    },
    {
      fact: 'the Pengendali must come from the Unit Organisasi Pemilik Kinerja (Pasal 24 ayat (6))',
      says: [[401, 401, 'Pengendali wajib berasal dari Unit Organisasi Pemilik Kinerja']],
      query: () => {
        const x = rule('pengendali-dari-unit-pemilik-kinerja');
        return [x.kind, x.subject, x.text.includes('wajib berasal dari Unit Organisasi Pemilik Kinerja')];
      },
      expected: ['persyaratan', 'pengendali', true],
    },
    {
      fact: '... else at least a JF Ahli Muda from outside by mutasi (Pasal 24 ayat (2) dan ayat (7))',
      says: [
        [
          402,
          402,
          'minimal Pejabat Fungsional Keahlian jenjang muda dari luar unit organisasi atau luar instansi dengan mekanisme mutasi pegawai',
        ],
      ],
      query: () => [
        rule('pengendali-dari-luar-unit').text.includes('luar unit organisasi atau luar instansi'),
        rule('syarat-pengendali').text.includes('minimal Pejabat Fungsional Keahlian jenjang muda'),
      ],
      expected: [true, true],
    },
    {
      fact: 'the Ketua Tim Kerja: at most 1 year (Pasal 1 angka 26)',
      says: [[70, 70, 'dalam jangka waktu maksimal 1 (satu) tahun']],
      query: () => {
        const x = rule('masa-tugas-ketua-tim-kerja');
        return [x.kind, x.subject, x.text.includes('maksimal 1 (satu) tahun')];
      },
      expected: ['masaTugas', 'ketuaTim', true],
    },
    {
      fact: 'the Ketua Tim Kerja must come from the Unit Organisasi Pemilik Kinerja; the "diutamakan" wording elsewhere is flagged (Pasal 15 ayat (5); Pasal 19 ayat (3))',
      says: [
        [246, 246, 'Ketua Tim Kerja wajib berasal dari Unit Organisasi Pemilik Kinerja'],
        [305, 305, 'diutamakan berasal dari unit organisasi pemilik kinerja'],
      ],
      query: () => [
        rule('ketua-tim-dari-unit-pemilik-kinerja').text.includes(
          'wajib berasal dari Unit Organisasi Pemilik Kinerja',
        ),
        noteKind('conflict-asal-ketua-tim'),
      ],
      expected: [true, 'conflict'],
    },
    {
      fact: "the Sekretaris Daerah's setting and the unit leader's own appointment of a ketua tim disagree, and both are kept (Pasal 15 ayat (4); Lampiran IV angka 3.1.2 angka 2)",
      says: [
        [946, 946, 'dapat menunjuk salah satu pejabat fungsional atau pelaksana sebagai ketua tim kerja'],
      ],
      query: () => [noteKind('conflict-penetapan-ketua-tim'), rule('penunjukan-ketua-tim-oleh-puo').subject],
      expected: ['conflict', 'ketuaTim'],
    },
  ];
  it.each(facts)('$fact', check);
});

describe('Surakarta: flows', () => {
  const facts: Fact[] = [
    {
      fact: 'penunjukan lintas unit, main path: pemilik kinerja -> mitra kerja (cc Penilai) -> rekomendasi -> persetujuan -> surat penugasan -> JF (Lampiran IV angka 3.1 huruf b); 3.1.2 angka 2 huruf a-d; Pasal 17 ayat (4))',
      says: [
        [
          865,
          865,
          'mengirimkan surat permohonan tentang pelibatan Pejabat Fungsional dan/atau Pelaksana kepada Pimpinan Unit Organisasi mitra kerja dengan tembusan Pejabat Penilai Kinerja bersangkutan',
        ],
        [958, 958, 'setelah mendapat rekomendasi dari Pejabat Penilai Kinerja'],
        [866, 866, 'memberikan surat balasan berisi persetujuan dan rekomendasi'],
        [
          959,
          959,
          'Pejabat Fungsional atau pelaksana menyusun surat penugasan untuk disetujui oleh Pimpinan Unit Organisasi',
        ],
        [275, 275, 'memberikan surat penugasan kepada Pejabat Fungsional atau Pelaksana'],
        [960, 960, 'Pejabat Fungsional atau pelaksana menerima surat penugasan'],
      ],
      query: () => [
        ...walk('penunjukan-lintas-unit', [...next(2), 'keputusan.setujui', ...next(4)]),
        flow(r, 'penunjukan-lintas-unit').steps[0]!.cc,
      ],
      expected: [
        [
          'puo-pemilik>puo-mitra',
          'penilai>puo-mitra',
          'puo-mitra>',
          'puo-mitra>puo-pemilik',
          'jf>puo-mitra',
          'puo-mitra>jf',
          'jf>',
        ],
        'done',
        ['penilai'],
      ],
    },
    {
      fact: 'penunjukan lintas unit, refusal: a reply with reasons goes back to the Pimpinan Unit Organisasi Pemilik Kinerja (Lampiran IV angka 3.1 huruf b) angka 2); 3.1.2 angka 2 huruf e)',
      says: [
        [866, 866, 'atau penolakan yang disertai alasan kepada Pimpinan Unit Organisasi Pemilik Kinerja'],
        [961, 961, 'menjawab surat permohonan pelibatan tersebut disertai alasan'],
      ],
      query: () => walk('penunjukan-lintas-unit', [...next(2), 'keputusan.tolak', NEXT_EVENT]),
      expected: [
        ['puo-pemilik>puo-mitra', 'penilai>puo-mitra', 'puo-mitra>', 'puo-mitra>puo-pemilik'],
        'done',
      ],
    },
    {
      fact: 'penunjukan lintas instansi: pemilik kinerja -> Wali Kota u.p. Sekretaris Daerah -> instansi dituju -> surat balasan to the Wali Kota (Lampiran IV angka 3.1 huruf c))',
      says: [
        [
          874,
          874,
          'kepada Wali Kota u.p. Sekretaris Daerah dengan tembusan Pejabat Penilai Kinerja bersangkutan di instansinya',
        ],
        [
          875,
          875,
          'Sekretaris Daerah atas nama Wali Kota menyampaikan surat permohonan pelibatan Pejabat Fungsional dan/atau Pelaksana kepada Pejabat yang berwenang',
        ],
        [876, 876, 'Wali Kota menerima surat balasan dari Instansi Pemerintah lain'],
      ],
      query: () => [
        ...walk('penunjukan-lintas-instansi', [...next(2), 'keputusan.setujui', NEXT_EVENT]),
        flow(r, 'penunjukan-lintas-instansi').steps[0]!.cc,
      ],
      expected: [
        [
          'puo-pemilik>wali-kota,sekda',
          'sekda>pejabat-berwenang',
          'pejabat-berwenang>wali-kota',
          'wali-kota>',
        ],
        'done',
        ['penilai'],
      ],
    },
    {
      fact: 'penetapan Ketua Tim Kerja: Penilai advises, Pimpinan Unit Organisasi proposes, BKD runs it, Sekretaris Daerah sets, the Ketua makes a PK (Pasal 15 ayat (3)-(4); Pasal 30; Pasal 21 ayat (1))',
      says: [
        [244, 244, 'berdasarkan pertimbangan Pejabat Penilai Kinerja'],
        [463, 463, 'dilaksanakan oleh Perangkat Daerah yang membidangi kepegawaian'],
        [
          336,
          336,
          'Pejabat yang ditunjuk sebagai Ketua Tim Kerja diwajibkan membuat Perjanjian Kinerja (PK)',
        ],
      ],
      query: () => walk('penetapan-tim-ketua-tim-kerja', [...next(3), 'keputusan.setujui', NEXT_EVENT]),
      expected: [['penilai>puo', 'puo>pd-kepegawaian', 'pd-kepegawaian>sekda', 'sekda>', 'ketua>'], 'done'],
    },
    {
      fact: 'pertanggungjawaban tim kerja: anggota -> Ketua -> (melalui Pengendali) -> Pimpinan Unit Organisasi (Lampiran VI angka 2-3)',
      says: [
        [1146, 1146, 'anggota tim melaporkan pelaksanaan tugas kepada Ketua Tim Kerja'],
        [1147, 1147, 'kepada Pimpinan Unit Organisasi melalui Pejabat Penilai Kinerja atau Pengendali'],
      ],
      query: () => walk('pertanggungjawaban-tim-kerja', [NEXT_EVENT, 'jalur.pengendali', NEXT_EVENT]),
      expected: [['anggota>ketua', 'ketua>', 'pengendali>puo'], 'done'],
    },
    {
      fact: 'penunjukan individu, evaluasi: "tidak sesuai" sends the Kepala Unit to perbaikan and back to the Penilai\'s evaluation; "sesuai" ends it (Lampiran IV angka 3.1.1 angka 3 huruf a-c)',
      says: [
        [
          918,
          918,
          'Pejabat Penilai Kinerja melakukan evaluasi terhadap hasil pelaksanaan kegiatan individu untuk kemudian disampaikan kepada Pimpinan Unit Organisasi',
        ],
        [919, 919, 'dinyatakan selesai setelah Pimpinan Unit Organisasi menerima hasil pelaksanaan kegiatan'],
        [920, 920, 'tidak sesuai dengan target yang diharapkan maka Kepala Unit melakukan perbaikan'],
      ],
      query: () => {
        const id = 'mekanisme-kerja-umum-penunjukan-individu';
        const f = flow(r, id);
        const at = f.steps.findIndex((s) => s.id === 'evaluasi-hasil');
        const w = walkFlow(r, id, [...next(at + 1), 'hasil.tidakSesuai', ...next(2), 'hasil.sesuai']);
        return [w.seen.slice(at), w.status, f.participants.find((p) => p.id === 'kepala-unit')?.name];
      },
      expected: [['penilai>puo', 'puo>', 'kepala-unit>', 'penilai>puo', 'puo>'], 'done', 'Kepala Unit'],
    },
  ];
  it.each(facts)('$fact', check);
});

describe('Surakarta: audit 2026-12, one row per item', () => {
  const facts: Fact[] = [
    {
      fact: 'T5: Alur a makes the Administrator the appraiser, Tabel 7.1 the Kepala Badan/Dinas for JF Ahli Madya/Utama: both kept, flagged as a conflict',
      says: [
        [
          1027,
          1029,
          'Pejabat Administrator berperan sebagai Pejabat Penilai Kinerja, sementara Pejabat Pimpinan Tinggi Pratama sebagai Pimpinan Unit Organisasi',
        ],
        [655, 655, 'JF Ahli Madya dan Utama'],
      ],
      query: () => [
        names(appraisersOf(u('badan-dinas'), 'jf-ahli-madya-dan-utama')),
        rule('alur-unit-dipimpin-jpt-pratama').unitTypes?.includes('badan-dinas'),
        notesAbout(
          'badan-dinas/penilaianKinerja:kepala-badan-kepala-dinas->jf-ahli-madya-dan-utama',
          'conflict',
        ).map((n) => n.cite.lines),
      ],
      expected: [['Kepala Badan/ Kepala Dinas'], true, [[1027, 1029]]],
    },
    {
      fact: 'T6: Pasal 16 ayat (2) — penunjukan on the proposal of the Pimpinan Unit Organisasi as Pemilik Kinerja, set by the Pimpinan Unit Organisasi — is a flow of its own',
      says: [
        [
          258,
          258,
          'berdasarkan usulan Pimpinan Unit Organisasi selaku Pejabat Pemilik Kinerja atau oleh Pejabat yang diberi mandat',
        ],
        [265, 265, 'Penugasan sebagaimana dimaksud pada ayat (1) ditetapkan oleh Pimpinan Unit Organisasi'],
      ],
      query: () => walk('penunjukan-dalam-unit-usulan-pemilik-kinerja', next(3)),
      expected: [['pemilik>', 'puo>jf', 'jf>'], 'done'],
    },
    {
      fact: 'T6: ... beside Pasal 17 ayat (2), where the Pejabat Penilai Kinerja proposes and the Pimpinan Unit Organisasi appoints; the two are flagged as a conflict',
      says: [
        [
          273,
          273,
          'dilakukan secara langsung oleh Pimpinan Unit Organisasi atas usulan dari Pejabat Penilai Kinerja',
        ],
      ],
      query: () => [
        walk('penunjukan-dalam-unit', next(3)),
        notesAbout('penunjukan-dalam-unit-usulan-pemilik-kinerja', 'conflict').flatMap((n) => n.about),
      ],
      expected: [
        [['penilai>puo', 'puo>jf', 'jf>'], 'done'],
        ['penunjukan-dalam-unit', 'penunjukan-dalam-unit-usulan-pemilik-kinerja', 'definisi-penunjukan'],
      ],
    },
    {
      fact: 'Missing: a cross-unit team coordinates with other officials or teams when needed (Lampiran V huruf b angka 5)',
      says: [
        [
          1119,
          1119,
          'Bilamana diperlukan, tim kerja dalam melaksanakan tugasnya berkoordinasi dengan Pejabat lain atau tim kerja lain',
        ],
      ],
      query: () => walk('pelaksanaan-tugas-lintas-unit', ['kendala.tidakAda', NEXT_EVENT]),
      expected: [['tim>', 'tim>pihak-lain'], 'done'],
    },
    {
      fact: 'Missing: so does a cross-agency team, at every stage (Lampiran V huruf c angka 6-7)',
      says: [
        [
          1134,
          1134,
          'Bilamana diperlukan, tim kerja dalam melaksanakan tugasnya berkoordinasi dengan Pejabat lain atau tim kerja lain',
        ],
        [
          1135,
          1135,
          'Koordinasi tim kerja tersebut dilakukan pada tahap perencanaan, pelaksanaan, pemantauan, dan evaluasi',
        ],
      ],
      query: () => [
        walk('pelaksanaan-tugas-lintas-instansi', [
          'kendala.ada',
          NEXT_EVENT,
          'kolaborasi.tidakDiperlukan',
          NEXT_EVENT,
        ]),
        rule('koordinasi-tim-kerja-lintas-instansi').cite.lines,
      ],
      expected: [
        [['tim>', 'tim>puo-pemilik', 'puo-pemilik>tim', 'tim>pihak-lain'], 'done'],
        [1134, 1135],
      ],
    },
    {
      fact: 'Missing: in a team appointed by penunjukan, for collaboration, with coordination at every stage (Lampiran IV angka 3.1.2 angka 2 huruf a, e, f)',
      says: [
        [
          948,
          948,
          'memerlukan keterlibatan dan kolaborasi Pejabat Fungsional dan/atau pelaksana dalam unit organisasi',
        ],
        [952, 953, 'Koordinasi tim kerja tersebut dilakukan pada tahap perencanaan'],
      ],
      query: () => [
        rule('tim-kerja-untuk-kolaborasi').cite.lines,
        rule('koordinasi-tim-kerja-penunjukan-tim').cite.lines,
        step('mekanisme-kerja-umum-penunjukan-tim', 'koordinasi').cite.lines,
      ],
      expected: [
        [948, 948],
        [952, 953],
        [952, 952],
      ],
    },
    {
      fact: 'Missing: Pasal 17 ayat (3) — penunjukan across units goes by a request letter to the Pimpinan Unit Organisasi',
      says: [[274, 274, 'dilakukan melalui penyampaian surat permohonan kepada Pimpinan Unit Organisasi']],
      query: () => rule('penunjukan-lintas-unit-melalui-surat-permohonan').cite.lines,
      expected: [274, 275],
    },
    {
      fact: 'Missing: Pasal 18 ayat (2) — volunteering within the unit, orally to the Pimpinan Unit Organisasi',
      says: [
        [
          292,
          292,
          'menyampaikan secara lisan untuk dapat terlibat sebagai individu dan/atau anggota Tim Kerja',
        ],
      ],
      query: () => rule('pengajuan-sukarela-dalam-unit-tahapan').cite.lines,
      expected: [291, 293],
    },
    {
      fact: "Missing: Pasal 18 ayat (3) — volunteering across units, with the home unit leader's approval",
      says: [[295, 295, 'atas persetujuan Pimpinan Unit Organisasi bersangkutan']],
      query: () => rule('pengajuan-sukarela-lintas-unit-tahapan').cite.lines,
      expected: [294, 296],
    },
    {
      fact: 'Enactment: ditetapkan di Surakarta pada tanggal 6 Desember 2023',
      says: [[485, 486, 'Ditetapkan di Surakarta pada tanggal 6 Desember 2023']],
      query: () => [
        r.regulation.enacted?.place,
        r.regulation.enacted?.date,
        r.regulation.enacted?.cite.lines[0],
      ],
      expected: ['Surakarta', '2023-12-06', 485],
    },
    {
      fact: 'Enactment: diundangkan di Surakarta pada tanggal 6 Desember 2023',
      says: [[493, 494, 'Diundangkan di Surakarta pada tanggal 6 Desember 2023']],
      query: () => [
        r.regulation.promulgated?.place,
        r.regulation.promulgated?.date,
        r.regulation.promulgated?.cite.lines[0],
      ],
      expected: ['Surakarta', '2023-12-06', 493],
    },
    {
      fact: 'Enactment: Berita Daerah Kota Surakarta Tahun 2023 Nomor 56',
      says: [[501, 501, 'BERITA DAERAH KOTA SURAKARTA TAHUN 2023 NOMOR 56']],
      query: () => [r.regulation.gazette?.text, r.regulation.gazette?.cite.lines],
      expected: ['Berita Daerah Kota Surakarta Tahun 2023 Nomor 56', [501, 501]],
    },
    {
      fact: 'Enactment: mulai berlaku pada tanggal diundangkan (Pasal 32)',
      says: [[481, 481, 'Peraturan Wali Kota ini mulai berlaku pada tanggal diundangkan']],
      query: () => r.regulation.effective?.cite.lines,
      expected: [481, 481],
    },
    {
      fact: 'Drafting: Pasal 23 gives the Pemilik Kinerja the roadmap and the Penilai the activity plan, flagged',
      says: [
        [360, 360, 'menyusun dan menetapkan roadmap dan rencana kerja organisasi'],
        [369, 369, 'menyusun dan menetapkan rencana kegiatan'],
      ],
      query: () => notesAbout('tanggung-jawab-pemilik-kinerja', 'slip').length,
      expected: 1,
    },
    {
      fact: 'Drafting: PP 49/2018 cited as "Perjanjian Kinerja", flagged',
      says: [[30, 30, 'Manajemen Pegawai Pemerintah Dengan Perjanjian Kinerja']],
      query: () => r.notes.some((n) => n.kind === 'slip' && n.cite.lines[0] === 30),
      expected: true,
    },
    {
      fact: 'Drafting: JF Ahli Utama under the JPT, yet "guru utama" under the kepala sekolah, flagged',
      says: [
        [
          596,
          596,
          'Jabatan Fungsional Ahli Utama dan Jabatan Fungsional Ahli Madya berkedudukan di bawah Jabatan Pimpinan Tinggi Pratama',
        ],
        [598, 598, 'Jabatan Fungsional Ahli Utama (guru utama) berkedudukan di bawah'],
      ],
      query: () => notesAbout('kedudukan-guru-utama', 'conflict').length,
      expected: 1,
    },
    {
      fact: 'Drafting: the Inspektorat table names no appraiser of a JF Ahli Utama (Tabel 7.2)',
      says: [[638, 638, 'Sekretaris, Inspektur Pembantu, JF Madya']],
      query: () => notesAbout('inspektorat', 'silent').length,
      expected: 1,
    },
    {
      fact: 'Drafting: the BPBD table names JF Keterampilan only, none for JF Keahlian (Tabel 7.6)',
      says: [[729, 729, 'Sekretaris Pelaksana, Kepala Seksi, dan JF Keterampilan']],
      query: () => notesAbout('bpbd', 'silent').length,
      expected: 1,
    },
    {
      fact: 'Generic citations: a Pelaksana sits under the Kepala Sub Bagian by the table row, by the rule of Pasal 12 ayat (2)',
      says: [[622, 622, 'Kepala Sub Bagian Pelaksana']],
      query: () =>
        standing(rel('sekretariat-daerah', 'kedudukan', 'pelaksana-kepala-subbagian', 'kepala-subbagian')),
      expected: [[622, 622], 'derived', [186, 186]],
    },
    {
      fact: 'Generic citations: the Inspektorat JF Madya sits under the Inspektur by its table row, by Lampiran III angka 2.1 huruf a',
      says: [
        [596, 596, 'Jabatan Fungsional Ahli Madya berkedudukan di bawah Jabatan Pimpinan Tinggi Pratama'],
      ],
      query: () => standing(rel('inspektorat', 'kedudukan', 'jf-madya', 'inspektur')),
      expected: [[638, 638], 'derived', [596, 596]],
    },
    {
      fact: 'Undefined branch: a refused volunteer within the unit is supplied, with the note that the text is silent',
      says: [[1008, 1008, 'Apabila Pimpinan Unit Organisasi menyetujui']],
      query: () => {
        const b = step('pengajuan-sukarela-dalam-unit', 'putuskan').decision!.branches.find(
          (x) => x.event === 'keputusan.tolak',
        )!;
        return [b.next, b.basis?.kind, noteKind(b.basis?.note ?? '')];
      },
      expected: ['selesai', 'supplied', 'silent'],
    },
    {
      fact: 'Passive steps: the planning steps of an individual penunjukan name no actor; supplied, with the note',
      says: [[894, 894, 'Melihat gambaran keseluruhan organisasi']],
      query: () => {
        const s = step('mekanisme-kerja-umum-penunjukan-individu', 'lihat-gambaran-organisasi');
        return [s.basis?.kind, noteKind(s.basis?.note ?? '')];
      },
      expected: ['supplied', 'interpretation'],
    },
    {
      fact: 'Levels: Badan/Dinas, head + Sekretaris/Kepala Bidang + Kepala Sub Bagian/Sub Bidang (Tabel 7.1)',
      says: [[658, 658, 'Kepala Sub Bagian/ Kepala Sub Bidang']],
      query: () => u('badan-dinas').levels,
      expected: [3],
    },
    {
      fact: 'Levels: Dinas/Badan "satu level" on its core business, but with a Sekretaris and a Kepala Sub Bagian (Tabel 7.2 kedua)',
      says: [[673, 674, 'Sekretaris Kepala Sub Bagian']],
      query: () => u('dinas-badan-satu-level').levels,
      expected: [3],
    },
    {
      fact: 'Levels: UPTD, "bisnis utama 1 level dengan kepala Sub Bagian TU" (huruf k)',
      says: [[799, 799, 'Dengan bisnis utama 1 level dengan kepala Sub Bagian TU']],
      query: () => u('uptd').levels,
      expected: [2],
    },
    {
      fact: 'One vocabulary: the Rumah Sakit Daerah is rsud, keeping its old id',
      says: [[764, 764, 'Unit Organisasi pada Rumah Sakit Daerah']],
      query: () => u('rsud').formerIds,
      expected: ['rumah-sakit-daerah'],
    },
    {
      fact: 'One vocabulary: the stages of Pasal 13 ayat (3) are a pengelolaanKinerja flow, keeping its old id',
      says: [[209, 212, 'penyusunan dan penetapan perjanjian kinerja']],
      query: () => {
        const f = flow(r, 'pengelolaan-kinerja-tahapan-penugasan');
        return [f.kind, f.formerIds];
      },
      expected: ['pengelolaanKinerja', ['tahapan-penugasan']],
    },
    {
      fact: 'One vocabulary: the same provision, the same rule subject — the Perjanjian Kinerja before the year is pengelolaanKinerja, as in Semarang',
      says: [[842, 842, 'sebelum tahun pelaksanaan penugasan kegiatan']],
      query: () => {
        const semarang = region('semarang').rules.find(
          (x) => x.id === 'perjanjian-kinerja-sebelum-tahun-pelaksanaan',
        )!;
        const x = rule('perjanjian-kinerja-pelaksana-kegiatan');
        return [x.kind, x.subject, x.kind === semarang.kind && x.subject === semarang.subject];
      },
      expected: ['batasWaktu', 'pengelolaanKinerja', true],
    },
    {
      fact: 'One vocabulary: no departure from the conventions the lint can check (note ids, kelompok ids, flow ids, levels)',
      says: [[34, 34, 'PERATURAN WALI KOTA TENTANG SISTEM KERJA PADA PEMERINTAH KOTA SURAKARTA']],
      query: () => conventionWarnings(r),
      expected: [],
    },
    {
      fact: 'Province: Jawa Tengah',
      says: [[8, 8, 'PROVINSI JAWA TENGAH']],
      query: () => r.province,
      expected: 'Jawa Tengah',
    },
    {
      fact: 'Offices: "Dinas Perhubungan" and "Dishub" find the 3-level unit (Tabel 7.5)',
      says: [[708, 708, 'Kepala Satpol PP/ Dishub']],
      query: () => [office('Dinas Perhubungan'), office('Dishub')],
      expected: [['unit-organisasi-tiga-level'], ['unit-organisasi-tiga-level']],
    },
    {
      fact: 'Offices: "Camat" finds the Kecamatan, "Lurah" too (Tabel 7.7)',
      says: [[748, 748, 'Camat Camat Sekretaris, Kepala Seksi Kecamatan dan Lurah']],
      query: () => [office('Camat'), office('Lurah')],
      expected: [['kecamatan'], ['kecamatan']],
    },
    {
      fact: "Offices: a Dinas the text does not type may be Badan/Dinas or satu level; each carries the text's criterion",
      says: [
        [
          667,
          667,
          'Unit Organisasi satu level pada bisnis utama yang dipimpin oleh Pejabat Pimpinan Tinggi Pratama di Dinas/Badan',
        ],
      ],
      query: () => office('Dinkes')?.map((id) => [id, u(id).criterion?.cite.lines]),
      expected: [
        ['badan-dinas', [657, 657]],
        ['dinas-badan-satu-level', [1033, 1033]],
      ],
    },
    {
      fact: 'Offices: at least 40 names officials type, counting aliases',
      says: [[650, 650, 'yang meliputi Badan dan Dinas Pemerintah Kota Surakarta']],
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

describe('Surakarta: Posisi saya', () => {
  const facts: Fact[] = [
    {
      fact: 'JF Madya at the Inspektorat: appraised and led by the Inspektur, placed under it (Tabel 7.2; Lampiran III angka 2.1 huruf a)',
      says: [
        [596, 596, 'Jabatan Fungsional Ahli Madya berkedudukan di bawah Jabatan Pimpinan Tinggi Pratama'],
      ],
      query: () => {
        const a = answerFor(r, u('inspektorat'), 'jf-madya')!;
        return [names(a.appraisers), names(a.unitLeaders), names(a.placedUnder)];
      },
      expected: [['Inspektur'], ['Inspektur'], ['Inspektur']],
    },
    {
      fact: 'JF Madya at the Inspektorat: team-lead rules shown (Pasal 15, 24, 27)',
      says: [[245, 245, 'Ketua Tim Kerja ditetapkan oleh Sekretaris Daerah']],
      query: () => {
        const ids = answerFor(r, u('inspektorat'), 'jf-madya')!.teamLead.rules.map((x) => x.id);
        return [
          'usulan-calon-ketua-tim-kerja',
          'penetapan-ketua-tim-kerja-oleh-sekda',
          'usulan-calon-pengendali',
          'pengendali-dari-unit-pemilik-kinerja',
          'kekosongan-ketua-tim-pengendali',
        ].filter((id) => !ids.includes(id));
      },
      expected: [],
    },
    {
      fact: 'JF Madya at the Inspektorat: assignment flows for every scope the text gives (Pasal 17 ayat (1))',
      says: [[270, 272, 'lintas Instansi Pemerintah']],
      query: () => answerFor(r, u('inspektorat'), 'jf-madya')!.assignmentFlows.map((g) => g.scope),
      expected: ['dalamUnit', 'lintasUnit', 'lintasInstansi'],
    },
    {
      fact: 'Ketua Tim Kerja at a Dinas/Badan satu level: coordinated by the Pengendali, reports to it or the Kepala Dinas/Badan (Pasal 24 ayat (1); Pasal 26 ayat (3) huruf b)',
      says: [
        [
          419,
          419,
          'Ketua Tim Kerja selanjutnya melaporkan pelaksanaan tugas Tim Kerja kepada Pimpinan Unit Organisasi melalui Pejabat Penilai Kinerja atau Pengendali',
        ],
      ],
      query: () => {
        const a = answerFor(r, u('dinas-badan-satu-level'), 'ketua-tim-kerja')!;
        return [
          names(a.coordinators),
          names(a.reportsTo).sort(),
          names(a.appraisers),
          names(a.unitLeaders),
          a.teamLead.namedAs.map((x) => x.relation.as),
          a.reportingFlows.some((f) => f.id === 'pertanggungjawaban-tim-kerja'),
        ];
      },
      expected: [
        ['Pengendali'],
        ['Kepala Dinas/Badan', 'Pengendali'],
        ['Kepala Dinas/Badan'],
        ['Kepala Dinas/Badan'],
        ['ketuaTim'],
        true,
      ],
    },
    {
      fact: 'Pelaksana under a Sekretaris Kelurahan at a Kecamatan: appraised by and placed under the Sekretaris Kelurahan, Camat as Pimpinan Unit Organisasi (Tabel 7.7)',
      says: [
        [747, 747, 'Pemilik Kinerja/ Pimpinan Unit Organisasi'],
        [748, 748, 'Camat Camat'],
        [754, 754, 'Sekretaris Kelurahan Pelaksana'],
      ],
      query: () => {
        const a = answerFor(r, u('kecamatan'), 'pelaksana-sekretaris-kelurahan')!;
        return [
          names(a.appraisers),
          names(a.placedUnder),
          names(a.unitLeaders),
          a.nearestRules.some((x) => x.id === 'alur-kecamatan'),
        ];
      },
      expected: [['Sekretaris Kelurahan'], ['Sekretaris Kelurahan'], ['Camat'], true],
    },
    {
      fact: 'JF Ahli Madya at the Sekretariat Daerah: appraised by the Asisten, its special reporting flow applies there only (Pasal 28 ayat (3); Lampiran VI angka 1 huruf b)',
      says: [
        [
          441,
          441,
          'Penilaian kinerja JF Madya pada Sekretariat Daerah dilaksanakan oleh Pejabat Penilai Kinerja dengan pertimbangan Kepala Bagian',
        ],
      ],
      query: () => {
        const a = answerFor(r, u('sekretariat-daerah'), 'jf-ahli-madya')!;
        const other = answerFor(r, u('inspektorat'), 'jf-madya')!;
        const special = 'pertanggungjawaban-jf-madya-sekretariat-daerah';
        return [
          names(a.appraisers),
          a.reportingFlows.some((f) => f.id === special),
          other.reportingFlows.some((f) => f.id === special),
        ];
      },
      expected: [['Asisten Sekretaris Daerah'], true, false],
    },
  ];
  it.each(facts)('$fact', check);
});
