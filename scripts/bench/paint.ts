/**
 * First paint, side by side with the peer (d3-org-chart): a deep link to a unit type's page opened
 * cold, on a fast connection and on a slow phone; the bytes that had arrived by the paint; and this
 * harness's floor (a one-sentence page, and our page with JavaScript off), so the ratio can be read
 * against what no page here can beat.
 */
import type { Browser, Page } from '@playwright/test';
import { fresh, median, RUNS, type BenchUnit, type Row } from './common';

/** A unit type's page (prerendered: the chart is in the HTML). */
const unitPath = (region: string, unit: string) => `/${region}/${unit}/`;

/**
 * Our first chart paint: the page is prerendered, so the boxes arrive with the HTML and the first
 * contentful paint is the chart's. Checked: the boxes are there when it is read. Also returns
 * when pan and zoom are ready (the chart is usable: `data-zoom="ready"`).
 */
async function ourPaint(
  page: Page,
  origin: string,
  region: string,
  unit: string,
  boxes: number,
): Promise<{ paint: number; ready: number; bytes: number }> {
  await page.goto(`${origin}${unitPath(region, unit)}`);
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('svg.chart-canvas g.box').length >= n &&
      performance.getEntriesByName('first-contentful-paint').length > 0,
    boxes,
  );
  await page.waitForSelector('svg.chart-canvas[data-zoom="ready"]', { state: 'attached' });
  const paint = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
  );
  return {
    paint,
    ready: await page.evaluate(() => performance.now()),
    bytes: await bytesBefore(page, paint),
  };
}

/**
 * Bytes (as sent, gzip) of the page and of every file that had arrived by `time`: what a reader's
 * connection carried before the chart was painted.
 */
function bytesBefore(page: Page, time: number): Promise<number> {
  return page.evaluate(
    (t) =>
      (
        [
          ...performance.getEntriesByType('navigation'),
          ...performance.getEntriesByType('resource'),
        ] as PerformanceResourceTiming[]
      )
        .filter((e) => e.responseEnd <= t)
        .reduce((n, e) => n + e.encodedBodySize, 0),
    time,
  );
}

/** The peer's: its chart's rAF after render, and no earlier than its first contentful paint. */
async function peerPaint(
  page: Page,
  origin: string,
  region: string,
  unit: string,
): Promise<{ paint: number; bytes: number }> {
  await page.goto(`${origin}/bench/orgchart.html?region=${region}&unit=${unit}`);
  await page.waitForFunction(
    () => (window as unknown as { benchResult?: unknown }).benchResult !== undefined,
  );
  const paint = await page.evaluate(() =>
    Math.max(
      (window as unknown as { benchResult: { paint: number } }).benchResult.paint,
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
    ),
  );
  return { paint, bytes: await bytesBefore(page, paint) };
}

/**
 * A page's first contentful paint, read by polling (a page without JavaScript runs no
 * waitForFunction, but the entry can still be read from outside).
 */
async function contentfulPaint(page: Page, url: string): Promise<number> {
  await page.goto(url);
  for (let i = 0; i < 100; i++) {
    const t = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    );
    if (t !== null) return t;
    await page.waitForTimeout(50);
  }
  throw new Error(`no first contentful paint on ${url}`);
}

/** The paint rows for each unit type given (typical, largest), then the harness's floor. */
export async function paintRows(browser: Browser, origin: string, units: BenchUnit[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const u of units) {
    const ours: { paint: number; ready: number; bytes: number }[] = [];
    const peer: { paint: number; bytes: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      ours.push(await fresh(browser, false, (p) => ourPaint(p, origin, u.region, u.unit, u.boxes)));
      peer.push(await fresh(browser, false, (p) => peerPaint(p, origin, u.region, u.unit)));
    }
    // The same on a slow phone: Slow 4G and a 4× slower CPU, each side in a fresh context.
    const slowOurs: number[] = [];
    const slowPeer: number[] = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++) {
      slowOurs.push(
        (await fresh(browser, true, (p) => ourPaint(p, origin, u.region, u.unit, u.boxes))).paint,
      );
      slowPeer.push((await fresh(browser, true, (p) => peerPaint(p, origin, u.region, u.unit))).paint);
    }
    const of = <T>(xs: T[], key: keyof T) => median(xs.map((x) => x[key] as number));
    rows.push(
      {
        metric: `first chart paint, ${u.boxes} boxes (${u.region}/${u.unit})`,
        ours: of(ours, 'paint'),
        peer: of(peer, 'paint'),
        unit: 'ms',
        target: '≤ 0.5× peer',
      },
      {
        metric: `… on a slow phone (Slow 4G, 4× CPU, 360 px), ${u.boxes} boxes`,
        ours: median(slowOurs),
        peer: median(slowPeer),
        unit: 'ms',
        target: '≤ 0.5× peer',
      },
      {
        metric: `bytes fetched before the first chart paint (gzip), ${u.boxes} boxes`,
        ours: of(ours, 'bytes') / 1024,
        peer: of(peer, 'bytes') / 1024,
        unit: 'KB',
        target: '≤ 30 KB',
      },
      {
        metric: `chart usable (pan and zoom ready), ${u.boxes} boxes`,
        ours: of(ours, 'ready'),
        unit: 'ms',
        target: '—',
      },
    );
  }
  const floor = `${origin}/bench/floor.html`;
  const typical = units[0]!;
  const noJs: number[] = [];
  const floorFast: number[] = [];
  const floorSlow: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    floorFast.push(await fresh(browser, false, (p) => contentfulPaint(p, floor)));
    noJs.push(
      await fresh(
        browser,
        false,
        (p) => contentfulPaint(p, `${origin}${unitPath(typical.region, typical.unit)}`),
        false,
      ),
    );
    if (i < 3) floorSlow.push(await fresh(browser, true, (p) => contentfulPaint(p, floor)));
  }
  rows.push(
    {
      metric: `… our ${typical.boxes}-box page with JavaScript off (HTML and CSS only)`,
      ours: median(noJs),
      unit: 'ms',
      target: '— (what the HTML and CSS cost)',
    },
    {
      metric: 'floor: first paint of a one-sentence page (no CSS, no JS), this harness',
      ours: median(floorFast),
      unit: 'ms',
      target: '— (no page here paints sooner)',
    },
    {
      metric: '… on a slow phone (Slow 4G, 4× CPU, 360 px)',
      ours: median(floorSlow),
      unit: 'ms',
      target: '—',
    },
  );
  return rows;
}
