/**
 * The term shards of the search index (`termIndex.ts`): which shard a word is in, how the words
 * are grouped into shards, and the regions a shard says hold a typed word. Each shard is keyed by
 * the first letters of its words; a shard whose words would make it larger than `SHARD_LIMIT` is
 * split one letter deeper, so no shard grows past the limit however many regions there are (at
 * 542 regions a common word's postings list every region, and its prefix gets its own shard).
 */
import { wordScore } from './match';

/** Word -> postings: region index (as a gap from the previous one) and document count, flattened. */
export type TermShard = Record<string, number[]>;

/** Largest shard kept whole, in characters of its JSON. */
const SHARD_LIMIT = 8_000;
/** Shortest prefix a shard is keyed by. */
export const BASE_PREFIX = 2;

/** The shard a word is in: its first two letters, one more for each split prefix it extends. */
export function shardKey(word: string, split: ReadonlySet<string>): string {
  let key = word.slice(0, BASE_PREFIX);
  while (split.has(key) && word.length > key.length) key = word.slice(0, key.length + 1);
  return key;
}

/**
 * Whether a typed word can be looked up in one shard: a word as short as a split prefix ("pe"
 * where "pe" was split) would need every shard under it, so it does not narrow the regions.
 */
export function lookupable(word: string, split: ReadonlySet<string>): boolean {
  return word.length >= BASE_PREFIX && !split.has(shardKey(word, split));
}

/** Groups words into shards by prefix, splitting a prefix one letter deeper while it is too large. */
export function groupIntoShards(words: Map<string, number[]>): {
  shards: Map<string, TermShard>;
  split: Set<string>;
} {
  const split = new Set<string>();
  const shards = new Map<string, TermShard>();
  const size = (list: string[]) =>
    list.reduce((n, w) => n + w.length + 4 + JSON.stringify(words.get(w)).length, 2);
  const place = (key: string, list: string[]) => {
    const deeper = list.filter((w) => w.length > key.length);
    if (size(list) > SHARD_LIMIT && deeper.length > 0) {
      split.add(key);
      const here = list.filter((w) => w.length === key.length);
      if (here.length > 0) shards.set(key, Object.fromEntries(here.map((w) => [w, words.get(w)!])));
      const groups = new Map<string, string[]>();
      for (const w of deeper) {
        const k = w.slice(0, key.length + 1);
        groups.set(k, [...(groups.get(k) ?? []), w]);
      }
      for (const [k, g] of groups) place(k, g);
      return;
    }
    shards.set(key, Object.fromEntries(list.sort().map((w) => [w, words.get(w)!])));
  };
  const top = new Map<string, string[]>();
  for (const w of words.keys()) {
    const k = w.slice(0, BASE_PREFIX);
    const g = top.get(k);
    if (g) g.push(w);
    else top.set(k, [w]);
  }
  for (const [k, g] of top) place(k, g);
  return { shards, split };
}

/** Region index -> number of documents holding a word that matches `typed` (from its shard). */
export function regionsForWord(shard: TermShard, typed: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const [w, flat] of Object.entries(shard)) {
    if (wordScore(typed, w) === 0) continue;
    let r = 0;
    for (let i = 0; i < flat.length; i += 2) {
      r += flat[i]!;
      out.set(r, (out.get(r) ?? 0) + flat[i + 1]!);
    }
  }
  return out;
}
