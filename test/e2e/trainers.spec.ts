import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtRegion, expectNoA11yViolations, tabTo, watch, hydrated } from './helpers';
import { href } from '../../src/routes';
import { terms } from '../../src/i18n/messages';

test('export a chart as SVG (every label, title, legend, citation) and as PNG (2×, not blank)', async ({
  page,
}) => {
  const problems = watch(page);
  const region = builtRegion('surakarta');
  const unit = [...region.unitTypes].sort((a, b) => b.positions.length - a.positions.length)[0]!;
  await page.goto(`./surakarta/${unit.id}/`);
  await hydrated(page);
  await expect(page.locator('svg.chart-canvas g.box')).toHaveCount(unit.positions.length);

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh SVG' }).click(),
  ]);
  const svg = readFileSync((await svgDownload.path())!, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror') !== null,
      root: doc.documentElement.nodeName,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '').join(' '),
    };
  }, svg);
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe('svg');
  const words = parsed.texts.replace(/\s+/g, ' ');
  for (const p of unit.positions) expect(words, p.name).toContain(p.name.replace(/\s+/g, ' '));
  expect(words).toContain(unit.name.split(' ')[0]);
  expect(words).toContain(`Nomor ${region.regulation.number} Tahun ${region.regulation.year}`);
  expect(words).toContain('Penilaian kinerja');

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh PNG' }).click(),
  ]);
  const png = readFileSync((await pngDownload.path())!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const svgWidth = Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)![1]);
  expect(width).toBe(Math.ceil(svgWidth * 2));
  expect(height).toBeGreaterThan(200);
  const colours = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4 * 97) if (data[i]! < 128) dark++;
    return dark;
  }, png.toString('base64'));
  expect(colours).toBeGreaterThan(50);
  expect(problems).toEqual([]);
});

