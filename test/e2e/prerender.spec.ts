/**
 * Issue 14: the pages are prerendered. With JavaScript off a reader still gets the chart (one
 * SVG at the screen's width, every position), its outline, a flow's steps with their quotes,
 * Posisi saya's answer, the glossary and a letter. With JavaScript on, hydration keeps the
 * prerendered nodes (it does not redraw the page). Links of the old hash-routed app land on
 * their pages. Expected values come from the data files.
 */
import { expect, test, type Page } from '@playwright/test';
import { href } from '../../src/routes';
import { builtRegion, hydrated, watch } from './helpers';

const semarang = builtRegion('semarang');
const kecamatan = semarang.unitTypes.find((u) => u.id === 'kecamatan')!;
const flow = semarang.flows.find((f) => f.id === 'mekanisme-kerja-kecamatan')!;

const visibleBoxes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('svg.chart-canvas')]
      .filter((s) => s.getClientRects().length > 0)
      .map((s) => s.querySelectorAll('g.box').length),
  );

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 360, height: 740 },
  ])
    test(`a unit type's chart and its outline at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`./${href({ name: 'unit', region: 'semarang', unit: 'kecamatan', view: 'bagan' })}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(kecamatan.name);
      // One chart on screen (the wide or the narrow one), with a box for every position.
      expect(await visibleBoxes(page)).toEqual([kecamatan.positions.length]);
      for (const p of kecamatan.positions)
        await expect(page.locator(`svg.chart-canvas:visible g.box[data-id="${p.id}"]`)).toHaveCount(1);
      // Controls that need a script are not offered.
      await expect(page.locator('button:visible, select:visible')).toHaveCount(0);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);

      await page.goto(`./${href({ name: 'unit', region: 'semarang', unit: 'kecamatan', view: 'daftar' })}`);
      for (const p of kecamatan.positions)
        await expect(page.getByRole('main').getByText(p.name, { exact: true }).first()).toBeVisible();
    });

  test('a flow: its steps in order, each with its quote', async ({ page }) => {
    await page.goto(`./${href({ name: 'flow', region: 'semarang', flow: flow.id })}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(flow.name);
    // "Semua langkah (teks)" opens without a script (a native disclosure).
    await page.getByText('Semua langkah (teks)').click();
    const steps = page.locator('details.all-steps ol > li');
    await expect(steps).toHaveCount(flow.steps.length);
    for (const [i, step] of flow.steps.slice(0, 3).entries()) {
      const li = steps.nth(i);
      await expect(li).toBeVisible();
      await li.locator('details.cite summary').click();
      await expect(li.locator('blockquote')).toContainText(step.cite.quote.slice(0, 40));
    }
  });

  test("Posisi saya's answer, the glossary and a letter", async ({ page }) => {
    await page.goto(
      `./${href({ name: 'myPosition', region: 'semarang', unit: 'kecamatan', position: 'jf-ahli-muda' })}`,
    );
    // Semarang Lampiran V huruf d angka 1 (line 708): "Camat sebagai Pejabat Penilai Kinerja".
    await expect(page.getByRole('main')).toContainText('Camat');
    await expect(page.getByRole('main')).toContainText('Lampiran V huruf d');

    await page.goto(`./${href({ name: 'glossary' })}`);
    await expect(page.getByRole('main')).toContainText('Pimpinan Unit Organisasi');

    const sambas = builtRegion('sambas');
    const form = sambas.forms.find((f) => f.id === 'surat-penolakan')!;
    await page.goto(`./${href({ name: 'letter', region: 'sambas', form: form.id })}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(form.title);
  });
});

