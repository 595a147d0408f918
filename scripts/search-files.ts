/**
 * The search index as published files (head, term shards, one documents file per region; paths
 * in src/search/paths.ts), for the build and for the dev server. Kept apart from the data plugin
 * so the plugin only calls in.
 */
import type { ServerResponse } from 'node:http';
import type { RegionData } from '../src/data/schema';
import { publishedSearchFiles } from '../src/search/termIndex';
import { readSources } from './sources';

/** Every search file: path relative to the site root -> JSON text. */
export function searchFilesFor(regions: readonly RegionData[]): Map<string, string> {
  const texts = readSources();
  return publishedSearchFiles(
    regions.map((region) => {
      const sourceText = texts.get(region.source);
      return sourceText === undefined ? { region } : { region, sourceText };
    }),
  );
}

/**
 * Dev-server handler: answers requests for search files, rebuilt only when a region changed.
 * Returns false for other URLs.
 */
export function searchFileServer(regions: () => { key: string; regions: readonly RegionData[] }) {
  let cached: { key: string; files: Map<string, string> } | undefined;
  return (url: string, res: ServerResponse): boolean => {
    const at = url.indexOf('/data/search/');
    if (at < 0) return false;
    // The key is the region files' content hashes (kept by the caller): no region is hashed here.
    const { key, regions: list } = regions();
    if (cached?.key !== key) cached = { key, files: searchFilesFor(list) };
    const file = cached.files.get(url.slice(at + 1));
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    if (file === undefined) {
      res.statusCode = 404;
      res.end('{}');
    } else res.end(file);
    return true;
  };
}
