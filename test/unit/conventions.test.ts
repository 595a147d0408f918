/**
 * The conventions lint (docs/data-format.md, "Conventions"): each case states the convention's
 * own example and checks that a departure from it is named by path, and that conforming data
 * gives no warning.
 */
import { describe, expect, it } from 'vitest';
import { conventionWarnings } from '../../src/data/conventions';
import type { RegionData } from '../../src/data/schema';
import { fixture } from './fixture';

type Unit = RegionData['unitTypes'][number];
type Position = Unit['positions'][number];

/** The fixture brought to the conventions, then changed by `mutate`. */
function warningsOf(mutate: (r: RegionData) => void = () => {}): string[] {
  const r = fixture();
  r.notes[0]!.id = 'slip-nomor-lampiran';
  r.flows[0]!.id = 'penunjukan-lintas-perangkat-daerah';
  const unit = r.unitTypes[0]!;
  renameKelompok(unit, 'kelompok', 'kelompok-jf-pelaksana');
  mutate(r);
  return conventionWarnings(r).map((w) => `${w.path}: ${w.message}`);
}

function renameKelompok(unit: Unit, from: string, to: string): void {
  for (const p of unit.positions) {
    if (p.id === from) p.id = to;
    if (p.group === from) p.group = to;
  }
  for (const rel of unit.relations) {
    if (rel.from === from) rel.from = to;
    if (rel.to === from) rel.to = to;
  }
}

const position = (id: string, category: Position['category'], group?: string): Position =>
  ({ id, name: id, category, ...(group ? { group } : {}) }) as Position;

const kedudukan = (unit: Unit, from: string, to: string) =>
  unit.relations.push({ kind: 'kedudukan', from, to, cite: structuredClone(unit.cite) });

