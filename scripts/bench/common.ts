/** What every part of `npm run bench` shares: the run count, a row of the table, fresh contexts. */
import type { Browser, BrowserContext, Page } from '@playwright/test';

export const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** One line of the bench table: ours, the peer's where it has one, the unit and the target. */
export type Row = { metric: string; ours: number; peer?: number; unit: string; target: string };

/** A bundled unit type: its region, id, number of boxes and name. */
export type BenchUnit = { region: string; unit: string; boxes: number; name: string };

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};

/**
 * A fresh context: nothing cached, as for a reader opening a shared link. tsx keeps function names
 * with a helper (`__name`) that page.evaluate bodies reference, so pages get a stand-in.
 */
export async function freshContext(
  browser: Browser,
  viewport = { width: 1280, height: 900 },
  javaScriptEnabled = true,
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, javaScriptEnabled });
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  return context;
}

/** Lighthouse's "Slow 4G" (150 ms, 1.6 Mbit/s down, 750 kbit/s up) and a 4× slower CPU. */
async function slowPhone(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

const SLOW = { width: 360, height: 740 };

/** One side's paint in a fresh context (nothing cached), on a slow phone when asked. */
export async function fresh<T>(
  browser: Browser,
  slow: boolean,
  measure: (page: Page) => Promise<T>,
  javaScript = true,
): Promise<T> {
  const context = await freshContext(browser, slow ? SLOW : undefined, javaScript);
  const page = await context.newPage();
  if (slow) await slowPhone(page);
  try {
    return await measure(page);
  } finally {
    await context.close();
  }
}

/** The table as Markdown: ratio ours / peer where the peer was measured. */
export function table(rows: Row[]): string {
  const fmt = (v: number | undefined) =>
    v === undefined || Number.isNaN(v) ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(1);
  const header = '| metric | ours | d3-org-chart | ratio | unit | target |\n|---|---:|---:|---:|---|---|';
  const lines = rows.map(
    (r) =>
      `| ${r.metric} | ${fmt(r.ours)} | ${fmt(r.peer)} | ${r.peer ? (r.ours / r.peer).toFixed(2) + '×' : '—'} | ${r.unit} | ${r.target} |`,
  );
  return [header, ...lines].join('\n');
}