test('hydration keeps the prerendered chart: the same nodes, now interactive', async ({ page }) => {
  const problems = watch(page);
  // Hold the app's script until the prerendered page has been marked.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`./${href({ name: 'unit', region: 'semarang', unit: 'kecamatan', view: 'bagan' })}`, {
    waitUntil: 'commit',
  });
  await page.locator('svg.chart-canvas g.box').first().waitFor({ state: 'attached' });
  await page.evaluate(() => {
    for (const box of document.querySelectorAll('svg.chart-canvas g.box'))
      (box as unknown as { __prerendered: boolean }).__prerendered = true;
  });
  release();
  await hydrated(page);
  await expect(page.locator('svg.chart-canvas:visible[data-view="ready"]')).toHaveCount(1);
  const kept = await page.evaluate(() =>
    [...document.querySelectorAll('svg.chart-canvas g.box')]
      .filter((b) => b.getClientRects().length > 0)
      .map((b) => (b as unknown as { __prerendered?: boolean }).__prerendered === true),
  );
  expect(kept.length).toBe(kecamatan.positions.length);
  expect(kept.every(Boolean)).toBe(true);
  // And it works: a click opens the position's panel.
  await page.locator('svg.chart-canvas:visible g.box[data-id="camat"]').click();
  await expect(page).toHaveURL(/\?jabatan=camat$/);
  expect(problems).toEqual([]);
});

test('links of the hash-routed app land on their pages', async ({ page }) => {
  await page.goto('./#/semarang/kecamatan?jabatan=camat');
  await expect(page).toHaveURL(/\/semarang\/kecamatan\/\?jabatan=camat$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kecamatan.name);
  // An old embed link keeps its address (it is a host's iframe) and shows the same chart.
  const unit = builtRegion('kaltim').unitTypes.find((u) => u.id === 'pd-tipe-3')!;
  await page.goto('./embed.html?wilayah=kaltim&unit=pd-tipe-3');
  await expect(page.locator('svg.chart-canvas:visible g.box')).toHaveCount(unit.positions.length);
});

test('pointing at a link fetches its page ahead; the click then needs nothing more', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('./semarang/');
  await hydrated(page);
  const link = page.getByRole('main').locator('a[href$="/kecamatan/"]').first();
  await link.hover();
  for (const file of ['kecamatan.json', 'kecamatan.layout.json'])
    await expect.poll(() => requests.some((p) => p.endsWith(`/data/semarang/unit/${file}`))).toBe(true);
  await page.waitForLoadState('networkidle');
  const before = requests.length;
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kecamatan.name);
  await expect(page.locator('svg.chart-canvas:visible g.box')).toHaveCount(kecamatan.positions.length);
  expect(requests.slice(before).filter((p) => p.includes('/data/'))).toEqual([]);
});

test('a unit type reached by a link draws only the chart that fits the screen, and its heading takes the focus', async ({
  page,
}) => {
  for (const [width, shape] of [
    [1280, 'wide'],
    [360, 'narrow'],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./semarang/');
    await hydrated(page);
    await page.getByRole('main').locator('a[href$="/kecamatan/"]').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(kecamatan.name);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    // One chart in the page (a prerendered page carries both shapes until it is hydrated).
    await expect(page.locator('.chart-shape')).toHaveCount(1);
    await expect(page.locator(`.chart-shape-${shape} svg.chart-canvas g.box`)).toHaveCount(
      kecamatan.positions.length,
    );
    await expect(page.locator('svg.chart-canvas')).toHaveAttribute('data-view', 'ready');
    expect(await page.evaluate(() => scrollY)).toBe(0);
  }
});

test('back returns to where the reader had scrolled, forward to the top of the next page, and a page seen before opens from memory', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('./semarang/');
  await hydrated(page);
  const link = page.getByRole('main').locator('a[href$="/kecamatan/"]').first();
  // Scrolled at once to where the link is (a wheel would still be gliding when the position is read).
  const scrolled = await link.evaluate((a) => {
    scrollTo({ top: a.getBoundingClientRect().top + scrollY - 200, behavior: 'instant' });
    return scrollY;
  });
  expect(scrolled).toBeGreaterThan(100);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kecamatan.name);
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(semarang.name);
  // The browser restores a position of its own at once; the app's (from the entry) follows a
  // frame later and must agree with it.
  await page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))),
  );
  expect(Math.round(await page.evaluate(() => scrollY))).toBe(Math.round(scrolled));
  // Forward again: the unit type's page, from memory (no data file asked for again), at its top.
  const before = requests.length;
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kecamatan.name);
  await expect(page.locator('svg.chart-canvas:visible g.box')).toHaveCount(kecamatan.positions.length);
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  expect(requests.slice(before).filter((p) => p.includes('/data/'))).toEqual([]);
});
