/**
 * The site with more regions (issue 23): the 5 shipped regions and 15 synthetic copies are built
 * into a temporary folder, and each kind of page must fetch what it fetches in dist/ (the 5
 * alone, built by `npm run build` from this code) within 10 %. A synthetic region is searchable
 * and has its pages. (npm run bench:scale measures the same at 542.)
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { href } from '../../src/routes';
import { distIsCurrent } from '../../scripts/buildCache';
import { pageBytes, PAGES, writeRegions } from '../../scripts/bench/scalePages';

const ROOT = join(import.meta.dirname, '..', '..');
const dist = join(ROOT, 'dist');
const tmp = mkdtempSync(join(tmpdir(), 'bagan-scale-test-'));
const regions = join(tmp, 'regions');
const more = join(tmp, 'dist');
let build: { status: number | null; output: string } = { status: null, output: '' };

const buildEnv = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => key !== 'NODE_ENV' && key !== 'TEST' && !key.startsWith('VITEST'),
    ),
  );

beforeAll(() => {
  writeRegions(regions, 20);
  const run = spawnSync('npx', ['tsx', 'scripts/build.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    // As `npm run build` runs: not with the test runner's NODE_ENV=test and VITEST variables
    // (Vite would build Svelte's development code).
    env: { ...buildEnv(), BAGAN_REGIONS_DIR: regions, BAGAN_DIST: more },
  });
  build = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}, 300_000);

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  // The build's caches for that output folder (scripts/build.ts names them by its path's hash).
  const hash = createHash('sha256').update(more).digest('hex').slice(0, 8);
  for (const name of ['bagan-build', 'bagan-ssr'])
    rmSync(join(ROOT, 'node_modules', '.cache', `${name}-${hash}`), { recursive: true, force: true });
});

describe('the site built with 5 shipped and 15 synthetic regions', () => {
  it('builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(build.output).toMatch(/ 20 wilayah/);
  });

  it('is compared with dist/ built from this code', () => {
    // A dist/ from older code would compare the new build with an old one.
    const current = distIsCurrent();
    expect(current.ok, current.why).toBe(true);
  });

  it.each(PAGES)('$kind page: fetches within 10 % of what it fetches with the 5 alone', async (page) => {
    const path = page.kind === 'home' ? '' : href(page.route).split('?')[0]!;
    const five = await pageBytes(dist, page, path);
    const twenty = await pageBytes(more, page, path);
    const total = (b: typeof five) => b.html + b.code + b.data;
    expect(total(twenty) / total(five)).toBeLessThanOrEqual(1.1);
    // The same data files, and none of them names every region: a page that loaded a list of all
    // regions would fetch a few hundred bytes more here, and 150 KB more at 542.
    expect(twenty.dataFiles).toEqual(five.dataFiles);
    for (const file of twenty.dataFiles) {
      const named = new Set(readFileSync(join(more, file), 'utf8').match(/sintetis-\d+/g) ?? []);
      expect(named.size, `${file} names ${named.size} of the 15 synthetic regions`).toBeLessThan(15);
    }
  });

  it('gives a synthetic region its pages, its data and its search files', () => {
    for (const file of [
      'sintetis-0/index.html',
      'data/sintetis-0.json',
      'data/search/regions/sintetis-0.json',
      'data/search/text/sintetis-0.json',
    ])
      expect(existsSync(join(more, file)), file).toBe(true);
    // Its name is in the search's head, the only file every search reads.
    const head = readFileSync(join(more, 'data', 'search', 'index.json'), 'utf8');
    expect(head).toContain('sintetis-0');
    expect(readFileSync(join(dist, 'data', 'search', 'index.json'), 'utf8')).not.toContain('sintetis-0');
  });
});