test('print: a handout of the chart and a flow step table (print emulation)', async ({ page }) => {
  await page.goto('./kaltim/pd-tipe-2/');
  await hydrated(page);
  await expect(page.locator('svg.chart-canvas g.box').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-chart svg.print-svg')).toBeVisible();
  await expect(page.locator('.chart-toolbar')).toBeHidden();
  await expect(page.locator('.print-footer')).toContainText('Nomor 50 Tahun 2023');
  await page.screenshot({ path: test.info().outputPath('handout-chart.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.goto('./kaltim/alur/penunjukan-lintas-perangkat-daerah/');
  await hydrated(page);
  await page.emulateMedia({ media: 'print' });
  const table = page.locator('.print-table table.flow-table');
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr').first()).toContainText(/Pasal|Lampiran/);
  await expect(page.locator('.player-body')).toBeHidden();
  // The handout carries the chart of the flow's unit type too, as vector.
  await expect(page.locator('.print-chart svg.print-svg').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('handout-flow.png'), fullPage: true });
});

test('a letter from the annex: fill it in, see it, print it', async ({ page }) => {
  const problems = watch(page);
  await page.goto('./kaltim/surat/surat-tugas/');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SURAT TUGAS');
  await page.getByLabel('Nama (1)').fill('Siti Rahma, S.T.');
  await page.getByLabel('NIP (1)').fill('198001012005012001');
  await page.getByLabel('Untuk (1)').fill('Menyusun kajian <b>teknis</b>');
  const letter = page.locator('article.letter');
  await expect(letter).toContainText('Kepada: 1. Nama : Siti Rahma, S.T.');
  await expect(letter).toContainText('NIP : 198001012005012001');
  await expect(letter).toContainText('Untuk : 1. Menyusun kajian <b>teknis</b>');
  await expect(letter.locator('b')).toHaveCount(0);
  await expectNoA11yViolations(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.letter-form')).toBeHidden();
  await expect(letter).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('letter-print.png'), fullPage: true });
  // A flow step that issues the letter links to it.
  await page.emulateMedia({ media: 'screen' });
  await page.goto('./kaltim/alur/penunjukan-dalam-unit/?jalur=lanjut');
  await hydrated(page);
  await page.getByRole('link', { name: 'Isi surat: SURAT TUGAS' }).click();
  await expect(page).toHaveURL(/\/kaltim\/surat\/surat-tugas\/$/);
  expect(problems).toEqual([]);
});

test('presentation by keyboard only: build a deck, present, clicker keys, blank, tour', async ({ page }) => {
  test.setTimeout(60_000);
  const problems = watch(page);
  const chartName = builtRegion('kaltim').unitTypes.find((u) => u.id === 'pd-tipe-2')!.name;
  const flowId = 'penunjukan-lintas-perangkat-daerah';
  const flowName = builtRegion('semarang').flows.find((f) => f.id === flowId)!.name;
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./kaltim/pd-tipe-2/');
  await hydrated(page);
  await tabTo(page, page.getByRole('button', { name: 'Tambah ke dek' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Ada di dek' })).toBeVisible();
  // A notice leads to the deck.
  await expect(page.getByRole('status').getByRole('link', { name: 'Lihat dek (1)' })).toBeVisible();
  await page.goto(`./semarang/alur/${flowId}/`);
  await hydrated(page);
  await tabTo(page, page.getByRole('button', { name: 'Tambah ke dek' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Lihat dek (2)' })).toBeVisible();
  // The header leads to the presentation page from any page.
  await tabTo(
    page,
    page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Presentasi' }),
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Presentasi');
  await hydrated(page);
  // Entries by title, in the order added; reordered by keyboard, focus staying on the moved one.
  const entries = page.locator('.deck-list li strong');
  await expect(entries).toHaveText([chartName, flowName]);
  await tabTo(page, page.getByRole('button', { name: 'Turunkan butir 1' }));
  await page.keyboard.press('Enter');
  await expect(entries).toHaveText([flowName, chartName]);
  await expect(page.getByRole('button', { name: 'Naikkan butir 2' })).toBeFocused();
  await expect(page.locator('.deck-list ~ [role="status"]')).toHaveText(`${chartName} sekarang butir 2.`);
  await page.keyboard.press('Enter');
  await expect(entries).toHaveText([chartName, flowName]);
  await expect(page.getByRole('button', { name: 'Turunkan butir 1' })).toBeFocused();
  await tabTo(page, page.getByRole('link', { name: 'Mulai presentasi' }));
  await page.keyboard.press('Enter');

  const title = page.locator('.slide-title');
  await expect(title).toHaveText('Perangkat Daerah Tipe 2');
  await expect(page.locator('.slide-label')).toHaveText('1 / 2');
  await expect(page.locator('.presenter-notes')).toContainText('Lampiran');
  await page.keyboard.press('PageDown');
  await expect(title).toHaveText('Mekanisme penunjukan yang bersifat lintas Perangkat Daerah');
  await expect(page.locator('.slide-label')).toContainText('2 / 2 · Langkah 1 dari');
  await page.keyboard.press('PageDown');
  await expect(page.locator('.slide-label')).toContainText('Langkah 2 dari');
  // The link keeps the step: a reload stands on step 2 again.
  await expect(page).toHaveURL(/[?&]jalur=/);
  await page.reload();
  await hydrated(page);
  await expect(page.locator('.slide-label')).toContainText('Langkah 2 dari');
  await expect(page).toHaveURL(/[?&]jalur=/);
  // B blanks everything, the controls too.
  await page.keyboard.press('b');
  const black = page.locator('.blank-screen');
  await expect(black).toBeVisible();
  expect(await black.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(0, 0, 0)');
  const covered = await page.evaluate(() =>
    [...document.querySelectorAll('.present-bar button, .present-bar a, .slide-title, .chart-toolbar')].every(
      (el) => {
        const r = el.getBoundingClientRect();
        return document
          .elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
          ?.classList.contains('blank-screen');
      },
    ),
  );
  expect(covered).toBe(true);
  await page.keyboard.press('b');
  await expect(black).toHaveCount(0);
  await expect(page.locator('.slide-label')).toContainText('Langkah 2 dari');
  await page.keyboard.press('PageUp');
  await expect(page.locator('.slide-label')).toContainText('Langkah 1 dari');
  await page.keyboard.press('PageUp');
  await expect(title).toHaveText('Perangkat Daerah Tipe 2');
  await expectNoA11yViolations(page);

  // The saved link reopens the deck; the guided tour pauses on an explanation at each step.
  const link = page.url().replace(/&butir=\d+|&jalur=[^&]*/g, '');
  await page.goto(`${link}&butir=1&tur=1`);
  await hydrated(page);
  const overlay = page.locator('.tour-card');
  await expect(overlay).toContainText('Langkah 1 dari');
  await page.keyboard.press('PageDown');
  await expect(overlay).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expect(overlay).toContainText('Langkah 2 dari');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Presentasi');
  expect(problems).toEqual([]);
});

test('presentation looks right on a 1920×1080 projector', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./presentasi/?dek=surakarta/badan-dinas');
  await hydrated(page);
  await expect(page.locator('svg.chart-canvas g.box').first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath('projector-1080.png') });
});

/** Whether the page scrolls either way (it must not: a slide is one screen). */
const scrolls = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const d = document.documentElement;
    return d.scrollHeight > d.clientHeight || d.scrollWidth > d.clientWidth;
  });

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`slides fit a ${width}×${height} screen without scrolling`, async ({ page }) => {
    const problems = watch(page);
    await page.setViewportSize({ width, height });
    await page.goto('./presentasi/?dek=kaltim/pd-tipe-2,semarang/alur/penunjukan-lintas-perangkat-daerah');
    await hydrated(page);
    await expect(page.locator('svg.chart-canvas[data-view="ready"] g.box').first()).toBeVisible();
    expect(await scrolls(page)).toBe(false);
    const bar = await page.locator('.present-bar').boundingBox();
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(height);
    // Box names on the screen, in CSS px: the font size times the chart's scale.
    const smallest = await page
      .locator('svg.chart-canvas g.box text.name')
      .evaluateAll((texts) =>
        Math.min(
          ...texts.map(
            (t) => parseFloat(getComputedStyle(t).fontSize) * (t as SVGTextElement).getScreenCTM()!.a,
          ),
        ),
      );
    expect(smallest).toBeGreaterThanOrEqual(width >= 1920 ? 24 : 12);
    await page.screenshot({ path: test.info().outputPath(`slide-chart-${width}.png`) });
    // A flow slide: the step in large type, the stage rail, the chart and the notes, on one screen.
    await page.keyboard.press('PageDown');
    await expect(page.locator('.slide-label')).toContainText('2 / 2 · Langkah 1 dari');
    await expect(page.locator('svg.chart-canvas[data-view="ready"] g.box').first()).toBeVisible();
    expect(await scrolls(page)).toBe(false);
    const canvas = await page.locator('.slide .canvas-wrap').boundingBox();
    expect(canvas!.height).toBeGreaterThan(height / 3);
    expect((await page.locator('.present-bar').boundingBox())!.y).toBeGreaterThan(
      canvas!.y + canvas!.height - 1,
    );
    await page.screenshot({ path: test.info().outputPath(`slide-flow-${width}.png`) });
    expect(problems).toEqual([]);
  });
}

test('a presentation or compare link naming an unknown region says so instead of loading forever', async ({
  page,
}) => {
  const problems = watch(page);
  await page.goto('./presentasi/?dek=tidak-ada/unit-x,kaltim/pd-tipe-2');
  await hydrated(page);
  await expect(page.getByRole('alert')).toContainText('Butir dek “tidak-ada/unit-x” tidak ditemukan.');
  await expect(page.locator('.loading')).toHaveCount(0);
  // The next item still shows.
  await page.keyboard.press('PageDown');
  await expect(page.locator('.slide-title')).toHaveText(
    builtRegion('kaltim').unitTypes.find((u) => u.id === 'pd-tipe-2')!.name,
  );
  // A known region with an unknown unit is said too.
  await page.goto('./presentasi/?dek=kaltim/tidak-ada');
  await expect(page.getByRole('alert')).toContainText('“kaltim/tidak-ada” tidak ditemukan');
  await page.goto('./banding/?a=tidak-ada/x&b=kaltim/pd-tipe-2');
  await hydrated(page);
  await expect(page.getByRole('alert')).toContainText('Tidak ditemukan: tidak-ada/x');
  await expect(page.locator('.loading')).toHaveCount(0);
  await page.goto('./banding/?fa=kaltim/tidak-ada&fb=semarang/penunjukan-lintas-perangkat-daerah');
  await hydrated(page);
  await expect(page.getByRole('alert')).toContainText('Tidak ditemukan: kaltim/tidak-ada');
  // No page lists every region (issue 23), so an unknown region is known by its file's 404: the
  // only failed requests allowed are those for the region that does not exist.
  // (The browser's own console line for a 404 names no path; the HTTP entries do.)
  const http = problems.filter((p) => /HTTP 404/.test(p));
  expect(http.length).toBeGreaterThan(0);
  expect(http.filter((p) => !/\/data\/tidak-ada\.json/.test(p))).toEqual([]);
  expect(problems.filter((p) => !/HTTP 404|status of 404/.test(p))).toEqual([]);
});

/** The pages of a PDF, each with its size in points and its text items (top-down), by pdf.js. */
async function pdfPages(
  bytes: Buffer,
): Promise<{ width: number; height: number; texts: { str: string; y: number }[] }[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const texts = content.items
      .filter((i): i is typeof i & { str: string; transform: number[] } => 'str' in i && i.str.trim() !== '')
      .map((i) => ({ str: i.str, y: height - i.transform[5]! }));
    pages.push({ width, height, texts });
  }
  return pages;
}

test('a letter prints on one A4 portrait page, laid out as an official letter, without the app', async ({
  page,
}) => {
  const form = builtRegion('kaltim').forms.find((f) => f.id === 'surat-tugas')!;
  await page.goto('./kaltim/surat/surat-tugas/');
  await hydrated(page);
  await page.getByLabel('Nama (1)').fill('Siti Rahma, S.T.');
  await page.getByLabel('Tanggal').fill('2 Januari 2026');
  await page.emulateMedia({ media: 'print' });
  // Nothing of the app: header, heading, help, form, footer.
  for (const chrome of ['.topbar', 'main > h1', '.letter-form', '.site-footer', 'details.cite'])
    await expect(page.locator(chrome).first()).toBeHidden();
  // The layout of the annex's letter: kop centred over a rule, title centred, the signer on the right.
  const letter = page.locator('article.letter');
  const box = (await letter.boundingBox())!;
  const kop = (await page.locator('.letter-kop').first().boundingBox())!;
  const title = page.locator('.letter-title');
  await expect(title).toHaveText(form.title);
  expect(await title.evaluate((t) => getComputedStyle(t).textAlign)).toBe('center');
  expect(
    await page
      .locator('.letter-kop')
      .first()
      .evaluate((t) => getComputedStyle(t).textAlign),
  ).toBe('center');
  expect(kop.y).toBeLessThan((await title.boundingBox())!.y);
  const signer = page.locator('.letter-signature', { hasText: 'Kepala Perangkat Daerah,' });
  expect((await signer.boundingBox())!.x).toBeGreaterThan(box.x + box.width * 0.5);

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  const pages = await pdfPages(pdf);
  expect(pages).toHaveLength(1);
  const [only] = pages;
  // A4 portrait: 595 × 842 pt.
  expect(Math.round(only!.width)).toBe(595);
  expect(Math.round(only!.height)).toBe(842);
  const text = only!.texts.map((t) => t.str).join(' ');
  expect(text).toContain('KEPALA PERANGKAT DAERAH');
  expect(text).toContain('SURAT TUGAS');
  expect(text).toContain('Siti Rahma, S.T.');
  expect(text).toContain('2 Januari 2026');
  expect(text).not.toContain('Bagan Sistem Kerja');
  expect(text).not.toContain('Cetak');
  // The kop is the first thing on the page, the signer's NIP the last.
  const top = only!.texts.reduce((a, b) => (b.y < a.y ? b : a));
  expect(top.str).toContain('KEPALA PERANGKAT DAERAH');
  const bottom = only!.texts.reduce((a, b) => (b.y > a.y ? b : a));
  expect(bottom.str).toContain('NIP');
});

test('a chart handout starts on page 1, right under the title', async ({ page }) => {
  const unit = builtRegion('kaltim').unitTypes.find((u) => u.id === 'pd-tipe-2')!;
  await page.goto('./kaltim/pd-tipe-2/');
  await hydrated(page);
  await expect(page.locator('svg.chart-canvas g.box').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-chart svg.print-svg').first()).toBeVisible();
  const [first, ...rest] = await pdfPages(await page.pdf({ preferCSSPageSize: true }));
  expect(rest.length).toBeGreaterThan(0);
  const text = first!.texts.map((t) => t.str).join(' ');
  // Names short enough to stay on one line in a box: each on page 1.
  const short = unit.positions.filter((p) => p.name.split(' ').length <= 3).map((p) => p.name);
  expect(short.length).toBeGreaterThan(0);
  for (const name of short) expect(text, name).toContain(name);
  // The title on top; the legend comes after the chart.
  const top = first!.texts.reduce((a, b) => (b.y < a.y ? b : a));
  expect(top.str).toContain(unit.name);
  expect(text).not.toContain('Jenis hubungan');
});

test('projector tour: at every step the active boxes are >= 24 px, in view, and the tour card covers none of them', async ({
  browser,
}) => {
  test.slow();
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1920, height: 1080 },
  });
  const page = await context.newPage();
  const problems = watch(page);
  const region = builtRegion('semarang');
  const flow = region.flows.find((f) => f.id === 'penunjukan-lintas-perangkat-daerah')!;
  await page.goto(`./presentasi/?dek=semarang/alur/${flow.id}&tur=1`);
  await hydrated(page);
  const card = page.locator('.tour-card');
  let measured = 0;
  for (let n = 1; n <= flow.steps.length; n++) {
    if ((await page.locator('.slide-step').textContent())?.includes('Selesai')) break;
    await expect(card).toContainText(/Langkah \d+ dari/);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const seen = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('svg.chart-canvas[data-view="ready"]')!;
      const area = svg.getBoundingClientRect();
      const tour = document.querySelector('.tour-card')!.getBoundingClientRect();
      const marks = [...svg.querySelectorAll('rect.mark-actor, rect.mark-recipient')].map((m) =>
        m.getBoundingClientRect(),
      );
      const out: { size: number; inside: boolean; covered: boolean }[] = [];
      for (const g of svg.querySelectorAll<SVGGElement>('g.box:not(.group)')) {
        const f = g.querySelector('rect.frame')!.getBoundingClientRect();
        if (
          !marks.some((m) => m.left <= f.left && m.top <= f.top && m.right >= f.right && m.bottom >= f.bottom)
        )
          continue;
        const name = g.querySelector<SVGTextElement>('text.name')!;
        const ctm = name.getScreenCTM()!;
        out.push({
          size: parseFloat(getComputedStyle(name).fontSize) * Math.hypot(ctm.a, ctm.b),
          inside:
            f.left >= area.left - 1 &&
            f.right <= area.right + 1 &&
            f.top >= area.top - 1 &&
            f.bottom <= area.bottom + 1,
          covered: f.left < tour.right && f.right > tour.left && f.top < tour.bottom && f.bottom > tour.top,
        });
      }
      return out;
    });
    expect(seen.length, `step ${n}: its boxes are marked`).toBeGreaterThan(0);
    measured++;
    const where = `step ${n}`;
    expect(
      seen.filter((b) => b.covered),
      `${where}: under the tour card`,
    ).toEqual([]);
    // The actor at least is in view; where all fit at 24 px, all are.
    expect(
      seen.some((b) => b.inside),
      `${where}: in view`,
    ).toBe(true);
    expect(
      Math.min(...seen.filter((b) => b.inside).map((b) => b.size)),
      `${where}: label size`,
    ).toBeGreaterThanOrEqual(24 - 0.05);
    if (n === 1) await page.screenshot({ path: test.info().outputPath('projector-tour.png') });
    await page.keyboard.press('PageDown'); // the explanation goes
    await expect(card).toHaveCount(0);
    await page.keyboard.press('PageDown'); // the next step
  }
  expect(measured).toBeGreaterThan(2);
  expect(problems).toEqual([]);
  await context.close();
});

