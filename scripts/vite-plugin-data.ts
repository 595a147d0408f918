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
  return {
    name: 'bagan-region-data',
    configureServer(server) {
      server.watcher.add(REGIONS_DIR);
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const match = /\/data\/(index|[a-z0-9-]+)\.json$/.exec(url);
        if (!match) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        if (match[1] === 'index') {
          const { regions } = validatedRegions();
          const index: RegionIndex = { schemaVersion: 1, regions: regions.map(indexEntry) };
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
    generateBundle() {
      const { regions, problems } = validatedRegions();
      if (problems.length > 0) this.error(`data tidak valid:\n${problems.join('\n')}`);
      const index: RegionIndex = { schemaVersion: 1, regions: regions.map(indexEntry) };
      this.emitFile({ type: 'asset', fileName: 'data/index.json', source: JSON.stringify(index) });
      for (const region of regions)
        this.emitFile({ type: 'asset', fileName: `data/${region.id}.json`, source: JSON.stringify(region) });
    },
  };
}
