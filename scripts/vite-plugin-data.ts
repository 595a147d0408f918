/**
 * Publishes the region data as open data: data/index.json and data/<id>.json.
 * Dev server: served from data/regions on each request (a broken file is served as it is, so
 * the page shows its error list). Build: every file must validate (with its citations), or the
 * build fails with the validator's messages.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plugin } from 'vite';
import { validateRegionText } from '../src/data/validate';
import { formatIssue } from '../src/data/issues';
import { indexEntry, type RegionIndex } from '../src/data/regionIndex';
import { readSources, regionFiles, REGIONS_DIR } from './sources';
import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutRegion, type RegionLayouts } from '../src/layout/regionLayouts';
import type { RegionData } from '../src/data/schema';
import { searchFileServer, searchFilesFor } from './search-files';

const elk = new ELK();
/** Dev-server cache of layouts by region id and data. */
const layoutCache = new Map<string, { key: string; layouts: Promise<RegionLayouts> }>();

function layoutsFor(region: RegionData): Promise<RegionLayouts> {
  const key = JSON.stringify(region);
  const hit = layoutCache.get(region.id);
  if (hit && hit.key === key) return hit.layouts;
  const layouts = layoutRegion(elk, region);
  layoutCache.set(region.id, { key, layouts });
  return layouts;
}

function validatedRegions() {
  const sources = readSources();
  const problems: string[] = [];
  const regions = regionFiles().flatMap((path) => {
    const result = validateRegionText(readFileSync(path, 'utf8'), `data/regions/${basename(path)}`, {
      sources,
    });
    if (result.ok) return [result.region];
    problems.push(...result.issues.map(formatIssue));
    return [];
  });
  return { regions, problems };
}

export function regionData(): Plugin {
  const serveSearch = searchFileServer(() => validatedRegions().regions);
  return {
    name: 'bagan-region-data',
    configureServer(server) {
      server.watcher.add(REGIONS_DIR);
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const layoutMatch = /\/data\/layouts\/([a-z0-9-]+)\.json$/.exec(url);
        if (layoutMatch) {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          const region = validatedRegions().regions.find((r) => r.id === layoutMatch[1]);
          if (!region) {
            res.statusCode = 404;
            res.end('{}');
            return;
          }
          void layoutsFor(region).then((layouts) => res.end(JSON.stringify(layouts)));
          return;
        }
        // Search index (see scripts/search-files.ts).
        if (serveSearch(url, res)) return;
        const match = /\/data\/(index|[a-z0-9-]+)\.json$/.exec(url);
        if (!match) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        if (match[1] === 'index') {
          const { regions } = validatedRegions();
          const index: RegionIndex = { schemaVersion: 1, regions: regions.map((r) => indexEntry(r)) };
          res.end(JSON.stringify(index));
          return;
        }
        const file = regionFiles().find((p) => basename(p) === `${match[1]}.json`);
        if (!file) {
          res.statusCode = 404;
          res.end('{}');
          return;
        }
        res.end(readFileSync(file, 'utf8'));
      });
    },
    async generateBundle() {
      const { regions, problems } = validatedRegions();
      if (problems.length > 0) this.error(`data tidak valid:\n${problems.join('\n')}`);
      const published = new Map(regions.map((r) => [r.id, JSON.stringify(r)]));
      const index: RegionIndex = {
        schemaVersion: 1,
        regions: regions.map((r) => indexEntry(r, published.get(r.id))),
      };
      this.emitFile({ type: 'asset', fileName: 'data/index.json', source: JSON.stringify(index) });
      // Search index (see scripts/search-files.ts).
      for (const [fileName, source] of searchFilesFor(regions))
        this.emitFile({ type: 'asset', fileName, source });
      for (const region of regions) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${region.id}.json`,
          source: published.get(region.id) as string,
        });
        // Layouts are precomputed here, so ELK never runs in the browser for bundled regions.
        const layouts = await layoutRegion(elk, region);
        this.emitFile({
          type: 'asset',
          fileName: `data/layouts/${region.id}.json`,
          source: JSON.stringify(layouts),
        });
      }
    },
  };
}
