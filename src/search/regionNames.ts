/**
 * Region names in a query act as a filter: "Camat Surakarta", "UPTD Semarang evaluasi",
 * "dinkes kaltim". A region is named by all the words of its name (without "Kabupaten", "Kota",
 * "Provinsi") or by its id; a long word may carry one typo.
 *
 * (`src/model/offices.ts` has the same rule as `splitRegions`; when it lands, this adapter can
 * call it.)
 */
import { editDistance, fold } from '../model/text';

const LEVEL_WORDS: ReadonlySet<string> = new Set([
  'kabupaten',
  'kab',
  'kota',
  'provinsi',
  'prov',
  'pemerintah',
  'pemkab',
  'pemkot',
  'pemprov',
]);

const sameWord = (typed: string, word: string) =>
  typed === word || (word.length >= 6 && typed[0] === word[0] && editDistance(typed, word, 1) <= 1);

/** Which regions the query words name, and the words left for the search itself. */
export function splitRegions<R extends { id: string; name: string }>(
  regions: readonly R[],
  words: readonly string[],
): { named: R[]; rest: string[] } {
  const used = new Set<number>();
  const named: R[] = [];
  for (const region of regions) {
    const name = fold(region.name)
      .split(' ')
      .filter((w) => w && !LEVEL_WORDS.has(w));
    const id = region.id.replace(/-/g, '');
    const idAt = words.findIndex((w) => w === id);
    const at = name.map((n) => words.findIndex((w) => sameWord(w, n)));
    const byName = name.length > 0 && at.every((i) => i >= 0);
    if (idAt < 0 && !byName) continue;
    named.push(region);
    if (idAt >= 0) used.add(idAt);
    if (byName) for (const i of at) used.add(i);
  }
  let rest = words.filter((_, i) => !used.has(i));
  if (named.length === 0) return { named, rest };
  // "Kota Semarang" rather than "Kabupaten Semarang" where the query says which.
  const levels = rest.filter((w) => LEVEL_WORDS.has(w));
  const fitting = named.filter((r) => levels.every((l) => fold(r.name).split(' ').includes(l)));
  rest = rest.filter((w) => !LEVEL_WORDS.has(w));
  return { named: fitting.length > 0 ? fitting : named, rest };
}
