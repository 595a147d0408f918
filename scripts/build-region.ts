/**
 * The build's step for one region (scripts/build.ts): its data files, its search documents and
 * text, its pages, its offline list and the pages its old ids send on. Run inside a worker thread
 * (scripts/build-worker.ts), one region at a time, so regions are built on every core and only the
 * region at hand is in memory.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { validateRegionText } from '../src/data/validate';
import { formatIssue } from '../src/data/issues';
import { DATA } from '../src/data/publish';
import { provinceSlug } from '../src/data/provinces';
import { searchPaths } from '../src/search/paths';
import { headEntry, regionSearchFiles, regionWords } from '../src/search/termIndex';
import { checkRegionText, offlineList, redirectRoutes, regionOutputs, regionRoutes } from './site';
import { stampOf, type CheckRecord, type buildCache } from './buildCache';
import { indexEntry } from '../src/data/regionIndex';
import { regionDocuments } from '../src/search/documents';
import { writePage, type PageWriter } from './prerender';

export interface RegionBuilt {
  /** Pages written (prerendered, not counting the old ids' pages). */
  count: number;
  /** Their paths, for the sitemap. */
  urls: string[];
  /** Every file written, relative to the site's root. */
  files: string[];
}

export type RegionChecked = { record: CheckRecord; reused: boolean } | { problems: string[] };

/**
 * Validates one region file (its quotes against the texts) and reads what the build keeps of it:
 * its list entry and its search words. A file whose text and code an earlier build saw is taken
 * from the cache (`code`: the stamp of everything but the region files, scripts/buildCache.ts).
 */
export function checkRegion(
  path: string,
  sources: ReadonlyMap<string, string>,
  code: string,
  cache: ReturnType<typeof buildCache>,
): RegionChecked {
  const text = readFileSync(path, 'utf8');
  const id = basename(path, '.json');
  const stamp = stampOf(code, text);
  const known = cache.check(id, stamp);
  if (known) return { record: known, reused: true };
  const checked = checkRegionText(path, text, sources);
  if (!checked.ok) return { problems: checked.issues.map(formatIssue) };
  const region = checked.region;
  const record: CheckRecord = {
    stamp,
    entry: indexEntry(region, JSON.stringify(region)),
    head: headEntry(region),
    words: regionWords(regionDocuments(region, sources.get(region.source))),
  };
  cache.keepCheck(id, record);
  return { record, reused: false };
}

/** Writes everything one region publishes. The file was validated with its quotes before. */
export async function buildRegion(
  pages: PageWriter,
  path: string,
  sources: ReadonlyMap<string, string>,
): Promise<RegionBuilt> {
  const write = (to: string, text: string) => {
    const file = join(pages.dist, to);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    pages.written.push(to);
  };
  const file = `data/regions/${basename(path)}`;
  // The schema's checks again (they shape the data); the quotes were checked by the main thread.
  const checked = validateRegionText(readFileSync(path, 'utf8'), file);
  if (!checked.ok) throw new Error(checked.issues.map(formatIssue).join('\n'));
  const region = checked.region;
  const before = { count: pages.count, urls: pages.urls.length, files: pages.written.length };

  for await (const out of regionOutputs(region)) write(out.path, out.text);
  const sourceText = sources.get(region.source);
  const search = regionSearchFiles(sourceText === undefined ? { region } : { region, sourceText });
  write(searchPaths.region(region.id), JSON.stringify(search.docs));
  if (search.text) write(searchPaths.text(region.id), JSON.stringify(search.text));
  for (const route of regionRoutes(region)) await writePage(pages, route);
  write(DATA.offline(region.id), JSON.stringify(offlineList(region, provinceSlug(region.province))));
  for (const { from, to } of redirectRoutes(region)) pages.redirect(from, to);
  pages.ssr.forgetRegions();
  pages.forget();

  // The main thread keeps the sitemap's list; the worker lets its share go.
  return {
    count: pages.count - before.count,
    urls: pages.urls.splice(before.urls),
    files: pages.written.splice(before.files),
  };
}
