/**
 * What words stand for: a typed word's abbreviation and role-word readings (tolerating a typo in a
 * long abbreviation), a name's word read by its first expansion, and the folded words of a label
 * (expansions kept beside) or of a query (stop words left out).
 */
import { fold } from '../fold';
import { memo } from './memo';
import { editDistance } from './similarity';
import { ABBREVIATIONS, ROLE_WORDS, STOP_WORDS } from './vocabulary';

/** What a word may stand for: its abbreviation and role-word expansions, as word lists. */
export function expansions(word: string): string[][] {
  const out: string[][] = [];
  for (const table of [ABBREVIATIONS, ROLE_WORDS]) {
    for (const phrase of table.get(word) ?? []) out.push(phrase.split(' '));
  }
  return out;
}

/**
 * What a word in a name stands for: its first expansion only. A typed "uptd" may mean any of
 * its readings; a name that says "UPTD" is not thereby a "Dinas".
 */
export function nameExpansion(word: string): string[] {
  return (ABBREVIATIONS.get(word) ?? ROLE_WORDS.get(word))?.[0]?.split(' ') ?? [];
}

/**
 * Expansions of a typed word, tolerating a typo in an abbreviation of six letters or more
 * ("dinkess", "kesbanpol") when exactly one abbreviation is that close. Role words are never
 * guessed: "badan" is not a misspelt "bidan".
 */
export function queryExpansions(word: string): string[][] {
  const exact = expansions(word);
  if (exact.length > 0 || word.length < 6) return exact;
  const near = [...ABBREVIATIONS.keys()].filter(
    (k) => k.length >= 6 && k[0] === word[0] && editDistance(word, k, 1) <= 1,
  );
  return near.length === 1 ? expansions(near[0]!) : [];
}

/** Folded words of a text, with the abbreviations and role words it contains expanded (both kept). */
export const words: (text: string) => readonly string[] = memo((text) => {
  const base = fold(text).split(' ').filter(Boolean);
  const out = [...base];
  for (const w of base) out.push(...nameExpansion(w));
  return out;
});

/** Folded words of a query, without stop words (unless the query is nothing but). */
export function queryWords(query: string): string[] {
  const all = fold(query).split(' ').filter(Boolean);
  const content = all.filter((w) => !STOP_WORDS.has(w));
  return content.length > 0 ? content : all;
}
