/**
 * Never blank (issue 20): a view's code, the embed's code, a worker or an embed's data that fails
 * to load says what happened and offers "Coba lagi", which brings the page back once the network
 * does. After a deploy, a missing code file reloads the page once, onto the address asked for.
 * Each embed kind passes axe with its landmark and one level-one heading.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page, type Route as Fulfil } from '@playwright/test';
import { builtRegion, expectNoA11yViolations, follow, hydrated, watch } from './helpers';
import { href, type Route } from '../../src/routes';
import { provinceSlug } from '../../src/data/provinces';
import { DATA } from '../../src/data/publish';
import { catalogue } from '../../src/i18n/messages';
import type { ViewName } from '../../src/app/load';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const say = catalogue.id;

/** The build's own record of which file holds which source module (vite `build.manifest`). */
const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  { file: string }
>;
/** The code file built from a source module (below the site's root). */
function chunkOf(source: string): string {
  const entry = manifest[source];
  if (!entry) throw new Error(`${source} is not in the build's manifest`);
  return entry.file;
}
/** A worker's file: workers are not in the manifest, their files are named after their source. */
function workerFile(name: string): string {
  const file = readdirSync(join(DIST, 'assets')).find((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
  if (!file) throw new Error(`no ${name} in dist/assets`);
  return `assets/${file}`;
}
/** The requests for a file, wherever the site is served from. */
const anywhere = (file: string) => `**/${file}`;

/** Each page view and the source module of its code, as src/app/views.ts loads them. */
const VIEW_SOURCES = new Map(
  [
    ...readFileSync(join(ROOT, 'src', 'app', 'views.ts'), 'utf8').matchAll(
      /^\s+(\w+): \(\) => import\('\.\.\/([^']+)'\)/gm,
    ),
  ].map((m) => [m[1] as ViewName, `src/${m[2]}`]),
);

const kaltim = builtRegion('kaltim');
const unit = kaltim.unitTypes.find((u) => u.id === 'pd-tipe-2') ?? kaltim.unitTypes[0]!;
const flow = kaltim.flows.find((f) => f.unitTypes.includes(unit.id)) ?? kaltim.flows[0]!;
/** An id no region has. */
const MISSING = 'tidak-ada';
/** A page of each view. */
const PAGES: Record<Exclude<ViewName, 'embed'>, Route> = {
  home: { name: 'home' },
  province: { name: 'province', province: provinceSlug(kaltim.province) },
  region: { name: 'region', region: kaltim.id },
  unit: { name: 'unit', region: kaltim.id, unit: unit.id, view: 'bagan' },
  flow: { name: 'flow', region: kaltim.id, flow: flow.id },
  letter: { name: 'letter', region: kaltim.id, form: kaltim.forms[0]!.id },
  passage: { name: 'passage', region: kaltim.id, from: 0, to: 0 },
  myPosition: { name: 'myPosition' },
  search: { name: 'search', query: '' },
  compare: { name: 'compare' },
  glossary: { name: 'glossary' },
  import: { name: 'import' },
  susun: { name: 'susun' },
  presentation: { name: 'presentation', deck: '', item: 0, path: [], tour: false },
  // A region that does not exist: the page that says so (the server answers its 404.html).
  notFound: { name: 'region', region: MISSING },
};

/** The level-one heading of a page as the build wrote it (the page the reader should end on). */
function builtHeading(route: Route): string {
  const link = href(route);
  const file = route === PAGES.notFound ? '404.html' : link === './' ? 'index.html' : `${link}index.html`;
  const html = readFileSync(join(DIST, file), 'utf8');
  const h1 = /<main[^>]*>[\s\S]*?<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
  if (h1 === undefined) throw new Error(`no h1 in ${file}`);
  return h1
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .trim();
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const absolute = (page: Page, route: Route) => new URL(href(route), new URL('/', page.url())).href;
/**
 * What the page logged, less what the requests a test makes fail leave: the console's "Failed to
 * load resource" (which names no file) and the HTTP errors of the files the test names.
 */
function unexpected(problems: string[], failing: string[] = []): string[] {
  return problems.filter(
    (p) =>
      !p.startsWith('console: Failed to load resource: ') &&
      !failing.some((file) => p.startsWith(`console: HTTP 404 /${file} `)),
  );
}

test('moving inside the app: a view whose code does not load says so, keeps its address, and opens on "Coba lagi"', async ({
  page,
}) => {
  const problems = watch(page);
  const documents: string[] = [];
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) documents.push(r.url());
  });
  // Every view the app loads lazily has a page here (a new view must be added).
  expect([...VIEW_SOURCES.keys()].sort()).toEqual(Object.keys(PAGES).sort());
  // The home page's code is loaded by the first page; every other view's is not yet.
  await page.goto(href(PAGES.home));
  await hydrated(page);
  const seen: string[] = [];
  for (const [view, route] of Object.entries(PAGES)) {
    if (view === 'home') continue;
    const chunk = chunkOf(VIEW_SOURCES.get(view as ViewName)!);
    let blocked = 0;
    await page.route(anywhere(chunk), (r) => (blocked++, r.abort()));
    await follow(page, href(route));
    await expect(heading(page), view).toHaveText(say['error.chunkTitle']);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(say['error.chunkBody'].replace(' ({reason})', ''));
    await expect(page).toHaveURL(absolute(page, route));
    expect(blocked, view).toBeGreaterThan(0);
    // The reader starts at what happened.
    await expect(heading(page)).toBeFocused();
    await page.unroute(anywhere(chunk));
    // By keyboard: a pointer left over a link of the new page would fetch that page's code ahead
    // (the app warms links under the pointer), and the next view's code would not be asked for.
    await page.keyboard.press('Tab');
    await expect(alert.getByRole('button', { name: say['error.retry'] })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(heading(page), view).toHaveText(builtHeading(route));
    // (A flow page then writes what it plays into the query.)
    expect(new URL(page.url()).pathname).toBe(new URL(absolute(page, route)).pathname);
    seen.push(view);
  }
  expect(seen).toHaveLength(Object.keys(PAGES).length - 1);
  // The site serves the version this page runs: a failed file is the network's, and reloading
  // would not help (it could give the browser's own error page). The page never reloaded.
  expect(documents).toHaveLength(1);
  // Only the region that does not exist was not found.
  expect(unexpected(problems, [DATA.region(MISSING)])).toEqual([]);
});

