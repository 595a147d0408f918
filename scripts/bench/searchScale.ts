/**
 * Synthetic regions for search scale tests: copies of the shipped regions with new ids and names,
 * each with an office name of its own, and a fetcher that serves the published search files and
 * counts the gzip bytes a query fetches.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { RegionData } from '../../src/data/schema';
import { publishedSearchFiles, type SearchSource } from '../../src/search/termIndex';
import { readSources, regionFiles } from '../sources';

export function shippedSources(): SearchSource[] {
  const texts = readSources();
  return regionFiles().map((p) => {
    const region = JSON.parse(readFileSync(p, 'utf8')) as RegionData;
    const sourceText = texts.get(region.source);
    return sourceText === undefined ? { region } : { region, sourceText };
  });
}

const SYLLABLES = [
  'ka',
  'lu',
  'mer',
  'ti',
  'sa',
  'ro',
  'ba',
  'nge',
  'dun',
  'pi',
  'wa',
  'jo',
  'ha',
  'tem',
  'su',
  'ran',
];

/** A made-up word, different for each n (and never an Indonesian word of the texts). */
export function syntheticWord(n: number, salt: number): string {
  let x = n * 7919 + salt * 104729 + 13;
  const parts: string[] = [];
  for (let i = 0; i < 3; i++) {
    parts.push(SYLLABLES[x % SYLLABLES.length]!);
    x = Math.floor(x / SYLLABLES.length) + i * 31;
  }
  return `${parts.join('')}q${n}`;
}

/**
 * The n-th synthetic region: a copy of a shipped one with a new id and name, and an office
 * "Dinas <word>" that no other region has.
 */
export function syntheticRegion(
  shipped: readonly SearchSource[],
  n: number,
): SearchSource & { office: string } {
  const base = shipped[n % shipped.length]!;
  const region = structuredClone(base.region);
  const word = syntheticWord(n, 1);
  region.id = `sintetis-${n}`;
  region.name = `Kabupaten ${syntheticWord(n, 2)}`;
  const office = `Dinas ${word[0]!.toUpperCase()}${word.slice(1)}`;
  region.offices = [
    ...(region.offices ?? []),
    { name: office, unitTypes: [region.unitTypes[0]!.id], common: true },
  ];
  return { region, ...(base.sourceText !== undefined ? { sourceText: base.sourceText } : {}), office };
}

/** Serves published search files; records the gzip size of each file fetched. */
export function countingFetcher(files: ReadonlyMap<string, string>) {
  const fetched = new Map<string, number>();
  const gz = new Map<string, number>();
  return {
    fetched,
    bytes: () => [...fetched.values()].reduce((a, b) => a + b, 0),
    reset: () => fetched.clear(),
    fetchJson: (path: string): Promise<unknown> => {
      const text = files.get(path);
      if (text === undefined) return Promise.reject(new Error(`404 ${path}`));
      let size = gz.get(path);
      if (size === undefined) gz.set(path, (size = gzipSync(text).length));
      fetched.set(path, size);
      return Promise.resolve(JSON.parse(text) as unknown);
    },
  };
}

export { publishedSearchFiles };
