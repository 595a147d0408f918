/**
 * Where the search files are published, relative to the site's root: the one place to change
 * when the published data moves (for example into per-region folders, `data/<region>/search.json`).
 */
export const searchPaths = {
  /** Regions and shard splits: fetched by every search, never by a page on its own. */
  head: 'data/search/index.json',
  /** One term shard (see `termIndex.ts`). */
  shard: (key: string): string => `data/search/terms/${key}.json`,
  /** One region's documents: offices, unit types, positions, flows, steps, rules, letters. */
  region: (id: string): string => `data/search/regions/${id}.json`,
  /** One region's regulation text, cut into cited passages. */
  text: (id: string): string => `data/search/text/${id}.json`,
};
