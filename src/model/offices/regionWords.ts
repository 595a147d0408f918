/**
 * The region a query names ("Camat Surakarta", "UPTD Semarang evaluasi", "dinkes kaltim"): by all
 * the words of its name (without "Kabupaten", "Kota", "Provinsi"), a long word allowing one typo,
 * or by its id; with the query left without them. One rule for the office finder (Posisi saya) and
 * for search (src/search/regionNames.ts re-exports `nameRegions`).
 */
import { editDistance, fold } from '../text';

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

/** Which regions the (folded) query words name, and the words left for the search itself. */
export function nameRegions<R extends { id: string; name: string }>(
  regions: readonly R[],
  words: readonly string[],
): { named: R[]; rest: string[] } {
  const used = new Set<number>();
  const named: R[] = [];
  for (const region of regions) {
    const name = fold(region.name)
      .split(' ')
      .filter((w) => w && !LEVEL_WORDS.has(w));
    const id = fold(region.id).replace(/ /g, '');
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

/** The same for a query as typed: the regions it names and the query without them. */
export function splitRegions<R extends { id: string; name: string }>(
  regions: readonly R[],
  query: string,
): { regions: R[]; rest: string } {
  const { named, rest } = nameRegions(regions, fold(query).split(' ').filter(Boolean));
  return { regions: named, rest: rest.join(' ') };
}
