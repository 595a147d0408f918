/**
 * Susun: proposals from the text's wording, measured against one bundled region (Semarang): its
 * position names and its kedudukan relations (by position name) are the answer key.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/authoring/lines';
import { normaliseName, proposePositions, proposeRelations } from '../../src/authoring/patterns';
import { normaliseForQuote } from '../../src/data/citations';
import { DATA_DIR } from '../../scripts/sources';
import type { RegionData } from '../../src/data/schema';

const region = JSON.parse(readFileSync(join(DATA_DIR, 'regions', 'semarang.json'), 'utf8')) as RegionData;
const lines = splitLines(readFileSync(join(DATA_DIR, 'sources', region.source), 'utf8'));

const positionKey = new Set(region.unitTypes.flatMap((u) => u.positions.map((p) => normaliseName(p.name))));
const kedudukanKey = new Set(
  region.unitTypes.flatMap((u) => {
    const name = new Map(u.positions.map((p) => [p.id, normaliseName(p.name)]));
    return u.relations
      .filter((r) => r.kind === 'kedudukan')
      .map((r) => `${name.get(r.from)} -> ${name.get(r.to)}`);
  }),
);

const score = (proposed: Set<string>, key: Set<string>) => {
  const hits = [...proposed].filter((p) => key.has(p)).length;
  return { hits, recall: hits / key.size, precision: hits / proposed.size };
};

describe('Susun: pattern proposals on Semarang', () => {
  it('candidate positions: recall and precision above the measured floor', () => {
    const proposed = new Set(proposePositions(lines).map((p) => normaliseName(p.name)));
    const s = score(proposed, positionKey);
    console.log(
      `positions: ${s.hits} of ${positionKey.size} found, ${proposed.size} proposed; recall ${s.recall.toFixed(3)}, precision ${s.precision.toFixed(3)}`,
    );
    expect(s.recall).toBeGreaterThanOrEqual(0.7);
    expect(s.precision).toBeGreaterThanOrEqual(0.75);
  });

  it('candidate kedudukan relations: recall and precision above the measured floor', () => {
    const proposed = new Set(
      proposeRelations(lines)
        .filter((r) => r.kind === 'kedudukan')
        .map((r) => `${normaliseName(r.from)} -> ${normaliseName(r.to)}`),
    );
    const s = score(proposed, kedudukanKey);
    console.log(
      `kedudukan: ${s.hits} of ${kedudukanKey.size} found, ${proposed.size} proposed; recall ${s.recall.toFixed(3)}, precision ${s.precision.toFixed(3)}`,
    );
    expect(s.hits).toBeGreaterThanOrEqual(5);
    expect(s.precision).toBeGreaterThanOrEqual(0.5);
  });

  it('every proposal carries a quote that stands in its line', () => {
    for (const p of [...proposePositions(lines), ...proposeRelations(lines)])
      expect(normaliseForQuote(lines[p.line - 1]!)).toContain(normaliseForQuote(p.quote));
  });

  it('reads "sebagai Pejabat Penilai Kinerja bagi" as an appraisal, appraiser first', () => {
    const text = ['- a. Kepala Bagian sebagai Pejabat Penilai Kinerja bagi Pejabat Fungsional Ahli Muda;'];
    expect(proposeRelations(text)).toEqual([
      expect.objectContaining({
        kind: 'penilaianKinerja',
        from: 'Kepala Bagian',
        to: 'Pejabat Fungsional Ahli Muda',
      }),
    ]);
  });
});
