/**
 * The one place search takes its word matching from: folding, the abbreviation table (the
 * model's, shared with the office finder: src/model/text/vocabulary.ts) and the score of a typed
 * word against a word of the data. Lookups go through a `Map`: a typed "constructor" is only ever
 * a word. Search's stop words add English function words to the model's (a query may be English).
 */
import { editDistance, fold } from '../model/text';
import { ABBREVIATIONS } from '../model/text/vocabulary';

export { fold };

/** Words that carry no meaning of their own in a query. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'dan',
  'atau',
  'serta',
  'di',
  'ke',
  'dari',
  'pada',
  'yang',
  'dengan',
  'untuk',
  'the',
  'of',
  'in',
  'a',
  'an',
  'and',
  'to',
]);

/** What a typed word may stand for, as word lists (empty when it is no abbreviation). */
export function expansions(word: string): string[][] {
  return (ABBREVIATIONS.get(word) ?? []).map((phrase) => phrase.split(' '));
}

/** Every abbreviation with its readings (the term index adds an abbreviation where a text spells it out). */
export function abbreviationTable(): ReadonlyMap<string, readonly string[]> {
  return ABBREVIATIONS;
}

/** Folded words of a text. */
export function tokens(text: string): string[] {
  return fold(text).split(' ').filter(Boolean);
}

/** Content words of a query: folded, without stop words (unless it is nothing but). */
export function queryWords(query: string): string[] {
  const all = tokens(query);
  const content = all.filter((w) => !STOP_WORDS.has(w));
  return content.length > 0 ? content : all;
}

/** Readings by their first word, to find spelled-out readings in one pass over a text. */
const READINGS_BY_FIRST_WORD: ReadonlyMap<string, { abbreviation: string; words: string[] }[]> = (() => {
  const out = new Map<string, { abbreviation: string; words: string[] }[]>();
  for (const [abbreviation, readings] of ABBREVIATIONS) {
    for (const reading of readings) {
      const words = reading.split(' ');
      const list = out.get(words[0]!) ?? [];
      list.push({ abbreviation, words });
      out.set(words[0]!, list);
    }
  }
  return out;
})();

/**
 * A text's words for matching: its own folded words, the readings of abbreviations it uses
 * ("RSUD" adds rumah, sakit, umum, daerah) and the abbreviations of readings it spells out
 * ("Rumah Sakit Umum Daerah" adds rsud).
 */
export function indexWords(text: string): Set<string> {
  const own = tokens(text);
  const out = new Set(own);
  own.forEach((w, i) => {
    for (const e of ABBREVIATIONS.get(w)?.[0]?.split(' ') ?? []) out.add(e);
    for (const { abbreviation, words } of READINGS_BY_FIRST_WORD.get(w) ?? []) {
      if (words.every((x, k) => own[i + k] === x)) out.add(abbreviation);
    }
  });
  return out;
}

/** How well one typed word matches one word of the data: 3 exact, 2 prefix, 1 typo, 0 no. */
export function wordScore(typed: string, word: string): number {
  if (typed === word) return 3;
  if (typed.length >= 2 && word.startsWith(typed)) return 2;
  // Typos are looked for past the first letter, which people rarely get wrong.
  if (typed.length >= 4 && typed[0] === word[0]) {
    const allowed = typed.length >= 8 ? 2 : 1;
    if (editDistance(typed, word, allowed) <= allowed) return 1;
    // a typo in a prefix ("perhubu" for "perhubungan")
    if (word.length > typed.length && editDistance(typed, word.slice(0, typed.length), 1) <= 1) return 1;
  }
  return 0;
}
