/**
 * The dev server's side of the published data (`npm start`): every file the build would write
 * under data/ (src/data/publish.ts), computed on request from data/regions, validated and laid
 * out once per file content (a cache by hash, so a page answers at once after the first load):
 * a request stats the region files and reads only those whose time or size changed.
 * A file that fails validation is sent as its list of problems, so the page shows them.
 * Pages: every path is answered with index.html (embed pages with embed.html) and a
 * `<base href="/">`, as the build's prerendered pages carry their own.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { DATA, flowSlice, regionSummary, unitSlice } from '../src/data/publish';
import type { RegionData } from '../src/data/schema';
import { hashText } from '../src/data/hash';
import { checkRegionFile, provinceFiles, regionList, unitLayouts, type Checked } from './site';
import { readSources, regionFiles, REGIONS_DIR } from './sources';
import { searchFileServer } from './search-files';
import { PAGE_SEGMENTS } from '../src/routes';

interface Entry {
  /** mtime and size: unchanged means the file is not read again. */
  stat: string;
  /** The content's hash: a file touched without a change is not validated again. */
  hash: string;
  checked: Checked;
}
const cache = new Map<string, Entry>();
let sources: Map<string, string> | undefined;

/** A region file, validated once per content; a request reads only the files that changed. */
function checkedFile(path: string): Entry {
  const st = statSync(path);
  const stat = `${st.mtimeMs}:${st.size}`;
  const hit = cache.get(path);
  if (hit && hit.stat === stat) return hit;
  const hash = hashText(readFileSync(path, 'utf8'));
  if (hit && hit.hash === hash) {
    hit.stat = stat;
    return hit;
  }
  sources ??= readSources();
  const entry = { stat, hash, checked: checkRegionFile(path, sources) };
  cache.set(path, entry);
  return entry;
}

/** Every valid region, and a key that changes when any file's content does. */
function allRegions(): { key: string; regions: RegionData[] } {
  const entries = regionFiles().map(checkedFile);
  return {
    key: entries.map((e) => e.hash).join(','),
    regions: entries.flatMap((e) => (e.checked.ok ? [e.checked.region] : [])),
  };
}

/** The region list and the province files, computed again only when a region file changed. */
let lists: { key: string; files: Map<string, string> } | undefined;
function listFile(path: string): string | undefined {
  const { key, regions } = allRegions();
  if (lists?.key !== key) {
    const index = regionList(regions);
    lists = {
      key,
      files: new Map([
        [DATA.regionList, JSON.stringify(index)],
        ...provinceFiles(index).files.map((f): [string, string] => [f.path, f.text]),
      ]),
    };
  }
  return lists.files.get(path);
}

function regionById(id: string): Checked | undefined {
  const path = join(REGIONS_DIR, `${id}.json`);
  return existsSync(path) ? checkedFile(path).checked : undefined;
}

/** The text of a published data file, or undefined when there is none. */
async function published(path: string): Promise<string | undefined> {
  if (
    path === DATA.regionList ||
    path === DATA.provinces ||
    path.startsWith(DATA.province('').replace(/\.json$/, ''))
  )
    return listFile(path);
  const m =
    /^data\/([a-z0-9-]+)(?:\.json|\/(index\.json|unit\/([a-z0-9-]+)(\.layout)?\.json|alur\/([a-z0-9-]+)\.json))$/.exec(
      path,
    );
  if (!m) return undefined;
  const checked = regionById(m[1] ?? '');
  if (!checked) return undefined;
  if (!checked.ok) return JSON.stringify({ $invalid: checked.issues });
  const region: RegionData = checked.region;
  if (m[2] === undefined) return checked.text;
  if (m[2] === 'index.json') return JSON.stringify(regionSummary(region));
  if (m[3] !== undefined) {
    const unit = region.unitTypes.find((u) => u.id === m[3]);
    if (!unit) return undefined;
    return m[4] ? JSON.stringify(await unitLayouts(unit)) : JSON.stringify(unitSlice(region, unit.id));
  }
  const slice = flowSlice(region, m[5] ?? '');
  return slice ? JSON.stringify(slice) : undefined;
}

/**
 * `vite preview` answers a path with no page as a static host does: 404.html, status 404
 * (instead of the home page at the wrong address).
 */
export function notFoundPage(): Plugin {
  return {
    name: 'bagan-not-found',
    configurePreviewServer(server) {
      // Before Vite's own fallback, which would answer every path with the home page.
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        const dist = join(server.config.root, server.config.build.outDir);
        const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
        const file = join(dist, path);
        if (
          !file.startsWith(dist) ||
          existsSync(join(file, 'index.html')) ||
          (existsSync(file) && statSync(file).isFile())
        )
          return next();
        res.statusCode = 404;
        res.setHeader('Access-Control-Allow-Origin', '*');
        // A missing file (data, code) is a 404, as on a static host; a missing page is 404.html.
        if (!(req.headers['accept'] ?? '').includes('text/html') || /\.\w+$/.test(path))
          return void res.end();
        try {
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(readFileSync(join(dist, '404.html'), 'utf8'));
        } catch {
          res.end();
        }
      });
    },
  };
}

export function regionData(): Plugin {
  const serveSearch = searchFileServer(allRegions);
  return {
    name: 'bagan-region-data',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add(REGIONS_DIR);
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? '';
        // Search index (see scripts/search-files.ts).
        if (serveSearch(url.split('?')[0] ?? '', res)) return;
        // Vite's own module requests (data/glossary.json?import) are not published files.
        if (/[?&](import|raw|url)\b/.test(url)) return next();
        const path = (url.split('?')[0] ?? '').replace(/^\//, '');
        // An embed page is its own entry (embed.html), as the build writes it.
        if (
          path.startsWith(`${PAGE_SEGMENTS.embed}/`) &&
          (req.headers['accept'] ?? '').includes('text/html')
        ) {
          req.url = `/embed.html${url.includes('?') ? url.slice(url.indexOf('?')) : ''}`;
          return next();
        }
        if (!path.startsWith('data/')) return next();
        void published(path).then(
          (text) => {
            if (text === undefined) {
              res.statusCode = 404;
              res.end('{}');
              return;
            }
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(text);
          },
          (error: unknown) => {
            res.statusCode = 500;
            res.end(JSON.stringify({ error: String(error) }));
          },
        );
      });
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        // Every path is answered with this page: links, scripts and data resolve from the root.
        return html.replace(/<meta charset="UTF-8" \/>/i, (m) => `${m}\n    <base href="/" />`);
      },
    },
  };
}
