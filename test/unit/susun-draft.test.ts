/** Susun: drafts, starting from a bundled region's structure, the region file, and quotes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkDraft,
  fromRegionStructure,
  isMissing,
  regionFileText,
  toRegion,
  uncited,
  uniqueId,
  type DraftRegion,
} from '../../src/authoring/draft';
import { proposeQuote } from '../../src/authoring/quote';
import { splitLines } from '../../src/authoring/lines';
import { previewFlow, previewUnit } from '../../src/authoring/preview';
import { checkCitations } from '../../src/data/citations';
import { validateRegionText } from '../../src/data/validate';
import { DATA_DIR, readSources } from '../../scripts/sources';
import type { RegionData } from '../../src/data/schema';

const sources = readSources();
const load = (id: string) =>
  JSON.parse(readFileSync(join(DATA_DIR, 'regions', `${id}.json`), 'utf8')) as RegionData;

describe("Susun: start from a bundled region's structure", () => {
  const semarang = load('semarang');
  const draft = fromRegionStructure(semarang, 'kab-contoh.txt');

  it('keeps every unit type, position, relation, flow and step', () => {
    expect(draft.unitTypes.map((u) => u.id)).toEqual(semarang.unitTypes.map((u) => u.id));
    expect(draft.unitTypes.map((u) => u.positions.length)).toEqual(
      semarang.unitTypes.map((u) => u.positions.length),
    );
    expect(draft.unitTypes.map((u) => u.relations.length)).toEqual(
      semarang.unitTypes.map((u) => u.relations.length),
    );
    expect(draft.flows.map((f) => f.steps.map((s) => s.id))).toEqual(
      semarang.flows.map((f) => f.steps.map((s) => s.id)),
    );
    expect(draft.name).toBe('');
    expect(draft.rules).toEqual([]);
  });

  it('clears every citation and marks it to re-cite with its old locator', () => {
    const text = JSON.stringify(draft);
    expect(text).not.toContain('"quote"');
    const missing = uncited(draft);
    const position = missing.find((m) => m.path === '$.unitTypes[0].positions[0].cite');
    expect(position?.was).toBe(semarang.unitTypes[0]!.positions[0]!.cite.locator);
    expect(isMissing(draft.unitTypes[0]!.cite)).toBe(true);
  });

  it('the check lists every missing citation and nothing else wrong with the structure', () => {
    const issues = checkDraft(draft, 'teks');
    const other = issues.filter((i) => !i.message.startsWith('belum dikutip'));
    // The region's own facts are left blank for the new text: name, number, date.
    expect(other.map((i) => i.path).sort()).toEqual(['$.name', '$.regulation.date', '$.regulation.number']);
    expect(issues.filter((i) => i.message.startsWith('belum dikutip')).length).toBe(uncited(draft).length);
  });

  it('previews every unit type and flow of the structure', () => {
    draft.unitTypes.forEach((u, i) =>
      expect(previewUnit(draft, i)?.positions.length).toBe(u.positions.length),
    );
    draft.flows.forEach((f, i) => expect(previewFlow(draft, i), f.id).toMatchObject({ ok: true }));
  });
});

describe('Susun: the region file', () => {
  it('a bundled region read as a draft is written back as the same region', () => {
    const kaltim = load('kaltim');
    const back = JSON.parse(regionFileText(kaltim as DraftRegion)) as Record<string, unknown>;
    delete back.$schema;
    const { $schema: _schema, ...original } = kaltim as RegionData & { $schema?: string };
    void _schema;
    expect(back).toEqual(original);
    expect(
      validateRegionText(regionFileText(kaltim as DraftRegion), 'kaltim.json', { sources }).issues,
    ).toEqual([]);
  });

  it('a missing citation is reported at its path, a wrong quote at the quote', () => {
    const template = JSON.parse(readFileSync(join(DATA_DIR, 'template.json'), 'utf8')) as DraftRegion;
    const source = sources.get(template.source)!;
    template.unitTypes[0]!.positions[0]!.cite = { missing: true };
    const cite = template.unitTypes[0]!.positions[1]!.cite;
    if (!isMissing(cite)) cite.quote = 'kata-kata yang tidak ada di teks';
    const issues = checkDraft(template, source);
    expect(issues.map((i) => i.path).sort()).toEqual([
      '$.unitTypes[0].positions[0].cite',
      '$.unitTypes[0].positions[1].cite.quote',
    ]);
    expect(JSON.stringify(toRegion(template))).not.toContain('"missing"');
  });

  it('ids are unique kebab-case slugs of names', () => {
    expect(uniqueId('Kepala Bagian Umum', [])).toBe('kepala-bagian-umum');
    expect(uniqueId('Kepala Bagian Umum', ['kepala-bagian-umum'])).toBe('kepala-bagian-umum-2');
    expect(uniqueId('  Sekretaris / Camat ', [])).toBe('sekretaris-camat');
    expect(uniqueId('', [])).toBe('tanpa-nama');
  });
});

describe('Susun: quotes', () => {
  it('a proposed quote for any line range of the five texts passes the citation check', () => {
    for (const [file, text] of sources) {
      const lines = splitLines(text);
      for (let from = 1; from < lines.length; from += 37) {
        if (lines[from - 1]!.trim().length < 10) continue;
        const to = Math.min(lines.length, from + (from % 3));
        const quote = proposeQuote(lines, from, to);
        const region = {
          unitTypes: [],
          flows: [],
          rules: [],
          forms: [],
          notes: [],
          cite: { file, locator: 'x', lines: [from, to], quote },
        };
        expect(
          checkCitations(region as unknown as RegionData, 'x', sources),
          `${file} ${from}-${to}`,
        ).toEqual([]);
      }
    }
  });

  it('keeps the selected words when they stand in the lines, else falls back to the lines', () => {
    const lines = ['- a. **Camat** sebagai Pejabat Penilai Kinerja;', 'baris kedua'];
    expect(proposeQuote(lines, 1, 1, 'Camat sebagai Pejabat Penilai')).toBe('Camat sebagai Pejabat Penilai');
    expect(proposeQuote(lines, 1, 1, 'teks lain sama sekali')).toBe(
      'a. Camat sebagai Pejabat Penilai Kinerja;',
    );
  });
});