describe('conventionWarnings', () => {
  it('is silent on a region that follows every convention', () => {
    expect(warningsOf()).toEqual([]);
  });

  it('note ids begin with their kind', () => {
    expect(warningsOf((r) => (r.notes[0]!.id = 'nomor-lampiran'))).toEqual([
      '$.notes[0].id: id catatan berjenis slip diawali "slip-" ("nomor-lampiran")',
    ]);
    // Another language's word for the kind is not the kind.
    expect(
      warningsOf((r) => Object.assign(r.notes[0]!, { id: 'tafsir-nomor', kind: 'interpretation' })),
    ).toEqual([
      '$.notes[0].id: id catatan berjenis interpretation diawali "interpretation-" ("tafsir-nomor")',
    ]);
  });

  it('a JF + pelaksana group is kelompok-jf-pelaksana[-<where>]; a JF-only group kelompok-jf[-<where>]', () => {
    expect(
      warningsOf((r) => renameKelompok(r.unitTypes[0]!, 'kelompok-jf-pelaksana', 'kelompok-administrator')),
    ).toEqual([
      '$.unitTypes[0].positions[2].id: id kelompok JF dan pelaksana adalah "kelompok-jf-pelaksana" atau "kelompok-jf-pelaksana-<tempat>" ("kelompok-administrator")',
    ]);
    expect(
      warningsOf((r) =>
        renameKelompok(r.unitTypes[0]!, 'kelompok-jf-pelaksana', 'kelompok-jf-pelaksana-sekretariat'),
      ),
    ).toEqual([]);
    // Without its pelaksana the group is JF only: kelompok-jf (the text may still name the
    // pelaksana, so kelompok-jf-pelaksana stands too), never an id after its superior.
    const jfOnly = (r: RegionData) => {
      const u = r.unitTypes[0]!;
      u.positions = u.positions.filter((p) => p.category !== 'pelaksana');
      u.relations = u.relations.filter((rel) => rel.from !== 'pelaksana' && rel.to !== 'pelaksana');
    };
    expect(warningsOf(jfOnly)).toEqual([]);
    expect(
      warningsOf((r) => {
        jfOnly(r);
        renameKelompok(r.unitTypes[0]!, 'kelompok-jf-pelaksana', 'kelompok-kepala-bidang');
      }),
    ).toEqual([
      '$.unitTypes[0].positions[2].id: id kelompok JF adalah "kelompok-jf" atau "kelompok-jf-<tempat>" ("kelompok-kepala-bidang")',
    ]);
    expect(
      warningsOf((r) => {
        jfOnly(r);
        renameKelompok(r.unitTypes[0]!, 'kelompok-jf-pelaksana', 'kelompok-jf');
      }),
    ).toEqual([]);
  });

  it('a flow id begins with its kind, then its scope, in kebab case', () => {
    expect(warningsOf((r) => (r.flows[0]!.id = 'penugasan-lintas-pd'))).toEqual([
      '$.flows[0].id: id alur berjenis penunjukan (lintasPerangkatDaerah) diawali "penunjukan-lintas-perangkat-daerah" ("penugasan-lintas-pd")',
    ]);
    expect(warningsOf((r) => (r.flows[0]!.id = 'penunjukan-lintas-perangkat-daerah-tim'))).toEqual([]);
    // A prefix must end at a word boundary.
    expect(warningsOf((r) => (r.flows[0]!.id = 'penunjukan-lintas-perangkat-daerahx'))).toHaveLength(1);
    expect(
      warningsOf((r) =>
        Object.assign(r.flows[0]!, {
          id: 'mekanisme-kerja-dua-level',
          kind: 'mekanismeKerja',
          scope: undefined,
        }),
      ),
    ).toEqual([]);
    expect(
      warningsOf((r) =>
        Object.assign(r.flows[0]!, { id: 'tahapan-penugasan', kind: 'mekanismeKerja', scope: undefined }),
      ),
    ).toEqual([
      '$.flows[0].id: id alur berjenis mekanismeKerja diawali "mekanisme-kerja" ("tahapan-penugasan")',
    ]);
  });

  it('levels: head + Administrator (+ kelompok) = [2]', () => {
    // The fixture: Kepala (JPT) over an Administrator over the kelompok.
    expect(warningsOf((r) => (r.unitTypes[0]!.levels = [1]))).toEqual([
      '$.unitTypes[0].levels: levels [1]: rantai kedudukan jabatan struktural sepanjang 2 level',
    ]);
    expect(warningsOf((r) => (r.unitTypes[0]!.levels = [3]))).toEqual([
      '$.unitTypes[0].levels: levels [3]: hanya 2 jabatan struktural termasuk pimpinan',
    ]);
  });

  it('levels: head + JF only = [1]', () => {
    const headAndJf = (r: RegionData) => {
      const u = r.unitTypes[0]!;
      u.positions = u.positions.filter((p) => p.category !== 'administrator');
      u.relations = u.relations.filter((rel) => rel.from !== 'administrator' && rel.to !== 'administrator');
      kedudukan(u, 'kelompok-jf-pelaksana', 'kepala');
    };
    expect(warningsOf((r) => (headAndJf(r), (r.unitTypes[0]!.levels = [2])))).toEqual([
      '$.unitTypes[0].levels: levels [2]: pimpinan dengan JF/pelaksana saja adalah [1]',
    ]);
    expect(warningsOf((r) => (headAndJf(r), (r.unitTypes[0]!.levels = [1])))).toEqual([]);
  });

  it('levels: head + Administrator + Pengawas = [3]; "2 (dua) level dan 3 (tiga) level" = [2, 3]', () => {
    const withPengawas = (r: RegionData) => {
      const u = r.unitTypes[0]!;
      u.positions.push(position('pengawas', 'pengawas'));
      kedudukan(u, 'pengawas', 'administrator');
    };
    expect(warningsOf((r) => (withPengawas(r), (r.unitTypes[0]!.levels = [2])))).toEqual([
      '$.unitTypes[0].levels: levels [2]: rantai kedudukan jabatan struktural sepanjang 3 level',
    ]);
    expect(warningsOf((r) => (withPengawas(r), (r.unitTypes[0]!.levels = [3])))).toEqual([]);
    expect(warningsOf((r) => (withPengawas(r), (r.unitTypes[0]!.levels = [2, 3])))).toEqual([]);
  });

  it('levels: where the text calls a position under the head "Pejabat level I", the count starts there', () => {
    // A Sekretariat Daerah: the text counts "2 (dua) level" from the Asisten; the Sekretaris Daerah
    // above it is the head of the data's chart.
    const withSekda = (r: RegionData) => {
      const u = r.unitTypes[0]!;
      u.positions.unshift(position('sekretaris-daerah', 'jpt'));
      u.positions.find((p) => p.id === 'kepala')!.level = 1;
      kedudukan(u, 'kepala', 'sekretaris-daerah');
      u.head = 'sekretaris-daerah';
    };
    expect(warningsOf((r) => (withSekda(r), (r.unitTypes[0]!.levels = [2])))).toEqual([]);
    expect(warningsOf((r) => (withSekda(r), (r.unitTypes[0]!.levels = [3])))).toEqual([
      '$.unitTypes[0].levels: levels [3]: hanya 2 jabatan struktural termasuk pimpinan',
    ]);
    // The head may carry level I too (a Sekretaris Daerah of a kota is JPT Pratama like its Asisten).
    expect(
      warningsOf((r) => {
        withSekda(r);
        r.unitTypes[0]!.positions[0]!.level = 1;
        r.unitTypes[0]!.levels = [3];
      }),
    ).toEqual(['$.unitTypes[0].levels: levels [3]: hanya 2 jabatan struktural termasuk pimpinan']);
    // Without the text's numbering the head counts: Sekretaris Daerah, Kepala, Administrator.
    expect(
      warningsOf((r) => {
        withSekda(r);
        delete r.unitTypes[0]!.positions.find((p) => p.id === 'kepala')!.level;
        r.unitTypes[0]!.levels = [2];
      }),
    ).toEqual(['$.unitTypes[0].levels: levels [2]: rantai kedudukan jabatan struktural sepanjang 3 level']);
  });

  it('levels: a structural position whose kedudukan the text does not give still makes at least [2]', () => {
    const u = (r: RegionData) => r.unitTypes[0]!;
    const loose = (r: RegionData) => {
      u(r).relations = u(r).relations.filter((rel) => rel.from !== 'administrator');
      u(r).levels = [1];
    };
    expect(warningsOf(loose)).toEqual([
      '$.unitTypes[0].levels: levels [1]: ada jabatan struktural di bawah pimpinan, jadi paling sedikit 2 level',
    ]);
  });
});
