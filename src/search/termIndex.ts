/**
 * The search index across regions, as static files that a query fetches only in part:
 *
 * - one small head: the regions (id, name, province) and how the term shards are split;
 * - term shards, keyed by the first letters of a word: for each word of the data, the regions
 *   whose documents hold it and in how many documents;
 * - one file of documents per region (`documents.ts`), fetched only for the regions shown.
 *
 * A shard whose words would make it larger than `SHARD_LIMIT` is split one letter deeper, so no
 * shard grows past the limit however many regions there are (at 542 regions a common word's
 * postings list every region, and its prefix gets its own shard).
 *
 * Pure functions: the build and the dev server emit the files; the browser reads them.
 */
import type { Region } from '../model/types';
import { regionDocuments, regionText, type RegionDocs, type RegionText, type SearchDoc } from './documents';
import { indexWords, wordScore } from './match';
import { searchPaths } from './paths';

export interface SearchHeadRegion {
  id: string;
  name: string;
  province?: string;
}

export interface SearchHead {
  schemaVersion: 1;
  regions: SearchHeadRegion[];
  /** Prefixes whose shard was split one letter deeper (see `shardKey`). */
  split: string[];
}

/** Word -> postings: region index (as a gap from the previous one) and document count, flattened. */
export type TermShard = Record<string, number[]>;

/** Largest shard kept whole, in characters of its JSON. */
export const SHARD_LIMIT = 8_000;
/** Shortest prefix a shard is keyed by. */
const BASE_PREFIX = 2;

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

/** Words of a document that search can match (every field). */
export function documentWords(doc: SearchDoc): Set<string> {
  const text = [doc.label, doc.detail, doc.text, doc.keywords, doc.context].filter(Boolean).join(' ');
  return indexWords(text);
}

export interface SearchFiles {
  head: SearchHead;
  /** Shard key -> shard. */
  shards: Map<string, TermShard>;
  /** Each region's documents without its text ... */
  regions: Map<string, RegionDocs>;
  /** ... and its text, published apart (a search across regions reads few texts). */
  texts: Map<string, RegionText>;
}

export interface SearchSource {
  region: Region;
  /** The regulation's plain text (its passages become documents). */
  sourceText?: string;
}

/** One region's own search files: its documents (without passages) and its text. */
export function regionSearchFiles({ region, sourceText }: SearchSource): {
  docs: RegionDocs;
  text?: RegionText;
} {
  return regionFilesOf(region, sourceText, regionDocuments(region, sourceText));
}

function regionFilesOf(
  region: Region,
  sourceText: string | undefined,
  docs: SearchDoc[],
): { docs: RegionDocs; text?: RegionText } {
  const own: RegionDocs = {
    schemaVersion: 1,
    region: region.id,
    name: region.name,
    docs: docs.filter((d) => d.kind !== 'passage'),
  };
  return sourceText === undefined ? { docs: own } : { docs: own, text: regionText(region.id, sourceText) };
}

/** A region as the search's head lists it. */
export function headEntry(region: Region): SearchHeadRegion {
  return { id: region.id, name: region.name, ...(region.province ? { province: region.province } : {}) };
}

/** The words of a region's documents that are indexed, each with the number of documents holding it. */
export function regionWords(docs: readonly SearchDoc[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const doc of docs)
    for (const w of documentWords(doc)) if (w.length >= BASE_PREFIX) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts];
}

/**
 * The head and the term shards, built one region at a time: a region added is read for its words
 * and then let go, so a build holds only the postings, never every region's data at once.
 */
export class TermIndexBuilder {
  private readonly regions: SearchHeadRegion[] = [];
  /** word -> [region in the order added, document count, ...], regions ascending (added one at a time). */
  private readonly postings = new Map<string, number[]>();

  /** Adds a region: its documents are read for their words and returned, the words kept. */
  add({ region, sourceText }: SearchSource): { docs: SearchDoc[]; words: [string, number][] } {
    const docs = regionDocuments(region, sourceText);
    const words = regionWords(docs);
    this.addWords(headEntry(region), words);
    return { docs, words };
  }

  /** Adds a region by its words (word, number of its documents holding it), as `add` returned them. */
  addWords(region: SearchHeadRegion, words: readonly [string, number][]): void {
    const r = this.regions.length;
    this.regions.push(region);
    for (const [w, count] of words) {
      const p = this.postings.get(w);
      if (p) p.push(r, count);
      else this.postings.set(w, [r, count]);
    }
  }

  /** The head and the shards, regions numbered in the order of their ids (whatever the order added). */
  finish(): { head: SearchHead; shards: Map<string, TermShard> } {
    const order = this.regions
      .map((_, i) => i)
      .sort((a, b) => this.regions[a]!.id.localeCompare(this.regions[b]!.id));
    const rank = new Int32Array(order.length);
    order.forEach((added, at) => (rank[added] = at));
    const encoded = new Map<string, number[]>();
    for (const [w, p] of this.postings) {
      const pairs: [number, number][] = [];
      for (let i = 0; i < p.length; i += 2) pairs.push([rank[p[i]!]!, p[i + 1]!]);
      pairs.sort((a, b) => a[0] - b[0]);
      const flat: number[] = [];
      let previous = 0;
      for (const [r, count] of pairs) {
        flat.push(r - previous, count);
        previous = r;
      }
      encoded.set(w, flat);
    }
    const { shards, split } = shard(encoded);
    const head: SearchHead = {
      schemaVersion: 1,
      regions: order.map((i) => this.regions[i]!),
      split: [...split].sort(),
    };
    return { head, shards };
  }
}

/** Builds the head, the term shards and each region's documents. */
export function buildSearchFiles(sources: readonly SearchSource[]): SearchFiles {
  const index = new TermIndexBuilder();
  const regions = new Map<string, RegionDocs>();
  const texts = new Map<string, RegionText>();
  for (const source of sources) {
    const own = regionFilesOf(source.region, source.sourceText, index.add(source).docs);
    regions.set(source.region.id, own.docs);
    if (own.text) texts.set(source.region.id, own.text);
  }
  return { ...index.finish(), regions, texts };
}

/** Groups words into shards by prefix, splitting a prefix one letter deeper while it is too large. */
function shard(words: Map<string, number[]>): { shards: Map<string, TermShard>; split: Set<string> } {
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

/** Every search file as published: path (see `searchPaths`) -> JSON text. */
export function publishedSearchFiles(sources: readonly SearchSource[]): Map<string, string> {
  const files = buildSearchFiles(sources);
  const out = new Map<string, string>([[searchPaths.head, JSON.stringify(files.head)]]);
  for (const [key, shard] of files.shards) out.set(searchPaths.shard(key), JSON.stringify(shard));
  for (const [id, docs] of files.regions) out.set(searchPaths.region(id), JSON.stringify(docs));
  for (const [id, text] of files.texts) out.set(searchPaths.text(id), JSON.stringify(text));
  return out;
}
