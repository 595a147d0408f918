/**
 * npm run bench: builds the site and the peer harness, then measures in Chromium and prints one
 * table (ours, d3-org-chart's, ratio, target), also written to docs/bench.md. It reports; it does
 * not fail. (The first-view size budget is enforced in `npm test` by test/unit/budget.test.ts.)
 * The measurements: scripts/bench/paint.ts (first paint), switch.ts (unit-type switch), motion.ts
 * (worker layout, animation).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { RegionData } from '../src/data/schema';
import { freshContext, RUNS, table, type BenchUnit, type Row } from './bench/common';
import { motionRows } from './bench/motion';
import { paintRows, writeStyledFloor } from './bench/paint';
import { switchRows } from './bench/switch';
import { firstViewBytes } from './firstView';
import { serveStatic } from './staticServer';

const root = join(import.meta.dirname, '..');

function sh(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

/** Every bundled unit type, largest first. */
function bundledUnits(): BenchUnit[] {
  const index = JSON.parse(readFileSync(join(root, 'dist/data/index.json'), 'utf8')) as {
    regions: { id: string }[];
  };
  const units = index.regions.flatMap((r) => {
    const data = JSON.parse(readFileSync(join(root, 'dist/data', `${r.id}.json`), 'utf8')) as RegionData;
    return data.unitTypes.map((u) => ({ region: r.id, unit: u.id, boxes: u.positions.length, name: u.name }));
  });
  return units.sort((a, b) => b.boxes - a.boxes);
}

async function main() {
  sh('npm', ['run', 'build']);
  sh('npx', ['vite', 'build', '--config', 'scripts/bench/vite.bench.config.ts']);
  writeStyledFloor(join(root, 'dist'), join(root, 'dist-bench'));
  const port = 4180;
  const server = await serveStatic(
    port,
    { '/bench/': join(root, 'dist-bench'), '/': join(root, 'dist') },
    {},
    { gzip: true },
  );
  const origin = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-background-networking'],
  });
  const units = bundledUnits();
  const largest = units[0]!;
  const typical = units[Math.floor(units.length / 2)]!;
  const other = units.find((u) => u.region === largest.region && u.unit !== largest.unit)!;

  const rows: Row[] = [];
  const bytes = firstViewBytes(join(root, 'dist'));
  for (const view of ['home', 'region', 'unit', 'flow', 'myPosition'] as const)
    rows.push({
      metric: `first-view JS (gzip), ${view} page`,
      ours: firstViewBytes(join(root, 'dist'), view).js / 1024,
      unit: 'KB',
      target: view === 'home' || view === 'region' ? '≤ 60 KB' : '— (chart in the HTML first)',
    });
  rows.push(...(await paintRows(browser, origin, [typical, largest])));
  rows.push(...(await switchRows(browser, origin, largest, other)));
  const context = await freshContext(browser);
  rows.push(...(await motionRows(context, origin, root, largest)));
  await browser.close();
  server.close();

  const md = table(rows);
  console.log(`\n${md}\n`);
  const peerVersion = (
    JSON.parse(readFileSync(join(root, 'node_modules/d3-org-chart/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const doc = `# Bench\n\n\`npm run bench\` on this machine (2 cores, headless Debian Chromium), ${new Date().toISOString().slice(0, 10)}, median of ${RUNS} runs where timed. Peer: d3-org-chart ${peerVersion} rendering the same unit type (tree only) in the same harness; the server sends text gzipped, as a host would; 'slow phone' is Lighthouse's Slow 4G (150 ms, 1.6 Mbit/s) with a 4× slower CPU at 360 px, through the DevTools protocol, median of 3. First-view JS: ${bytes.files.join(', ')}.\n\n${md}\n\nThe bench reports and never fails; the first-view budget is enforced by \`npm test\` (test/unit/budget.test.ts). Headless Chromium paces requestAnimationFrame itself, so the frame rate is a floor check, not a display measurement.\n`;
  writeFileSync(join(root, 'docs/bench.md'), doc);
  console.log('wrote docs/bench.md');
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
