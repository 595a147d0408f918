/**
 * Work off and on the main thread: a user's own file of 1,000 and 2,000 positions laid out in the
 * worker (and the longest main-thread task meanwhile), then a flow animated on the largest chart
 * (frame rate, and the delay from a step event to its highlight).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import type { RegionData } from '../../src/data/schema';
import { median, type BenchUnit, type Row } from './common';

export async function motionRows(
  context: BrowserContext,
  origin: string,
  root: string,
  largest: BenchUnit,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const n of [1000, 2000]) {
    // A user's own file: laid out in the worker (wide and narrow), tree layout above 60 boxes.
    const page = await context.newPage();
    await page.goto(`${origin}/bench/worker.html?n=${n}`);
    await page.waitForFunction(
      () => (window as unknown as { benchResult?: unknown }).benchResult !== undefined,
      undefined,
      { timeout: 180_000 },
    );
    const r = await page.evaluate(
      () =>
        (window as unknown as { benchResult: { ms: number; longestTask: number; maxFrameGap: number } })
          .benchResult,
    );
    rows.push({
      metric: `layout in the worker, ${n} positions (wide + narrow)`,
      ours: r.ms,
      unit: 'ms',
      target: '≤ 1500 ms',
    });
    rows.push({
      metric: `longest main-thread task during it (${n})`,
      ours: r.longestTask,
      unit: 'ms',
      target: '≤ 50 ms',
    });
    await page.close();
  }
  {
    // Animation on the largest chart: a flow that applies to it, autoplay at 2×.
    const data = JSON.parse(
      readFileSync(join(root, 'dist/data', `${largest.region}.json`), 'utf8'),
    ) as RegionData;
    const flow =
      data.flows.find((f) => f.unitTypes.includes(largest.unit)) ??
      data.flows.find((f) => f.unitTypes.length === 0);
    if (flow) {
      const page = await context.newPage();
      await page.goto(`${origin}/${largest.region}/alur/${flow.id}/?unit=${largest.unit}`);
      await page.waitForSelector('html.hydrated');
      await page.waitForSelector('svg.chart-canvas g.box');
      await page.getByLabel('Kecepatan').selectOption('2');
      const fps = await page.evaluate(
        () =>
          new Promise<number[]>((resolve) => {
            const deltas: number[] = [];
            let last = performance.now();
            const end = last + 4000;
            (document.querySelector('.player-controls button.primary') as HTMLButtonElement).click();
            const frame = (t: number) => {
              deltas.push(t - last);
              last = t;
              if (t < end) requestAnimationFrame(frame);
              else resolve(deltas);
            };
            requestAnimationFrame(frame);
          }),
      );
      const frameMs = median(fps.slice(1));
      rows.push({
        metric: `animation frame rate (${largest.boxes}-box chart, median)`,
        ours: 1000 / frameMs,
        unit: 'fps',
        target: '≥ 55',
      });
      const delays = await page.evaluate(() => {
        const marks = performance.getEntriesByType('mark');
        const out: number[] = [];
        marks.forEach((m, i) => {
          if (!m.name.startsWith('bagan:step:')) return;
          const next = marks.slice(i + 1).find((x) => x.name === 'bagan:highlight');
          if (next) out.push(next.startTime - m.startTime);
        });
        return out;
      });
      rows.push({
        metric: 'step event → highlight (median)',
        ours: median(delays),
        unit: 'ms',
        target: '≤ 16 ms',
      });
      await page.close();
    }
  }
  return rows;
}
