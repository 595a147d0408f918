/**
 * npm run build: the static site in dist/.
 *   1. every region file is validated (with its quotes against the texts): a broken file stops
 *      the build with the validator's messages;
 *   2. Vite builds the browser code (dist/assets) and the server renderer (node_modules/.cache);
 *   3. each region's data is published (whole file, summary, one slice per unit type and flow,
 *      precomputed layouts), one region at a time;
 *   4. every page is prerendered to dist/<path>/index.html, with `<base href>` pointing at the
 *      root so the folder works from any sub-path; old ids get pages that send readers on;
 *   5. sitemap.xml and 404.html.
 * REGIONS=<id>[,<id>] builds only those regions (a regional government publishing its own site).
 * BAGAN_REGIONS_DIR and BAGAN_DIST read the regions from, and write the site to, other folders
 * (npm run bench:scale builds synthetic regions this way, never touching data/ or dist/).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { RegionData } from '../src/data/schema';
import {
  checkAll,
  provinceFiles,
  provinceRoutes,
  regionList,
  offlineList,
  regionOutputs,
  regionRoutes,
  redirectRoutes,
  STATIC_ROUTES,
} from './site';
import { writePage, pageWriter } from './prerender';
import { writeOfflineShell, writeServiceWorker } from './offline';
import { DATA } from '../src/data/publish';
import { provinceSlug } from '../src/data/provinces';
import { searchFilesFor } from './search-files';

const ROOT = join(import.meta.dirname, '..');
const DIST = process.env['BAGAN_DIST'] ?? join(ROOT, 'dist');
// Under node_modules so the renderer finds its dependencies; one per output folder, so that the
// scale bench can build beside a normal build.
const SSR_OUT = join(
  ROOT,
  'node_modules',
  '.cache',
  process.env['BAGAN_DIST']
    ? `bagan-ssr-${createHash('sha256').update(DIST).digest('hex').slice(0, 8)}`
    : 'bagan-ssr',
);

function step(name: string): () => void {
  const t = performance.now();
  process.stdout.write(`${name}… `);
  return () => console.log(`${((performance.now() - t) / 1000).toFixed(1)} s`);
}

async function main(): Promise<void> {
  process.env['VITE_CONFIG_NATIVE_IGNORE_WARNING'] = 'true';
  let done = step('validate');
  const only = process.env['REGIONS']
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const checked = checkAll(only);
  if (checked.problems.length > 0) {
    console.error(`\ndata tidak valid:\n${checked.problems.join('\n')}`);
    process.exit(1);
  }
  const regions: RegionData[] = checked.regions;
  done();

  done = step('vite build (browser)');
  await build({ logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true } });
  done();
  done = step('vite build (server)');
  await build({
    logLevel: 'warn',
    build: {
      ssr: 'src/ssr.ts',
      outDir: SSR_OUT,
      emptyOutDir: true,
      rolldownOptions: { input: 'src/ssr.ts' },
    },
  });
  done();

  const ssr = (await import(pathToFileURL(join(SSR_OUT, 'ssr.js')).href)) as typeof import('../src/ssr');
  const write = (path: string, text: string) => {
    const file = join(DIST, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  };

  done = step('data');
  const index = regionList(regions);
  write(ssr.DATA.regionList, JSON.stringify(index));
  // What pages load to list regions: one row per province, and each province's regions.
  const provinces = provinceFiles(index);
  for (const file of provinces.files) write(file.path, file.text);
  // The format, for anyone writing a region file (the import page links to both).
  for (const name of ['schema.json', 'template.json'])
    write(`data/${name}`, readFileSync(join(ROOT, 'data', name), 'utf8'));
  // The search index: a small head, term shards, each region's documents and text (src/search).
  for (const [path, text] of searchFilesFor(regions)) write(path, text);
  done();

  const pages = pageWriter(DIST, ssr);
  done = step(`pages`);
  for (const route of STATIC_ROUTES) await writePage(pages, route);
  for (const route of provinceRoutes(provinces.list)) await writePage(pages, route);
  await writePage(pages, { name: 'import' }, 'impor/lihat/');
  for (const region of regions) {
    // One region at a time: its files, its pages, then it is forgotten (memory stays flat).
    for await (const file of regionOutputs(region)) write(file.path, file.text);
    for (const route of regionRoutes(region)) await writePage(pages, route);
    write(DATA.offline(region.id), JSON.stringify(offlineList(region, provinceSlug(region.province))));
    for (const { from, to } of redirectRoutes(region)) pages.redirect(from, to);
    ssr.forgetRegions();
  }
  done();
  // Static hosts answer unknown paths with 404.html, from any depth: its base must be absolute.
  await writePage(pages, { name: 'unknown', path: '404' }, '404.html', process.env['BASE_PATH'] ?? '/');
  pages.finish();
  // Offline: the page for addresses not kept, then the service worker over everything written.
  writeOfflineShell(DIST, pages.templates.app, process.env['BASE_PATH'] ?? '/');
  done = step('service worker');
  const sw = await writeServiceWorker(DIST);
  done();
  console.log(`service worker: ${sw.count} berkas disimpan lebih dulu (${Math.round(sw.size / 1024)} KB)`);
  console.log(`${pages.count} halaman, ${regions.length} wilayah`);
  // Read by npm run bench:scale (maxRSS is in kilobytes).
  console.log(`memori puncak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
}

await main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
