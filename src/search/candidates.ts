/**
 * The regions a query may match, read from the term shards (`termShards.ts`) before any region's
 * documents are fetched: each with an estimate of its matching documents, so the client can open
 * the best few in full and list the rest as counts.
 */
import { allowedMisses } from './regionSearch';
import type { SearchHead } from './termIndex';
import { lookupable, regionsForWord, shardKey, type TermShard } from './termShards';

/** At most this many words narrow the regions (the longest: they are the rarest). */
const LOOKUP_WORDS = 4;

/**
 * Region index -> estimated number of matching documents, from the term shards (`shardAt` fetches
 * the shard of a key).
 */
export async function candidateRegions(
  head: SearchHead,
  words: readonly string[],
  shardAt: (key: string) => Promise<TermShard>,
): Promise<Map<number, number>> {
  const split = new Set(head.split);
  const lookups = [...new Set(words)]
    .filter((w) => lookupable(w, split))
    .sort((a, b) => b.length - a.length)
    .slice(0, LOOKUP_WORDS);
  const everyRegion = () => new Map(head.regions.map((_, i) => [i, 0]));
  if (lookups.length === 0) return everyRegion();
  const maps = await Promise.all(
    lookups.map(async (w) => {
      const shard = await shardAt(shardKey(w, split)).catch((): TermShard => ({}));
      return regionsForWord(shard, w);
    }),
  );
  const misses = Math.min(allowedMisses(words.length), lookups.length - 1);
  const found = new Map<number, { n: number; estimate: number }>();
  for (const m of maps)
    for (const [r, count] of m) {
      const f = found.get(r) ?? { n: 0, estimate: Infinity };
      f.n++;
      f.estimate = Math.min(f.estimate, count);
      found.set(r, f);
    }
  const out = new Map<number, number>();
  for (const [r, f] of found) if (lookups.length - f.n <= misses) out.set(r, f.estimate);
  return out;
}
