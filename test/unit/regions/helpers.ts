import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegionData } from '../../../src/data/schema';
import type { UnitType } from '../../../src/model/types';
import { sliceLines, normaliseForQuote } from '../../../src/data/citations';

const root = join(import.meta.dirname, '..', '..', '..');

export function region(id: string): RegionData {
  return JSON.parse(readFileSync(join(root, 'data', 'regions', `${id}.json`), 'utf8')) as RegionData;
}

export function unit(r: RegionData, id: string): UnitType {
  const u = r.unitTypes.find((x) => x.id === id);
  if (!u) throw new Error(`no unit type ${id} in ${r.id}`);
  return u;
}

export function flow(r: RegionData, id: string) {
  const f = r.flows.find((x) => x.id === id);
  if (!f) throw new Error(`no flow ${id} in ${r.id}`);
  return f;
}

/** Asserts the regulation says `words` within lines [from, to]: the expected value's own citation. */
export function textSays(r: RegionData, from: number, to: number, words: string): boolean {
  const text = readFileSync(join(root, 'data', 'sources', r.source), 'utf8');
  return normaliseForQuote(sliceLines(text, from, to)).includes(normaliseForQuote(words));
}

export const names = (answers: { position: { name: string } }[]) => answers.map((a) => a.position.name);