test('opening a page by its address: when its code does not load, the page stays readable, says so and comes to life on "Coba lagi"', async ({
  page,
}) => {
  const problems = watch(page);
  const views = ['search', 'import', 'glossary', 'myPosition', 'compare', 'presentation', 'letter'];
  for (const view of views) {
    const route = PAGES[view as keyof typeof PAGES];
    const chunk = chunkOf(VIEW_SOURCES.get(view as ViewName)!);
    await page.route(anywhere(chunk), (r) => r.abort());
    await page.goto(href(route));
    const notice = page.getByRole('alert').filter({ hasText: say['error.chunkTitle'] });
    await expect(notice, view).toContainText(say['error.chunkBody'].replace(' ({reason})', ''));
    // The page as built is still there to read, never a blank page.
    await expect(heading(page), view).toHaveText(builtHeading(route));
    await page.unroute(anywhere(chunk));
    await notice.getByRole('button', { name: say['error.retry'] }).click();
    await expect(notice, view).toHaveCount(0);
    await hydrated(page);
    await expect(heading(page), view).toHaveText(builtHeading(route));
    await expect(page).toHaveURL(absolute(page, route));
    if (view === 'search') {
      // Alive where it stood, without a reload: the search answers.
      await page
        .getByRole('searchbox', { name: /^Cari perangkat daerah/ })
        .last()
        .fill(unit.name);
      await expect(page.locator('main').getByRole('link', { name: unit.name }).first()).toBeVisible();
    }
  }
  expect(unexpected(problems)).toEqual([]);
});

/**
 * A deploy while a page is open: the site's home page names a new entry file, and the open page's
 * code files are gone (404). The page reloads once, onto the address asked for.
 */
async function deployed(page: Page): Promise<void> {
  await page.route(
    (url) => url.href === new URL('/', url).href,
    async (route: Fulfil) => {
      if (route.request().resourceType() !== 'fetch') return route.continue();
      const response = await route.fetch();
      const body = (await response.text()).replace(/(assets\/main-[\w-]+)\.js/, '$1-baru.js');
      await route.fulfill({ response, body });
    },
  );
}

