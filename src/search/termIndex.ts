/**
 * The search index across regions, as static files that a query fetches only in part:
 *
 * - one small head: the regions (id, name, province) and how the term shards are split;
 * - term shards, keyed by the first letters of a word: for each word of the data, the regions
 *   whose documents hold it and in how many documents;
 * - one file of documents per region (`documents.ts`), fetched only for the regions shown.
 *
 * How words are keyed and grouped into shards, and a shard read back, is in `termShards.ts`.
 *
 * Pure functions: the build and the dev server emit the files; the browser reads them.
 */
import type { Region } from '../model/types';
import { regionDocuments, regionText, type RegionDocs, type RegionText, type SearchDoc } from './documents';
import { indexWords } from './match';
import { searchPaths } from './paths';
import { BASE_PREFIX, groupIntoShards, type TermShard } from './termShards';

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

/** Words of a document that search can match (every field). */
function documentWords(doc: SearchDoc): Set<string> {
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
    const { shards, split } = groupIntoShards(encoded);
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

/** Every search file as published: path (see `searchPaths`) -> JSON text. */
export function publishedSearchFiles(sources: readonly SearchSource[]): Map<string, string> {
  const files = buildSearchFiles(sources);
  const out = new Map<string, string>([[searchPaths.head, JSON.stringify(files.head)]]);
  for (const [key, shard] of files.shards) out.set(searchPaths.shard(key), JSON.stringify(shard));
  for (const [id, docs] of files.regions) out.set(searchPaths.region(id), JSON.stringify(docs));
  for (const [id, text] of files.texts) out.set(searchPaths.text(id), JSON.stringify(text));
  return out;
}
