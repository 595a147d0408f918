/**
 * Search within one region's documents: every query word must match a word of the document
 * (exactly, as a prefix, or with a small typo), in its label, text, keywords or context. A word
 * that matches only a document's context (its unit type, its flow) filters without ranking:
 * "UPTD evaluasi" finds the evaluation steps of the UPTD flows.
 */
import type { DocKind, RegionDocs, SearchDoc } from './documents';
import { indexWords, tokens, wordScore } from './match';

/** How much a match counts by where it stands in the document. */
const FIELD_WEIGHT = { label: 1, keywords: 0.7, detail: 0.6, text: 0.6, context: 0.35 } as const;
type Field = keyof typeof FIELD_WEIGHT;

/** Named things first, then flows and steps, rules, and the text itself last. */
export const KIND_WEIGHT: Record<DocKind, number> = {
  perangkatDaerah: 0.6,
  unitType: 0.5,
  position: 0.45,
  flow: 0.35,
  form: 0.3,
  step: 0.2,
  rule: 0.15,
  passage: 0,
};

/** The lift of a document whose whole label is the query. */
const EXACT_LABEL = 0.5;

export interface PreparedRegion {
  region: string;
  name: string;
  docs: readonly SearchDoc[];
  /** word -> documents holding it, with the best field weight it stands in. */
  vocabulary: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

export interface Hit {
  doc: SearchDoc;
  score: number;
  /** The query words that matched, for highlighting a snippet. */
  matched: string[];
}

/** Indexes a region's documents once (on load); searches then scan the vocabulary, not the texts. */
export function prepareRegion(data: RegionDocs): PreparedRegion {
  const vocabulary = new Map<string, Map<number, number>>();
  data.docs.forEach((doc, i) => {
    for (const field of Object.keys(FIELD_WEIGHT) as Field[]) {
      const text = doc[field];
      if (!text) continue;
      const weight = FIELD_WEIGHT[field];
      for (const w of indexWords(text)) {
        let postings = vocabulary.get(w);
        if (!postings) vocabulary.set(w, (postings = new Map()));
        if ((postings.get(i) ?? 0) < weight) postings.set(i, weight);
      }
    }
  });
  return { region: data.region, name: data.name, docs: data.docs, vocabulary };
}

/** How many query words may go unmatched: none for short queries, some for a pasted sentence. */
export function allowedMisses(words: number): number {
  return words >= 6 ? Math.floor(words * 0.15) : 0;
}

export interface RegionResult {
  hits: Hit[];
  total: number;
}

/** Documents matching the (folded, content) query words, best first. */
export function searchRegion(region: PreparedRegion, words: readonly string[], limit = 50): RegionResult {
  if (words.length === 0) return { hits: [], total: 0 };
  const perWord = words.map((q) => {
    const best = new Map<number, number>();
    for (const [w, postings] of region.vocabulary) {
      const s = wordScore(q, w);
      if (s === 0) continue;
      for (const [doc, weight] of postings) {
        const v = s * weight;
        if ((best.get(doc) ?? 0) < v) best.set(doc, v);
      }
    }
    return best;
  });
  const misses = allowedMisses(words.length);
  const candidates = new Map<number, { score: number; missed: number; matched: string[] }>();
  perWord.forEach((best, wi) => {
    for (const [doc, v] of best) {
      const c = candidates.get(doc) ?? { score: 0, missed: 0, matched: [] };
      c.score += v;
      c.matched.push(words[wi]!);
      candidates.set(doc, c);
    }
  });
  const typed = words.join(' ');
  const hits: Hit[] = [];
  for (const [doc, c] of candidates) {
    if (words.length - c.matched.length > misses) continue;
    const d = region.docs[doc]!;
    const labelWords = d.label.split(/\s+/).length;
    // A label that is exactly what was typed ("Camat") comes before the names it also stands for.
    const exact = tokens(d.label).join(' ') === typed ? EXACT_LABEL : 0;
    hits.push({
      doc: d,
      score: c.score / words.length + KIND_WEIGHT[d.kind] + 1 / (1 + labelWords) + exact,
      matched: c.matched,
    });
  }
  hits.sort((a, b) => b.score - a.score || a.doc.label.localeCompare(b.doc.label));
  return { hits: hits.slice(0, limit), total: hits.length };
}

/**
 * A short piece of a long text around the first matched word, so a passage hit shows why it
 * matched.
 */
export function snippet(text: string, matched: readonly string[], width = 160): string {
  const folded = text.toLowerCase();
  let at = -1;
  for (const w of matched) {
    const i = folded.indexOf(w);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (text.length <= width) return text;
  const start = Math.max(0, at < 0 ? 0 : at - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}
