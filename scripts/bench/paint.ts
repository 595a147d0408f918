/**
 * First paint, side by side with the peer (d3-org-chart): a deep link to a unit type's page opened
 * cold, on a fast connection and on a slow phone; the bytes that had arrived by the paint; and this
 * harness's floor (a one-sentence page; the same after our stylesheet, which a page under the CSP
 * must fetch before it paints; and our page with JavaScript off), each with its ratio to the peer's
 * paint of the typical unit type, so the ratio can be read against what no page here can beat.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * Writes the styled floor page into the harness's folder: the floor's sentence after the app's
 * render-blocking stylesheets, taken from the built site's page (served from the site's root).
 */
export function writeStyledFloor(dist: string, distBench: string): void {
  const page = readFileSync(join(dist, 'index.html'), 'utf8');
  const links = [...page.matchAll(/<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/g)].map(
    (m) => `<link rel="stylesheet" crossorigin href="/${m[1]}" />`,
  );
  if (links.length === 0) throw new Error('no stylesheet in dist/index.html');
  const floor = readFileSync(join(distBench, 'floor.html'), 'utf8');
  writeFileSync(
    join(distBench, 'floor-styles.html'),
    floor.replace('</head>', `  ${links.join('\n    ')}\n  </head>`),
  );
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
  // The floor: the one-sentence page, and the same sentence after our stylesheet (a page under
  // the site's CSP cannot inline its styles, so one file comes between the HTML and any paint).
  // Their ratio is read against the peer's paint of the typical unit type in this run.
  const floor = `${origin}/bench/floor.html`;
  const styled = `${origin}/bench/floor-styles.html`;
  const typical = units[0]!;
  const peerTypical = rows[0]!.peer;
  const peerTypicalSlow = rows[1]!.peer;
  const noJs: number[] = [];
  const floorFast: number[] = [];
  const floorSlow: number[] = [];
  const styledFast: number[] = [];
  const styledSlow: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    floorFast.push(await fresh(browser, false, (p) => contentfulPaint(p, floor)));
    styledFast.push(await fresh(browser, false, (p) => contentfulPaint(p, styled)));
    noJs.push(
      await fresh(
        browser,
        false,
        (p) => contentfulPaint(p, `${origin}${unitPath(typical.region, typical.unit)}`),
        false,
      ),
    );
    if (i < 3) {
      floorSlow.push(await fresh(browser, true, (p) => contentfulPaint(p, floor)));
      styledSlow.push(await fresh(browser, true, (p) => contentfulPaint(p, styled)));
    }
  }
  rows.push(
    {
      metric: `… our ${typical.boxes}-box page with JavaScript off (HTML and CSS only)`,
      ours: median(noJs),
      peer: peerTypical,
      unit: 'ms',
      target: '— (what the HTML and CSS cost)',
    },
    {
      metric: 'floor: first paint of a one-sentence page (no CSS, no JS), this harness',
      ours: median(floorFast),
      peer: peerTypical,
      unit: 'ms',
      target: '— (no page here paints sooner)',
    },
    {
      metric: '… on a slow phone (Slow 4G, 4× CPU, 360 px)',
      ours: median(floorSlow),
      peer: peerTypicalSlow,
      unit: 'ms',
      target: '—',
    },
    {
      metric: '… the same sentence after our stylesheet (the least a page under the CSP waits for)',
      ours: median(styledFast),
      peer: peerTypical,
      unit: 'ms',
      target: '—',
    },
    {
      metric: '… on a slow phone (Slow 4G, 4× CPU, 360 px)',
      ours: median(styledSlow),
      peer: peerTypicalSlow,
      unit: 'ms',
      target: '—',
    },
  );
  return rows;
}