test('after a deploy: a missing code file reloads the page once, keeping the address; never a reload loop', async ({
  page,
}) => {
  const problems = watch(page);
  const documents: string[] = [];
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) documents.push(r.url());
  });
  await page.goto(href(PAGES.region));
  await hydrated(page);
  await deployed(page);

  // The new version has the view (its file is found once the page has reloaded).
  const glossary = chunkOf(VIEW_SOURCES.get('glossary')!);
  let asked = 0;
  await page.route(anywhere(glossary), (r) => (asked++ === 0 ? r.fulfill({ status: 404 }) : r.continue()));
  await follow(page, href(PAGES.glossary));
  await expect(heading(page)).toHaveText(builtHeading(PAGES.glossary));
  await hydrated(page);
  expect(documents.slice(1)).toEqual([absolute(page, PAGES.glossary)]);
  // Back goes to the page the reader came from.
  await page.goBack();
  await expect(heading(page)).toHaveText(builtHeading(PAGES.region));

  // A file that the new version lacks too: one reload, then the message — no loop.
  await hydrated(page);
  const search = chunkOf(VIEW_SOURCES.get('search')!);
  await page.route(anywhere(search), (r) => r.fulfill({ status: 404 }));
  documents.length = 0;
  await follow(page, href(PAGES.search));
  const notice = page.getByRole('alert').filter({ hasText: say['error.chunkTitle'] });
  await expect(notice).toBeVisible();
  await expect(page).toHaveURL(absolute(page, PAGES.search));
  await notice.getByRole('button', { name: say['error.retry'] }).click();
  await expect(notice.getByRole('button', { name: say['error.retry'] })).toBeEnabled();
  await expect(notice).toBeVisible();
  expect(documents).toEqual([absolute(page, PAGES.search)]);
  expect(unexpected(problems, [glossary, search])).toEqual([]);
});

test('the chart layout worker: when its code does not load the chart says so, and "Coba lagi" lays it out', async ({
  page,
}) => {
  const problems = watch(page);
  // A region imported into this browser has no precomputed layouts: its charts are laid out by ELK.
  const imported = { ...builtRegion('semarang'), id: 'impor-semarang' };
  await page.addInitScript(
    (value: string) => localStorage.setItem('bagan.impor', value),
    JSON.stringify([imported]),
  );
  const elk = workerFile('elk.worker');
  await page.route(anywhere(elk), (r) => r.abort());
  const target = imported.unitTypes[0]!;
  await page.goto(href({ name: 'unit', region: imported.id, unit: target.id, view: 'bagan' }));
  await expect(heading(page)).toHaveText(target.name);
  const alert = page.getByRole('alert').filter({ hasText: say['chart.workerFailed'] });
  await expect(alert).toBeVisible();
  await page.unroute(anywhere(elk));
  // "Coba lagi" lays it out. The chart also asks again by itself when its region is read again
  // (a region kept in this browser is checked again after the page is drawn): when that came
  // first, the notice is already gone and there is nothing left to press.
  await alert
    .getByRole('button', { name: say['error.retry'] })
    .click({ timeout: 5_000 })
    .catch(() => expect(alert).toHaveCount(0));
  await expect(page.locator('svg.chart-canvas[data-view="ready"] g.box')).toHaveCount(
    target.positions.length,
    {
      timeout: 20_000,
    },
  );
  await expect(alert).toHaveCount(0);
  expect(unexpected(problems)).toEqual([]);
});

test('Susun: when the draft checker or the chart layout worker does not load, each says so and "Coba lagi" brings it', async ({
  page,
}) => {
  const problems = watch(page);
  const checker = workerFile('check.worker');
  const elk = workerFile('elk.worker');
  await page.route(anywhere(checker), (r) => r.abort());
  await page.route(anywhere(elk), (r) => r.abort());
  await page.goto(href({ name: 'susun' }));
  await hydrated(page);
  // A draft from a bundled region's structure: its chart is laid out and its items checked.
  const pattern = builtRegion('semarang');
  await page.getByLabel('Provinsi pola').selectOption({ label: pattern.province! });
  await page.getByLabel('Mulai dari pola').selectOption({ label: pattern.name });
  await page.getByRole('button', { name: 'Mulai dari pola ini' }).click();
  const checks = page.getByRole('alert').filter({ hasText: 'Pemeriksa draf tidak dapat dimuat' });
  const chart = page.locator('.susun-chart').getByRole('alert');
  await expect(checks).toBeVisible();
  await expect(chart).toContainText(say['chart.workerFailed']);
  await page.unroute(anywhere(checker));
  await page.unroute(anywhere(elk));
  await checks.getByRole('button', { name: say['error.retry'] }).click();
  await expect(page.locator('.check-summary')).toContainText(/\d+ butir belum dikutip/, { timeout: 15_000 });
  await expect(checks).toHaveCount(0);
  await chart.getByRole('button', { name: say['error.retry'] }).click();
  await expect(page.locator('.susun-chart svg.chart-canvas g.box').first()).toBeVisible({ timeout: 20_000 });
  expect(unexpected(problems)).toEqual([]);
});

const chartEmbed: Route = { name: 'embed', region: kaltim.id, unit: unit.id };
const flowEmbed: Route = { name: 'embed', region: kaltim.id, flow: flow.id };

/** What every embed page has, working or failing: one main landmark, one level-one heading, axe. */
async function embedPasses(page: Page, kind: string): Promise<void> {
  await expect(page.getByRole('main'), kind).toHaveCount(1);
  await expect(heading(page), kind).toHaveCount(1);
  await expectNoA11yViolations(page);
}

