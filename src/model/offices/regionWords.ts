/**
 * The region a query to the office finder names ("Camat Surakarta", "dinkes kaltim"): by all the
 * words of its name (without "Kabupaten", "Kota", "Provinsi"), a long word allowing one typo, or by
 * its id; with the query left without them.
 */
import { editDistance, fold } from '../text';

const LEVEL_WORDS = new Set([
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

/** The words that name a region: its name without "Kabupaten"/"Kota"/"Provinsi", and its id. */
function regionWords(region: { id: string; name: string }): { name: string[]; id: string } {
  return {
    name: fold(region.name)
      .split(' ')
      .filter((w) => w && !LEVEL_WORDS.has(w)),
    id: fold(region.id).replace(/ /g, ''),
  };
}

const sameWord = (typed: string, word: string) =>
  typed === word || (word.length >= 6 && typed[0] === word[0] && editDistance(typed, word, 1) <= 1);

/** Which regions a query names ("Camat Surakarta", "dinkes kaltim"), and the query without them. */
export function splitRegions<R extends { id: string; name: string }>(
  regions: readonly R[],
  query: string,
): { regions: R[]; rest: string } {
  let typed = fold(query).split(' ').filter(Boolean);
  const named: R[] = [];
  for (const region of regions) {
    const { name, id } = regionWords(region);
    const idAt = typed.indexOf(id);
    const nameHit = name.length > 0 && name.every((w) => typed.some((t) => sameWord(t, w)));
    if (idAt < 0 && !nameHit) continue;
    named.push(region);
    typed = typed.filter((t, i) => i !== idAt && !(nameHit && name.some((w) => sameWord(t, w))));
  }
  if (named.length > 0) typed = typed.filter((t) => !LEVEL_WORDS.has(t));
  return { regions: named, rest: typed.join(' ') };
}
