/**
 * npm run bench:scale: the site built with N regions. Writes N - 5 synthetic regions (copies of
 * the shipped files with new ids, names and provinces) beside the 5 shipped ones in a temporary
 * folder (never into data/), builds into another (never into dist/), and prints one table: build
 * time per region, peak memory, dist bytes per region, and for each kind of page the gzip bytes
 * it fetches before the first paint: its HTML, the JS and CSS it references (entry and view
 * chunks, from the build's manifest) and the data files its loader fetches (loadPage, run here
 * against the built files). BENCH_SCALE_N=5,50,542 picks the sizes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RegionData } from '../../src/data/schema';
import { pageBytes, PAGES, writeRegions } from './scalePages';

const ROOT = join(import.meta.dirname, '..', '..');

function duBytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n += e.isDirectory() ? duBytes(p) : statSync(p).size;
  }
  return n;
}

function runBuild(regions: string, dist: string) {
  return spawnSync('npx', ['tsx', 'scripts/build.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      BAGAN_REGIONS_DIR: regions,
      BAGAN_DIST: dist,
      BAGAN_BUILD_MEMORY: '1',
      VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
    },
  });
}

/**
 * The build again after one region's file changed (Kabupaten Semarang renamed): the regions of its
 * province are built again (their lists name it), the others' files are moved over.
 */
function rebuildAfterOneChange(regions: string, dist: string): { seconds: number; built: string } {
  const file = join(regions, 'semarang.json');
  const region = JSON.parse(readFileSync(file, 'utf8')) as RegionData;
  region.name = `${region.name} (diubah)`;
  writeFileSync(file, JSON.stringify(region));
  const t = performance.now();
  const run = runBuild(regions, dist);
  const seconds = (performance.now() - t) / 1000;
  if (run.status !== 0) throw new Error(`rebuild failed:\n${run.stdout}\n${run.stderr}`);
  // Where the rebuild's time went, step by step (the build prints each step's seconds).
  console.log(`rebuild with one region changed:\n${run.stdout.trim()}`);
  return { seconds, built: /(\d+) wilayah dibangun/.exec(run.stdout)?.[1] ?? '?' };
}

async function main(): Promise<void> {
  const sizes = (process.env['BENCH_SCALE_N'] ?? '5,50').split(',').map(Number);
  const rows: string[] = [];
  /** Bytes of each kind of page, by N: the check that they stay flat. */
  const totals = new Map<number, number[]>();
  for (const n of sizes) {
    const tmp = mkdtempSync(join(tmpdir(), `bagan-scale-${n}-`));
    const regions = join(tmp, 'regions');
    const dist = join(tmp, 'dist');
    writeRegions(regions, n);
    const t = performance.now();
    const run = runBuild(regions, dist);
    const seconds = (performance.now() - t) / 1000;
    if (run.status !== 0) throw new Error(`build with ${n} regions failed:\n${run.stdout}\n${run.stderr}`);
    console.log(`build with ${n} regions:\n${run.stdout.trim()}`);
    const memory = /memori puncak (\d+) MB/.exec(run.stdout)?.[1] ?? '?';
    const pages = /(\d+) halaman/.exec(run.stdout)?.[1] ?? '?';
    const cells: string[] = [];
    const bytes: number[] = [];
    totals.set(n, bytes);
    for (const page of PAGES) {
      const path =
        page.kind === 'home' ? '' : (await import('../../src/routes')).href(page.route).split('?')[0]!;
      try {
        const b = await pageBytes(dist, page, path);
        cells.push(`${((b.html + b.code + b.data) / 1024).toFixed(1)} (${(b.data / 1024).toFixed(1)})`);
        bytes.push(b.html + b.code + b.data);
      } catch {
        cells.push('—');
        bytes.push(NaN);
      }
    }
    const distBytes = duBytes(dist);
    const again = rebuildAfterOneChange(regions, dist);
    rows.push(
      `| ${n} | ${pages} | ${seconds.toFixed(1)} s | ${((seconds * 1000) / n).toFixed(0)} ms | ${memory} MB | ${(distBytes / 1024 / 1024).toFixed(1)} MB | ${(distBytes / n / 1024 / 1024).toFixed(2)} MB | ${again.seconds.toFixed(1)} s (${again.built}) | ${cells.join(' | ')} |`,
    );
    console.log(rows.at(-1));
    rmSync(tmp, { recursive: true, force: true });
    // The build's caches for that output folder (scripts/build.ts names them by its path's hash).
    const hash = createHash('sha256').update(dist).digest('hex').slice(0, 8);
    for (const name of ['bagan-build', 'bagan-ssr'])
      rmSync(join(ROOT, 'node_modules', '.cache', `${name}-${hash}`), { recursive: true, force: true });
  }
  const head = [
    `| regions | pages | build | build / region | peak memory | dist/ | dist / region | rebuild, one region changed (regions built) | ${PAGES.map((p) => `${p.kind} KB (data)`).join(' | ')} |`,
    `|---:|---:|---:|---:|---:|---:|---:|---:|${PAGES.map(() => '---:').join('|')}|`,
  ];
  console.log(`\n${[...head, ...rows].join('\n')}`);
  // The issue's bound: what each kind of page fetches at any N is within 10% of N = 5.
  const base = totals.get(Math.min(...sizes));
  let flat = true;
  for (const [n, bytes] of totals)
    bytes.forEach((b, i) => {
      const ratio = b / base![i]!;
      if (!(ratio <= 1.1)) {
        flat = false;
        console.log(
          `${PAGES[i]!.kind} at N = ${n}: ${(ratio * 100).toFixed(0)}% of N = ${Math.min(...sizes)}`,
        );
      }
    });
  console.log(flat ? 'page bytes flat in N (each within 10% of the smallest N)' : 'page bytes NOT flat');
  if (!flat) process.exitCode = 1;
}

await main();