test('an embed whose code or data does not load: a small notice, "Coba lagi", a link to the page in the app', async ({
  page,
}) => {
  const problems = watch(page);
  // Its code: the prerendered chart stays, with the notice at its top.
  const chunk = chunkOf('src/embed/start.ts');
  await page.route(anywhere(chunk), (r) => r.abort());
  await page.goto(href(chartEmbed));
  const notice = page.getByRole('alert').filter({ hasText: say['error.chunkTitle'] });
  await expect(notice).toContainText(say['error.chunkBody'].replace(' ({reason})', ''));
  await expect(heading(page)).toHaveText(unit.name);
  const open = notice.getByRole('link', { name: say['embed.openFull'] });
  await expect(open).toHaveAttribute('target', '_blank');
  expect(await open.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(
    absolute(page, { name: 'unit', region: kaltim.id, unit: unit.id, view: 'bagan' }),
  );
  await embedPasses(page, 'chart whose code did not load');
  // Still failing: the notice comes back, the button keeps the focus; then the network returns.
  const retry = notice.getByRole('button', { name: say['error.retry'] });
  await retry.click();
  await expect(retry).toBeFocused();
  await page.unroute(anywhere(chunk));
  await retry.click();
  await hydrated(page);
  await expect(notice).toHaveCount(0);
  // Alive: a box opens its panel.
  const head = unit.positions[0]!;
  await page
    .getByRole('button', { name: new RegExp(`^${head.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},`) })
    .click();
  await expect(page.locator('aside.panel h2')).toHaveText(head.name);

  // Its data: a small error instead of the flow.
  const file = anywhere(DATA.flow(kaltim.id, flow.id));
  await page.route(file, (r) => r.abort());
  await page.goto(href(flowEmbed));
  await hydrated(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(say['error.network'].replace(' ({reason}).', ''));
  const openFlow = alert.getByRole('link', { name: say['embed.openFull'] });
  await expect(openFlow).toHaveAttribute('target', '_blank');
  expect(await openFlow.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(
    absolute(page, { name: 'flow', region: kaltim.id, flow: flow.id }),
  );
  await embedPasses(page, 'flow whose data did not load');
  await page.unroute(file);
  await alert.getByRole('button', { name: say['error.retry'] }).click();
  await hydrated(page);
  await expect(heading(page)).toHaveText(flow.name);
  await expect(page.locator('.step-card')).toContainText('Langkah 1 dari');
  expect(unexpected(problems)).toEqual([]);
});

test('every embed kind passes axe, with a main landmark and one level-one heading', async ({ page }) => {
  const problems = watch(page);
  const position = unit.positions[1] ?? unit.positions[0]!;
  // (The plain chart, prerendered, and a flow's error are checked above.)
  const kinds: [string, string][] = [
    [
      'chart, a position chosen, high contrast',
      href({ ...chartEmbed, selected: position.id, theme: 'kontras' }),
    ],
    ['flow, in English', href({ ...flowEmbed, lang: 'en' })],
    // Old embed links land on embed.html, which names what it could not find.
    ['unknown', `embed.html?wilayah=${kaltim.id}&unit=${MISSING}`],
  ];
  for (const [kind, link] of kinds) {
    await page.goto(link);
    await hydrated(page);
    await expect(page.locator('.embed-root'), kind).not.toBeEmpty();
    await embedPasses(page, kind);
  }
  // Only the file of the unit type that does not exist was not found.
  const missing = DATA.unit(kaltim.id, MISSING);
  expect(unexpected(problems, [missing])).toEqual([]);
});

// Every view read whole by axe, each page its own test (they run side by side); the text list of a
// unit type besides its chart.
const AXE_PAGES: [string, Route][] = [
  ...Object.entries(PAGES),
  ['unit, text list', { name: 'unit', region: kaltim.id, unit: unit.id, view: 'daftar' }],
];
for (const [view, route] of AXE_PAGES) {
  test(`${view} passes axe, with one main landmark and one level-one heading`, async ({ page }) => {
    const problems = watch(page);
    await page.goto(href(route));
    await hydrated(page);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(heading(page)).toHaveCount(1);
    await expect(heading(page)).toBeVisible();
    await expectNoA11yViolations(page);
    // The page of a region that does not exist, and its files, are the only ones not found.
    expect(
      unexpected(
        problems,
        route === PAGES.notFound ? [`${MISSING}/`, DATA.region(MISSING), DATA.summary(MISSING)] : [],
      ),
    ).toEqual([]);
  });
}

test('a unit page switched to English passes axe', async ({ page }) => {
  const problems = watch(page);
  await page.goto(href(PAGES.unit));
  await hydrated(page);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoA11yViolations(page);
  expect(unexpected(problems)).toEqual([]);
});
