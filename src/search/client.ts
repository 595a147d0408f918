/**
 * Runs a query against the published search files, fetching only what it needs: the head, the
 * term shards of the query's words, and the documents of the regions it shows. Regions named in
 * the query filter; on a region's pages that region is searched first (and alone, until the
 * reader asks for every region or it has no hit); a query that matches many regions shows the
 * best few in full and the rest as counts, to be opened one by one.
 *
 * Framework-free: the browser store and the unit tests give it a `fetchJson`.
 */
import { passageDocs, type RegionDocs, type RegionText } from './documents';
import { queryWords } from './match';
import { searchPaths } from './paths';
import { splitRegions } from './regionNames';
import { prepareRegion, searchRegion, type Hit, type PreparedRegion } from './regionSearch';
import type { SearchHead, SearchHeadRegion } from './termIndex';
import type { TermShard } from './termShards';
import { candidateRegions } from './candidates';

export type FetchJson = (path: string) => Promise<unknown>;

export interface RegionGroup {
  region: SearchHeadRegion;
  /** Searched (hits below), or only known to match (`estimate` documents at most). */
  expanded: boolean;
  /** Whether the regulation's text was searched too (a search across regions reads one text). */
  text: boolean;
  hits: Hit[];
  total: number;
  estimate: number;
  /** Why it is listed first. */
  reason?: 'scope' | 'named';
}

export interface SearchOutcome {
  query: string;
  /** Content words searched for (region names taken out). */
  words: string[];
  /** Regions the query names. */
  named: SearchHeadRegion[];
  groups: RegionGroup[];
  /** Whether regions other than the scope were searched. */
  everywhere: boolean;
}

export interface SearchOptions {
  /** The region whose pages the search was opened from: searched first. */
  scope?: string | undefined;
  /** Search every region even when a scope is given. */
  everywhere?: boolean;
  /** How many regions to search in full besides the scope (others are listed with counts). */
  expand?: number;
}

const DEFAULT_EXPAND = 2;
/** Regions opened in full at most, counting those the term index named but that had no hit. */
const MAX_OPENED = 3;

export class SearchClient {
  private readonly cache = new Map<string, Promise<unknown>>();
  private readonly prepared = new Map<string, Promise<PreparedRegion>>();

  constructor(private readonly fetchJson: FetchJson) {}

  private get<T>(path: string): Promise<T> {
    let hit = this.cache.get(path);
    if (!hit) {
      hit = this.fetchJson(path);
      this.cache.set(path, hit);
      hit.catch(() => this.cache.delete(path));
    }
    return hit as Promise<T>;
  }

  head(): Promise<SearchHead> {
    return this.get<SearchHead>(searchPaths.head);
  }

  /** A region's documents, with its text's passages or without. */
  region(id: string, withText = true): Promise<PreparedRegion> {
    const key = `${id}|${withText}`;
    let hit = this.prepared.get(key);
    if (!hit) {
      const docs = this.get<RegionDocs>(searchPaths.region(id));
      // A region published without its text (an import, an old build) is searched without it.
      const text = withText ? this.text(id).catch(() => undefined) : Promise.resolve(undefined);
      hit = Promise.all([docs, text]).then(([d, t]) =>
        prepareRegion(t ? { ...d, docs: [...d.docs, ...passageDocs(t)] } : d),
      );
      this.prepared.set(key, hit);
      hit.catch(() => this.prepared.delete(key));
    }
    return hit;
  }

  /** A region's regulation text, cut into passages. */
  text(id: string): Promise<RegionText> {
    return this.get<RegionText>(searchPaths.text(id));
  }

  /** Searches one region (a group listed with its count, or searched without its text). */
  async expand(group: RegionGroup, words: readonly string[], withText = true): Promise<RegionGroup> {
    const prepared = await this.region(group.region.id, withText);
    const { hits, total } = searchRegion(prepared, words);
    return { ...group, expanded: true, text: withText, hits, total };
  }

  async run(query: string, options: SearchOptions = {}): Promise<SearchOutcome> {
    const all = queryWords(query);
    const head = await this.head();
    const { named, rest } = splitRegions(head.regions, all);
    const base = { query, words: rest, named };
    if (rest.length === 0 || rest.join('').length < 2) return { ...base, groups: [], everywhere: false };
    const byId = new Map(head.regions.map((r) => [r.id, r]));
    const scope = options.scope ? byId.get(options.scope) : undefined;

    // Regions named in the query, or the scope alone: no shard is needed.
    const onlyNamed = named.length > 0;
    const scopeFirst = !onlyNamed && scope !== undefined;
    if (onlyNamed || (scopeFirst && !options.everywhere)) {
      const list = onlyNamed ? named : [scope!];
      const groups = await Promise.all(
        list.map((r) =>
          this.expand(
            {
              region: r,
              expanded: false,
              text: false,
              hits: [],
              total: 0,
              estimate: 0,
              reason: onlyNamed ? 'named' : 'scope',
            },
            rest,
          ),
        ),
      );
      if (onlyNamed || groups.some((g) => g.total > 0)) return { ...base, groups, everywhere: false };
    }

    const candidates = await candidateRegions(head, rest, (key) =>
      this.get<TermShard>(searchPaths.shard(key)),
    );
    if (scope) candidates.set(head.regions.indexOf(scope), Infinity);
    const order = [...candidates.entries()]
      .map(([i, estimate]) => ({ region: head.regions[i]!, estimate }))
      .sort((a, b) => b.estimate - a.estimate || a.region.name.localeCompare(b.region.name));
    // The scope was searched and had nothing: one other region in full, the rest counted.
    const want = scope ? 2 : (options.expand ?? DEFAULT_EXPAND);
    const groups: RegionGroup[] = [];
    let opened = 0;
    let shown = 0;
    for (const { region, estimate } of order) {
      const isScope = region.id === scope?.id;
      const group: RegionGroup = {
        region,
        expanded: false,
        text: false,
        hits: [],
        total: 0,
        estimate: isScope ? 0 : estimate,
        ...(isScope ? { reason: 'scope' as const } : {}),
      };
      if (shown < want && opened < MAX_OPENED) {
        opened++;
        // The best region is searched with its text; the next ones without (one click adds it).
        const withText = isScope || shown === 0;
        const searched = await this.expand(group, rest, withText);
        if (searched.total === 0 && !isScope) {
          if (!withText) groups.push(group);
          continue;
        }
        groups.push(searched);
        shown++;
      } else groups.push(group);
    }
    return { ...base, groups, everywhere: true };
  }
}
