/**
 * Moving from one unit type to another once a page is hydrated: by a link on the region page (cold,
 * or after pointing at it so its page is fetched ahead) and from the unit page's own list, where the
 * chart view stays in the page. "In the page" is until the new boxes are in the DOM; "painted" is
 * until the frame that shows them has run.
 */
import type { Browser, Page } from '@playwright/test';
import { freshContext, median, RUNS, type BenchUnit, type Row } from './common';

/** Moving from one unit type's page to another by its link, once the first is hydrated. */
async function switchTime(
  page: Page,
  origin: string,
  region: string,
  a: string,
  b: string,
  boxesB: number,
  nameB: string,
  warm: boolean,
): Promise<{ dom: number; paint: number }> {
  await page.goto(`${origin}/${region}/`);
  await page.waitForSelector('html.hydrated');
  await page.waitForTimeout(200);
  // A reader points at a link before clicking it (~200 ms): the app fetches the page ahead.
  if (warm) {
    await page.locator(`main a[href$="/${b}/"]`).first().hover();
    await page.waitForTimeout(200);
  }
  // Time until the new chart's boxes are in the DOM (a MutationObserver sees it at once; polling
  // per animation frame would round up to whole frames).
  return page.evaluate(
    ({ b, boxesB, nameB }) =>
      new Promise<{ dom: number; paint: number }>((resolve, reject) => {
        const link = [...document.querySelectorAll<HTMLAnchorElement>('main a')].find((x) =>
          x.getAttribute('href')?.endsWith(`/${b}/`),
        );
        if (!link) return reject(new Error(`no link to ${b}`));
        const start = performance.now();
        const done = () =>
          document.querySelector('main h1')?.textContent?.trim() === nameB &&
          document.querySelectorAll('svg.chart-canvas g.box').length >= boxesB;
        const observer = new MutationObserver(() => {
          if (done()) {
            observer.disconnect();
            const dom = performance.now() - start;
            // Painted: the frame that shows it has run (a task queued from its rAF runs after it).
            requestAnimationFrame(() => setTimeout(() => resolve({ dom, paint: performance.now() - start })));
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        link.click();
      }),
    { b, boxesB, nameB },
  );
}

/**
 * Moving between two unit types from the unit page's own list ("Tipe unit lain"), the chart view
 * staying in the page: the list opened, the link pointed at (its page fetched ahead), then clicked.
 * The first move of a fresh page and the moves after it (code warm) are returned apart; moves
 * alternate, to `b` first (later moves at odd places go back to `a`).
 */
async function switchInPage(
  page: Page,
  origin: string,
  region: string,
  a: string,
  b: string,
  moves: number,
): Promise<{ first: { dom: number; paint: number }; later: { dom: number; paint: number }[] }> {
  await page.goto(`${origin}/${region}/${a}/`);
  await page.waitForSelector('html.hydrated');
  await page.waitForTimeout(200);
  const times: { dom: number; paint: number }[] = [];
  for (let i = 0; i < moves; i++) {
    const to = i % 2 === 0 ? b : a;
    await page.locator('details.unit-switch summary').click();
    await page.locator(`.unit-switch-list a[href$="/${to}/"]`).hover();
    await page.waitForTimeout(200);
    times.push(
      await page.evaluate(
        (to) =>
          new Promise<{ dom: number; paint: number }>((resolve, reject) => {
            const link = document.querySelector<HTMLAnchorElement>(`.unit-switch-list a[href$="/${to}/"]`);
            if (!link) return reject(new Error(`no link to ${to}`));
            const name = link.textContent?.trim();
            const start = performance.now();
            const done = () =>
              document.querySelector('main h1')?.textContent?.trim() === name &&
              document.querySelectorAll('svg.chart-canvas g.box').length > 0;
            const observer = new MutationObserver(() => {
              if (done()) {
                observer.disconnect();
                const dom = performance.now() - start;
                requestAnimationFrame(() =>
                  setTimeout(() => resolve({ dom, paint: performance.now() - start })),
                );
              }
            });
            observer.observe(document.body, {
              childList: true,
              subtree: true,
              attributes: true,
              characterData: true,
            });
            link.click();
          }),
        to,
      ),
    );
  }
  return { first: times[0]!, later: times.slice(1) };
}

/** The switch rows: to the largest unit type from another of its region. */
export async function switchRows(
  browser: Browser,
  origin: string,
  largest: BenchUnit,
  other: BenchUnit,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const warm of [false, true]) {
    const times: { dom: number; paint: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A fresh context: nothing of the target page is cached but what pointing fetched.
      const context = await freshContext(browser);
      times.push(
        await switchTime(
          await context.newPage(),
          origin,
          largest.region,
          other.unit,
          largest.unit,
          largest.boxes,
          largest.name,
          warm,
        ),
      );
      await context.close();
    }
    rows.push(
      {
        metric: `unit-type switch by its link (to ${largest.boxes} boxes), ${warm ? 'after pointing at it' : 'click at once'}: in the page`,
        ours: median(times.map((t) => t.dom)),
        unit: 'ms',
        target: '≤ 16 ms',
      },
      { metric: `… and painted`, ours: median(times.map((t) => t.paint)), unit: 'ms', target: '—' },
    );
  }
  const first: { dom: number; paint: number }[] = [];
  const toLargest: { dom: number; paint: number }[] = [];
  const back: { dom: number; paint: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await freshContext(browser);
    const t = await switchInPage(
      await context.newPage(),
      origin,
      largest.region,
      other.unit,
      largest.unit,
      // Ten moves after the first, five each way: the median is of code that has run a few times.
      11,
    );
    first.push(t.first);
    // later[0] is the second move (back to the other), later[1] the third (to the largest), ...
    t.later.forEach((x, i) => (i % 2 === 0 ? back : toLargest).push(x));
    await context.close();
  }
  rows.push(
    {
      metric: `unit-type switch from the unit page's list (chart view kept), first move: in the page`,
      ours: median(first.map((t) => t.dom)),
      unit: 'ms',
      target: '≤ 16 ms',
    },
    { metric: `… and painted`, ours: median(first.map((t) => t.paint)), unit: 'ms', target: '—' },
    {
      metric: `unit-type switch from the unit page's list, later moves (code warm), to the ${largest.boxes}-box chart: in the page`,
      ours: median(toLargest.map((t) => t.dom)),
      unit: 'ms',
      target: '≤ 16 ms',
    },
    { metric: `… and painted`, ours: median(toLargest.map((t) => t.paint)), unit: 'ms', target: '—' },
    {
      metric: `… back to the ${other.boxes}-box chart: in the page`,
      ours: median(back.map((t) => t.dom)),
      unit: 'ms',
      target: '≤ 16 ms',
    },
    { metric: `… and painted`, ours: median(back.map((t) => t.paint)), unit: 'ms', target: '—' },
  );
  return rows;
}
