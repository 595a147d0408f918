/**
 * Scores of a label for a query: every query word must match a word of the label or stand for
 * words it has; how much of the label the query accounts for; and whether the query stands in the
 * label as one phrase.
 */
import { fold } from '../fold';
import { nameExpansion, queryExpansions, queryWords, words } from './expansions';
import { memo } from './memo';
import { editDistance, wordScore } from './similarity';
import { STOP_WORDS } from './vocabulary';

function bestOf(query: string, labelWords: readonly string[]): number {
  if (labelWords.includes(query)) return 3;
  let best = 0;
  for (const w of labelWords) {
    const s = wordScore(query, w);
    if (s > best) best = s;
    if (best === 2) break;
  }
  return best;
}

/**
 * Score of an expansion against a label: every content word must match, except that one word may
 * be missing from a long expansion of five words or more ("Badan Kepegawaian dan Pembangunan Sumber Daya Manusia" for
 * BKPSDM). Exact words only: an expansion is not a prefix.
 */
function expansionScore(expansion: readonly string[], labelWords: readonly string[]): number {
  const content = expansion.filter((w) => !STOP_WORDS.has(w));
  const scores = content.map((w) => (labelWords.includes(w) ? 3 : bestOf(w, labelWords) >= 1 ? 1 : 0));
  const missing = scores.filter((s) => s === 0).length;
  if (missing > (content.length >= 5 ? 1 : 0)) return 0;
  return Math.min(...scores.filter((s) => s > 0));
}

/** A query folded once: its content words, each with what it may stand for. */
export interface PreparedQuery {
  words: { word: string; expansions: string[][] }[];
}

export const prepareQuery: (query: string) => PreparedQuery = memo(
  (query) => ({ words: queryWords(query).map((word) => ({ word, expansions: queryExpansions(word) })) }),
  200,
);

/**
 * Score of one prepared query word against a label's words (0 = no match). A reading past the
 * first counts at most as a prefix: "rsud" is first a Rumah Sakit Umum Daerah.
 */
function preparedWordScore(w: PreparedQuery['words'][number], labelWords: readonly string[]): number {
  let best = bestOf(w.word, labelWords);
  w.expansions.forEach((e, i) => {
    const s = expansionScore(e, labelWords);
    best = Math.max(best, i === 0 ? s : Math.min(s, 2));
  });
  return best;
}

/**
 * Score of a label's words (from `words`) for a prepared query (0 = no match): every query word
 * must match a word of the label (or of its expansion), or stand for words the label has
 * ("dinkes" for "Dinas Kesehatan").
 */
export function scoreWords(query: PreparedQuery, labelWords: readonly string[]): number {
  if (query.words.length === 0) return 0;
  let total = 0;
  for (const w of query.words) {
    const s = preparedWordScore(w, labelWords);
    if (s === 0) return 0;
    total += s;
  }
  // Prefer shorter labels (closer matches) among equals.
  return total + 1 / (1 + labelWords.length);
}

/** Score of a label for a query (0 = no match); see `scoreWords`. */
export function matchScore(query: string, label: string): number {
  return scoreWords(prepareQuery(query), words(label));
}

/**
 * Whether a typed word accounts for a whole word of a label: the word itself, its beginning, or
 * the word with a typo. A typo in a beginning is not enough: "sekda" starts like no "sekwa(n)",
 * and "kesra" is not a misspelt "kesba(ngpol)".
 */
function accountsFor(typed: string, word: string): boolean {
  const s = wordScore(typed, word);
  if (s !== 1) return s > 0;
  const allowed = typed.length >= 8 ? 2 : 1;
  return editDistance(typed, word, allowed) <= allowed;
}

/**
 * The share (0-1) of a label's own words that the query accounts for: "Sekretariat Daerah" is
 * closer to "setda" than "Sekretariat Dewan Perwakilan Rakyat Daerah" is, though both match.
 */
export function coverage(query: PreparedQuery, label: string): number {
  const base = fold(label)
    .split(' ')
    .filter((w) => w && !STOP_WORDS.has(w));
  if (base.length === 0) return 0;
  const tokens = query.words.flatMap((w) => [w.word, ...w.expansions.flat()]);
  const has = (w: string) => tokens.some((t) => accountsFor(t, w));
  // A label's abbreviation is accounted for by itself or by every word it stands for.
  const covered = base.filter((b) => {
    const e = nameExpansion(b);
    return has(b) || (e.length > 0 && e.every((w) => STOP_WORDS.has(w) || has(w)));
  });
  return covered.length / base.length;
}

/**
 * Whether the query, as typed or with its abbreviations written out, stands in the label as one
 * phrase ("rskd kelas b" in "Rumah Sakit Khusus Daerah Kelas B", not in "... Kelas A/B, dan Rumah
 * Sakit Khusus Daerah Kelas A"). The last word may be a prefix (the official is still typing).
 */
export function phraseIn(query: PreparedQuery, label: string): boolean {
  let variants: string[][] = [[]];
  for (const w of query.words) {
    const forms = [[w.word], ...w.expansions];
    variants = variants.flatMap((v) => forms.map((f) => [...v, ...f])).slice(0, 16);
  }
  const labelText = ` ${fold(label)
    .split(' ')
    .filter((x) => x && !STOP_WORDS.has(x))
    .join(' ')} `;
  return variants.some((v) => {
    const content = v.filter((x) => !STOP_WORDS.has(x));
    if (content.length < 2) return false;
    const phrase = content.join(' ');
    return labelText.includes(` ${phrase} `) || labelText.includes(` ${phrase}`);
  });
}
