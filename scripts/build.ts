/**
 * npm run build: the static site in dist/.
 *   1. every region file is validated (with its quotes against the texts): a broken file stops
 *      the build with the validator's messages;
 *   2. Vite builds the browser code (dist/assets) and the server renderer (node_modules/.cache);
 *      when the code is as at the previous build, Vite's files are moved over from it instead;
 *   3. the lists of regions and provinces and the search's head and term shards, from what step 1
 *      kept of each region (its list entry and its words: no region's data is held);
 *   4. the regions, one at a time on each core (worker threads, scripts/build-region.ts): each
 *      region's data (whole file, summary, one slice per unit type and flow, precomputed
 *      layouts), its search documents and text, and its pages prerendered to
 *      dist/<path>/index.html with `<base href>` pointing at the root so the folder works from
 *      any sub-path; old ids get pages that send readers on;
 *   5. the pages that are not a region's, sitemap.xml and 404.html.
 * REGIONS=<id>[,<id>] builds only those regions (a regional government publishing its own site).
 * BAGAN_REGIONS_DIR and BAGAN_DIST read the regions from, and write the site to, other folders
 * (npm run bench:scale builds synthetic regions this way, never touching data/ or dist/).
 * BUILD_WORKERS=<n> sets how many regions are built at once (default: the cores available).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { provinceFiles, provinceRoutes, STATIC_ROUTES } from './site';
import { writePage, pageWriter } from './prerender';
import { writeOfflineShell, writeServiceWorker } from './offline';
import type { RegionIndex } from '../src/data/regionIndex';
import { searchPaths } from '../src/search/paths';
import { DATA } from '../src/data/publish';
import { buildCache, codeStamp, moveOver, stampOf } from './buildCache';
import type { RegionBuilt } from './build-region';
import { runPool, workerCount } from './buildPool';
import { step } from './buildStep';
import { checkRegions } from './buildCheck';
import { viteOutputs } from './buildVite';

const ROOT = join(import.meta.dirname, '..');
const DIST = process.env['BAGAN_DIST'] ?? join(ROOT, 'dist');
/**
 * A folder of node_modules/.cache named `name`, one per output folder so that the scale bench can
 * build beside a normal build.
 */
function cacheFolder(name: string): string {
  const own = process.env['BAGAN_DIST']
    ? `${name}-${createHash('sha256').update(DIST).digest('hex').slice(0, 8)}`
    : name;
  return join(ROOT, 'node_modules', '.cache', own);
}
// Under node_modules so the renderer finds its dependencies.
const SSR_OUT = cacheFolder('bagan-ssr');
// What the previous build knew of each region (scripts/buildCache.ts).
const BUILD_CACHE = cacheFolder('bagan-build');

async function main(): Promise<void> {
  process.env['VITE_CONFIG_NATIVE_IGNORE_WARNING'] = 'true';
  let done = step('validate');
  const code = codeStamp();
  const { entries, stamps, terms, reused } = await checkRegions(code, BUILD_CACHE);
  done();
  if (reused > 0) console.log(`${reused} berkas wilayah tidak berubah sejak build sebelumnya`);

  // The previous build's folder is kept aside: the files of regions that did not change move over.
  const previous = `${DIST}.sebelumnya`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(DIST)) renameSync(DIST, previous);

  const cache = buildCache(BUILD_CACHE);
  const made = new Set<string>();
  const templates = await viteOutputs(code, cache, { dist: DIST, previous, ssr: SSR_OUT }, made);

  const ssr = (await import(pathToFileURL(join(SSR_OUT, 'ssr.js')).href)) as typeof import('../src/ssr');
  const write = (path: string, text: string) => {
    const file = join(DIST, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  };

  done = step('data');
  const index: RegionIndex = { schemaVersion: 1, regions: entries };
  write(ssr.DATA.regionList, JSON.stringify(index));
  // What pages load to list regions: one row per province, and each province's regions.
  const provinces = provinceFiles(index);
  for (const file of provinces.files) write(file.path, file.text);
  // The format, for anyone writing a region file (the import page links to both).
  for (const name of ['schema.json', 'template.json'])
    write(`data/${name}`, readFileSync(join(ROOT, 'data', name), 'utf8'));
  // The search's head and term shards (src/search); each region's documents come with the region.
  const search = terms.finish();
  write(searchPaths.head, JSON.stringify(search.head));
  for (const [key, shard] of search.shards) write(searchPaths.shard(key), JSON.stringify(shard));
  done();

  const pages = pageWriter(DIST, ssr, templates);
  // A region whose file, code and province lists are as in the previous build has its files moved
  // over from it; the others are built.
  const provinceText = new Map(provinces.files.map((f) => [f.path, f.text]));
  const outputStamp = (path: string) => {
    const { stamp, province } = stamps.get(path)!;
    return stampOf(
      stamp,
      provinceText.get(DATA.provinces) ?? '',
      provinceText.get(DATA.province(province)) ?? '',
    );
  };
  const moved = new Map<string, { count: number; urls: string[] }>();
  const valid = [...stamps.keys()];
  for (const path of valid) {
    const id = basename(path, '.json');
    const record = cache.output(id, outputStamp(path));
    if (record && moveOver(id, record.files, previous, DIST, made)) moved.set(path, record);
  }
  const toBuild = valid.filter((path) => !moved.has(path));
  const workers = workerCount(toBuild.length);
  done = step(`pages (${toBuild.length} wilayah dibangun, ${workers} sekaligus; ${moved.size} dipindah)`);
  // The workers start loading while this thread writes the pages that are not a region's.
  const built = new Map<string, RegionBuilt>();
  const regionsBuilt = runPool<RegionBuilt>(
    toBuild,
    { role: 'build', dist: DIST, ssr: join(SSR_OUT, 'ssr.js'), templates: pages.templates },
    workers,
    (path, region) => {
      built.set(path, region);
      cache.keepOutput(basename(path, '.json'), {
        stamp: outputStamp(path),
        files: region.files,
        urls: region.urls,
        count: region.count,
      });
    },
  );
  for (const route of STATIC_ROUTES) await writePage(pages, route);
  for (const route of provinceRoutes(provinces.list)) await writePage(pages, route);
  await writePage(pages, { name: 'import' }, 'impor/lihat/');
  await regionsBuilt;
  // The sitemap lists the regions' pages in the order of their files.
  for (const path of valid) {
    const region = moved.get(path) ?? built.get(path)!;
    pages.count += region.count;
    pages.urls.push(...region.urls);
  }
  done();
  done = step('previous build removed, 404, sitemap');
  rmSync(previous, { recursive: true, force: true });
  // Static hosts answer unknown paths with 404.html, from any depth: its base must be absolute.
  await writePage(pages, { name: 'unknown', path: '404' }, '404.html', process.env['BASE_PATH'] ?? '/');
  pages.finish();
  // Offline: the page for addresses not kept, then the service worker over everything written.
  writeOfflineShell(DIST, pages.templates.app, process.env['BASE_PATH'] ?? '/');
  done();
  done = step('service worker');
  const sw = await writeServiceWorker(DIST);
  done();
  console.log(`service worker: ${sw.count} berkas disimpan lebih dulu (${Math.round(sw.size / 1024)} KB)`);
  console.log(`${pages.count} halaman, ${entries.length} wilayah`);
  // Read by npm run bench:scale (maxRSS is in kilobytes).
  console.log(`memori puncak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
}

await main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
