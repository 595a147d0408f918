import { describe, expect, it } from 'vitest';
import { validateRegion, validateRegionText } from '../../src/data/validate';
import { readSources } from '../../scripts/sources';
import { fixture, fixtureText } from './fixture';

const FILE = 'data/regions/minimal.json';
const sources = readSources();

function issuesOf(mutate: (r: ReturnType<typeof fixture>) => void) {
  const region = fixture();
  mutate(region);
  const result = validateRegion(region, FILE, { sources });
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('validateRegion', () => {
  it('accepts the minimal region with every quote found in its source', () => {
    const result = validateRegionText(fixtureText(), FILE, { sources });
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('names the file and JSON path of a missing field', () => {
    const result = validateRegion({ ...fixture(), regulation: undefined }, FILE);
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ file: FILE, path: '$.regulation' });
  });

  it('rejects unknown keys (typos) by name', () => {
    expect(issuesOf((r) => Object.assign(r.unitTypes[0]!, { posisi: [] }))).toEqual([
      '$.unitTypes[0].posisi: kunci "posisi" tidak dikenal',
    ]);
  });

  it('rejects an id that is not kebab-case', () => {
    expect(issuesOf((r) => (r.unitTypes[0]!.id = 'Dua Level'))[0]).toMatch(
      /^\$\.unitTypes\[0\]\.id: id harus kebab-case/,
    );
  });

  it('finds duplicate ids', () => {
    expect(issuesOf((r) => (r.unitTypes[0]!.positions[1]!.id = 'kepala'))).toContain(
      '$.unitTypes[0].positions[1].id: id jabatan "kepala" dipakai lebih dari sekali',
    );
  });

  it('finds relations to missing positions', () => {
    expect(issuesOf((r) => (r.unitTypes[0]!.relations[0]!.to = 'sekretaris'))).toContain(
      '$.unitTypes[0].relations[0].to: jabatan "sekretaris" tidak ada di positions',
    );
  });

  it('requires "as" on koordinasi relations', () => {
    expect(issuesOf((r) => (r.unitTypes[0]!.relations[2]!.kind = 'koordinasi'))).toContain(
      '$.unitTypes[0].relations[2].as: relasi koordinasi perlu "as" (ketuaTim, pengendali atau pelaksanaKoordinasi)',
    );
  });

  it('finds a group member whose group is not a kelompok', () => {
    expect(issuesOf((r) => (r.unitTypes[0]!.positions[3]!.group = 'kepala'))).toContain(
      '$.unitTypes[0].positions[3].group: "kepala" bukan jabatan berkategori kelompok',
    );
  });

  it('finds a branch to a missing step and the steps it strands', () => {
    const issues = issuesOf((r) => (r.flows[0]!.steps[1]!.decision!.branches[1]!.next = 'banding'));
    expect(issues).toContain(
      '$.flows[0].steps[1].decision.branches[1].next: langkah tujuan "banding" tidak ada di alur ini',
    );
    expect(issues).toContain(
      '$.flows[0].steps[2]: langkah "surat-jawaban" tidak dapat dicapai dari langkah pertama',
    );
  });

  it('finds a dead end (a loop with no way to selesai)', () => {
    const issues = issuesOf((r) => (r.flows[0]!.steps[4]!.next = 'terima'));
    expect(issues).toContain('$.flows[0].steps[4]: langkah "terima" buntu: tidak ada jalan ke "selesai"');
  });

  it('finds an actor who is not a participant', () => {
    expect(issuesOf((r) => (r.flows[0]!.steps[0]!.actor = 'bupati'))).toContain(
      '$.flows[0].steps[0].actor: pihak "bupati" tidak ada di participants alur ini',
    );
  });

  it('finds a quote that is not in the cited lines', () => {
    const issues = issuesOf((r) => (r.unitTypes[0]!.cite.lines = [1, 3]));
    expect(issues).toEqual([
      '$.unitTypes[0].cite.quote: kutipan tidak ditemukan di 000_f84abf6e478b4619.txt baris 1-3: "terdiri atas 2 (dua) level"',
    ]);
  });

  it('finds a line range past the end of the source', () => {
    expect(issuesOf((r) => (r.rules[0]!.cite.lines = [900, 901]))).toEqual([
      '$.rules[0].cite.lines: baris 900-901 melewati akhir berkas (839 baris)',
    ]);
  });

  it('finds form placeholders without fields and fields never used', () => {
    const issues = issuesOf((r) => (r.forms[0]!.template = ['Nomor: {{nmor}}']));
    expect(issues).toContain('$.forms[0].template[0]: isian "{{nmor}}" tidak ada di daftar fields');
    expect(issues).toContain('$.forms[0].fields[0]: isian "nomor" tidak dipakai di template');
  });

  it('checks that the file name and region id agree', () => {
    const result = validateRegion(fixture(), 'data/regions/lain.json');
    expect(result.issues).toContainEqual({
      file: 'data/regions/lain.json',
      path: '$.id',
      message: 'id wilayah "minimal" tidak sama dengan nama berkas "lain.json"',
    });
  });

  it('reports JSON syntax errors with line and column', () => {
    const result = validateRegionText('{\n  "id": "x",\n  oops\n}', FILE);
    expect(result.ok).toBe(false);
    expect(result.issues[0]!.message).toMatch(/bukan JSON yang sah: .*\(baris 3, kolom 3\): “▮oops”$/);
    // A long line is cut around the place, and the place marked.
    const long = validateRegionText(`{"id": "${'a'.repeat(80)}" "b": 1}`, FILE);
    expect(long.issues[0]!.message).toMatch(/: “…a{38}" ▮"b": 1}”$/);
  });

  it('refuses files that are too large or too deep without parsing them fully', () => {
    expect(validateRegionText('x'.repeat(11), FILE, { maxChars: 10 }).issues[0]!.message).toMatch(
      /terlalu besar/,
    );
    const deep = '['.repeat(100) + ']'.repeat(100);
    expect(validateRegionText(deep, FILE).issues[0]!.message).toMatch(/terlalu dalam/);
  });
});

describe('cycles', () => {
  it('finds a position placed, through others, under itself', () => {
    const region = fixture();
    const unit = region.unitTypes[0]!;
    unit.relations.push({ kind: 'kedudukan', from: 'kepala', to: 'kelompok', cite: unit.cite });
    const result = validateRegion(region, 'data/regions/minimal.json');
    expect(result.issues.map((i) => `${i.path}: ${i.message}`)).toContain(
      '$.unitTypes[0].relations[1]: kedudukan melingkar: administrator → kepala → kelompok → administrator',
    );
  });
});

describe('basis, offices and former ids', () => {
  const cite = () => structuredClone(fixture().unitTypes[0]!.cite);

  it('a derived item must cite the general rule it follows from', () => {
    expect(issuesOf((r) => (r.unitTypes[0]!.relations[0]!.basis = { kind: 'derived' }))).toContain(
      '$.unitTypes[0].relations[0].basis: basis "derived" perlu "cite": ketentuan umum yang menjadi dasarnya',
    );
    expect(
      issuesOf((r) => (r.unitTypes[0]!.relations[0]!.basis = { kind: 'derived', cite: cite() })),
    ).toEqual([]);
  });

  it('a supplied item must name a silent or interpretation note', () => {
    expect(issuesOf((r) => (r.flows[0]!.steps[0]!.basis = { kind: 'supplied' }))).toContain(
      '$.flows[0].steps[0].basis: basis "supplied" perlu "note": catatan silent/interpretation yang menjelaskannya',
    );
    // The fixture's only note is a slip: not an explanation of what was supplied.
    expect(
      issuesOf((r) => (r.flows[0]!.steps[0]!.basis = { kind: 'supplied', note: 'nomor-lampiran' })),
    ).toContain(
      '$.flows[0].steps[0].basis.note: catatan "nomor-lampiran" harus berjenis silent atau interpretation',
    );
    expect(
      issuesOf((r) => (r.flows[0]!.steps[0]!.basis = { kind: 'supplied', note: 'tidak-ada' })),
    ).toContain('$.flows[0].steps[0].basis.note: catatan "tidak-ada" tidak ada di notes');
  });

  it('an office is either cited or marked as a common name, and names existing unit types', () => {
    expect(issuesOf((r) => (r.offices = [{ name: 'Dinas Contoh', unitTypes: ['dua-level'] }]))).toContain(
      '$.offices[0]: nama kantor perlu tepat satu dari "cite" (nama dari teks) atau "common": true (nama umum, bukan dari teks)',
    );
    expect(
      issuesOf((r) => (r.offices = [{ name: 'Dinas Contoh', unitTypes: ['tiga-level'], common: true }])),
    ).toContain('$.offices[0].unitTypes[0]: tipe unit "tiga-level" tidak ada di berkas ini');
    expect(
      issuesOf(
        (r) =>
          (r.offices = [
            { name: 'Dinas Contoh', aliases: ['Dinco'], unitTypes: ['dua-level'], common: true },
          ]),
      ),
    ).toEqual([]);
  });

  it('a former id may not name a current unit type or flow', () => {
    expect(issuesOf((r) => (r.flows[0]!.formerIds = ['penunjukan-lintas-pd']))).toContain(
      '$.flows[0].formerIds[0]: id lama alur "penunjukan-lintas-pd" sudah dipakai',
    );
  });
});