test("a flow handout: the flow's chart on page 1 under its title; the step table keeps its words whole", async ({
  page,
}) => {
  const region = builtRegion('kaltim');
  const flow = region.flows.find((f) => f.unitTypes.length === 1 && f.steps.some((s) => s.stage))!;
  const unit = region.unitTypes.find((u) => u.id === flow.unitTypes[0])!;
  await page.goto(`./${href({ name: 'flow', region: region.id, flow: flow.id })}`);
  await hydrated(page);
  await expect(page.locator('svg.chart-canvas g.box').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-chart svg.print-svg').first()).toBeVisible();
  const [first, ...rest] = await pdfPages(await page.pdf({ preferCSSPageSize: true }));
  const text = first!.texts.map((t) => t.str).join(' ');
  expect(text).toContain(flow.name);
  const short = unit.positions.filter((p) => p.name.split(' ').length <= 2).map((p) => p.name);
  expect(short.length).toBeGreaterThan(0);
  for (const name of short) expect(text, name).toContain(name);
  // The table's stage column: "Perencanaan" whole on its line, not "Pere / ncan / aan".
  const items = rest.flatMap((p) => p.texts.map((t) => t.str.trim()));
  const stages = new Set(flow.steps.flatMap((s) => (s.stage ? [s.stage] : [])));
  expect(stages.size).toBeGreaterThan(0);
  for (const stage of stages) expect(items, stage).toContain(terms.id.stage[stage]);
});
