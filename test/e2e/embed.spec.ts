/**
 * The embed inside <iframe sandbox="allow-scripts"> on a host page served from a second localhost
 * port (another origin), with the host's own strict CSP: resize messages arrive, the host helper
 * checks event.source, and the chart or flow renders.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtRegion, hydrated, watch } from './helpers';
import { href } from '../../src/routes';
import { embedSnippet } from '../../src/embed/params';

const APP = `http://127.0.0.1:${process.env.PW_PORT ?? 4173}`;
const HOST_PORT = Number(process.env.PW_PORT ?? 4173) + 3;
let server: Server;
/** Host pages a test writes itself, by path; served with a CSP that forbids inline styles. */
const strictPages = new Map<string, string>();
/** ...and pages that allow inline scripts (the snippet as pasted), still not inline styles. */
const inlineScriptPages = new Map<string, string>();

// One host server for the file: its tests run one after the other in a single worker.
test.describe.configure({ mode: 'serial' });

function hostPage(src: string): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Situs pemerintah daerah</title>
<script src="/embed-host.js"></script><script src="/record.js"></script></head>
<body><h1>Halaman dinas</h1>
<iframe id="bagan" data-bagan-sistem-kerja src="${src}" sandbox="allow-scripts" title="Bagan" style="width:900px;height:200px;border:0"></iframe>
</body></html>`;
}

test.beforeAll(async () => {
  const helper = readFileSync(join(import.meta.dirname, '..', '..', 'public', 'embed-host.js'), 'utf8');
  const record = `window.__messages = []; window.addEventListener('message', function (e) { var f = document.getElementById('bagan'); if (e.source === f.contentWindow) window.__messages.push(e.data); });`;
  // Every message, with the id of the frame it came from.
  const recordAll = `window.__messages = []; window.addEventListener('message', function (e) { var fs = document.querySelectorAll('iframe'); for (var i = 0; i < fs.length; i++) if (e.source === fs[i].contentWindow) window.__messages.push({ frame: fs[i].id, data: e.data }); });`;
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${HOST_PORT}`);
    const csp = `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; frame-src ${APP}`;
    if (url.pathname === '/embed-host.js')
      return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(helper);
    if (url.pathname === '/record.js')
      return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(record);
    if (url.pathname === '/record-all.js')
      return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(recordAll);
    const inline = inlineScriptPages.get(url.pathname);
    if (inline !== undefined)
      return void res
        .writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': `default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; frame-src ${APP}`,
        })
        .end(inline);
    const strict = strictPages.get(url.pathname);
    if (strict !== undefined)
      return void res
        .writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': `default-src 'self'; script-src 'self'; style-src 'self'; frame-src ${APP}`,
        })
        .end(strict);
    const src = `${APP}/embed.html${url.search}`;
    res
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp })
      .end(hostPage(src));
  });
  await new Promise<void>((resolve) => server.listen(HOST_PORT, '127.0.0.1', resolve));
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('a chart embedded sandboxed on another origin renders and resizes its frame', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const unit = builtRegion('semarang').unitTypes.find((u) => u.id === 'kecamatan')!;
  await page.goto(`http://127.0.0.1:${HOST_PORT}/?wilayah=semarang&unit=kecamatan&tinggi=420`);
  const frame = page.frameLocator('#bagan');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(unit.name);
  await expect(frame.locator('svg.chart-canvas g.box')).toHaveCount(unit.positions.length);
  // The host helper applied the reported height (more than the 200 px it started with).
  await expect
    .poll(async () => (await page.locator('#bagan').boundingBox())?.height ?? 0)
    .toBeGreaterThan(420);
  const messages = (await page.evaluate(
    () => (window as unknown as { __messages: unknown[] }).__messages,
  )) as { type: string; height?: number; view?: string; version: number; source: string }[];
  expect(
    messages.some(
      (m) => m.type === 'ready' && m.view === 'chart' && m.version === 1 && m.source === 'bagan-sistem-kerja',
    ),
  ).toBe(true);
  const resize = messages.filter((m) => m.type === 'resize');
  expect(resize.length).toBeGreaterThan(0);
  expect(Math.round((await page.locator('#bagan').boundingBox())!.height)).toBe(resize.at(-1)!.height);
  expect(errors).toEqual([]);
});

test('a flow embedded in English with the high-contrast theme; unknown parameters give a message', async ({
  page,
}) => {
  await page.goto(
    `http://127.0.0.1:${HOST_PORT}/?wilayah=semarang&alur=penunjukan-lintas-perangkat-daerah&bahasa=en&tema=kontras`,
  );
  const frame = page.frameLocator('#bagan');
  await expect(frame.locator('.step-card')).toContainText('Step 1 of');
  await expect(frame.locator('html')).toHaveClass(/tema-kontras/);
  await page.goto(`http://127.0.0.1:${HOST_PORT}/?wilayah=tidak-ada&unit=x`);
  await expect(page.frameLocator('#bagan').getByRole('alert')).toContainText('tidak ditemukan');
});

test('messages from elsewhere are ignored by the host helper', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${HOST_PORT}/?wilayah=semarang&unit=kecamatan`);
  await expect(page.frameLocator('#bagan').locator('svg.chart-canvas')).toBeVisible();
  const frame = page.locator('#bagan');
  const before = await frame.evaluate((f) => (f as HTMLIFrameElement).style.height);
  // Every height the helper gives the frame, in order.
  await frame.evaluate((f) => {
    const seen: string[] = [];
    (window as unknown as { heights: string[] }).heights = seen;
    new MutationObserver(() => seen.push((f as HTMLIFrameElement).style.height)).observe(f, {
      attributes: true,
      attributeFilter: ['style'],
    });
  });
  // A message posted by the host window itself (not the frame) must not resize the frame; the
  // frame's own message, sent after it (the window grows narrower, its content taller), must.
  await page.evaluate(() =>
    window.postMessage({ source: 'bagan-sistem-kerja', version: 1, type: 'resize', height: 5 }, '*'),
  );
  await page.setViewportSize({ width: 420, height: 800 });
  await expect.poll(() => frame.evaluate((f) => (f as HTMLIFrameElement).style.height)).not.toBe(before);
  const heights = await page.evaluate(() => (window as unknown as { heights: string[] }).heights);
  expect(heights.length).toBeGreaterThan(0);
  expect(heights).not.toContain('5px');
});

/** The snippet the "Sematkan" dialog of a page gives, with the id it wrote into it. */
async function snippetFrom(page: Page, path: string, preview = false): Promise<{ html: string; id: string }> {
  await page.goto(`./${path}`);
  await hydrated(page);
  await page.getByRole('button', { name: 'Sematkan' }).click();
  if (preview) {
    // The dialog previews the frame live; this server sends the CORS header: no warning.
    await expect(
      page.frameLocator('iframe.embed-preview').locator('svg.chart-canvas g.box').first(),
    ).toBeVisible();
    await expect(page.getByRole('dialog').getByRole('alert')).toHaveCount(0);
  }
  const html = await page.locator('#embed-snippet').inputValue();
  await page.keyboard.press('Escape');
  const id = /<iframe id="([^"]+)"/.exec(html)?.[1] ?? '';
  return { html, id };
}

/** A frame's height on the host page and the height of the content inside it, in CSS px. */
async function heights(page: Page, id: string): Promise<{ frame: number; content: number }> {
  const frame = await page.locator(`#${id}`).evaluate((f) => f.getBoundingClientRect().height);
  const content = await page
    .frameLocator(`#${id}`)
    .locator('main.embed-root')
    .evaluate((m) => m.getBoundingClientRect().bottom + window.scrollY);
  return { frame: Math.round(frame), content: Math.round(content) };
}

/** Whether the chart in a frame stands in the middle of its canvas, every box within its width. */
function chartCentred(page: Page, id: string): () => Promise<boolean> {
  return () =>
    page
      .frameLocator(`#${id}`)
      .locator('.canvas-wrap')
      .evaluate((wrap) => {
        const r = wrap.getBoundingClientRect();
        const boxes = [...wrap.querySelectorAll('g.box')].map((box) => box.getBoundingClientRect());
        const left = Math.min(...boxes.map((b) => b.left));
        const right = Math.max(...boxes.map((b) => b.right));
        return (
          left >= r.left && right <= r.right && Math.abs((left + right) / 2 - (r.left + r.right) / 2) <= 2
        );
      });
}

/** Waits until every frame, scrolled into sight, is as tall as its content; gives their heights. */
async function settled(page: Page, ids: string[]): Promise<number[]> {
  const out: number[] = [];
  for (const id of ids) {
    // Chromium pauses rendering (and so ResizeObserver) in a cross-origin frame out of sight; the
    // frame reports its height as soon as the reader scrolls to it.
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await expect
      .poll(async () => {
        const h = await heights(page, id);
        return Math.abs(h.frame - h.content) <= 1 && h.content > 100;
      })
      .toBe(true);
    out.push((await heights(page, id)).frame);
  }
  return out;
}

test('two snippets from the dialog on a host page whose CSP forbids inline styles fit both ways as the window changes', async ({
  page,
}) => {
  const chartPath = href({ name: 'unit', region: 'semarang', unit: 'kecamatan', view: 'bagan' });
  const flowPath = href({ name: 'flow', region: 'semarang', flow: 'penunjukan-lintas-perangkat-daerah' });
  const first = await snippetFrom(page, chartPath, true);
  const again = await snippetFrom(page, chartPath);
  const flow = await snippetFrom(page, flowPath);
  // Each opening of the dialog writes a new id, even for the same chart.
  expect(new Set([first.id, again.id, flow.id]).size).toBe(3);
  // As the dialog says for a strict CSP: embed-host.js instead of the inline scripts.
  const withoutScript = (html: string) => html.replace(/<script>[\s\S]*<\/script>/, '');
  strictPages.set(
    '/dua',
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Dua sematan</title>
<script src="/embed-host.js"></script><script src="/record-all.js"></script></head>
<body><h1>Halaman dinas</h1>${withoutScript(first.html)}<p>Alur penugasan:</p>${withoutScript(flow.html)}</body></html>`,
  );
  const problems = watch(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`http://127.0.0.1:${HOST_PORT}/dua`);
  const chartFrame = page.frameLocator(`#${first.id}`);
  const flowFrame = page.frameLocator(`#${flow.id}`);
  await expect(chartFrame.locator('svg.chart-canvas[data-view="ready"] g.box')).toHaveCount(7);
  await expect(flowFrame.locator('.step-card')).toContainText('Langkah 1 dari');
  const ids = [first.id, flow.id];

  // embed-host.js set what the refused style attribute would have: full width, no border.
  for (const id of ids) {
    const look = await page.locator(`#${id}`).evaluate((f) => {
      const cs = getComputedStyle(f);
      return {
        width: f.getBoundingClientRect().width,
        body: document.body.clientWidth,
        border: cs.borderTopWidth,
      };
    });
    expect(look.border).toBe('0px');
    expect(Math.abs(look.width - look.body)).toBeLessThanOrEqual(1);
  }

  const transform = () => chartFrame.locator('svg.chart-canvas > g').getAttribute('transform');
  const narrow = await settled(page, ids);
  const narrowView = await transform();
  await page.setViewportSize({ width: 1280, height: 800 });
  const wide = await settled(page, ids);
  // The chart re-fits its wider frame: in the middle, every box within its width.
  await page.locator(`#${first.id}`).scrollIntoViewIfNeeded();
  await expect.poll(chartCentred(page, first.id)).toBe(true);
  expect(await transform()).not.toBe(narrowView);
  await page.setViewportSize({ width: 360, height: 800 });
  const narrowAgain = await settled(page, ids);
  // ...and opens again as it did at this width.
  await page.locator(`#${first.id}`).scrollIntoViewIfNeeded();
  await expect.poll(transform).toBe(narrowView);
  for (let i = 0; i < ids.length; i++) {
    // Shorter when wide (its lines wrap less), and as tall as before when narrow again.
    expect(wide[i]).toBeLessThan(narrow[i]! - 20);
    expect(Math.abs(narrowAgain[i]! - narrow[i]!)).toBeLessThanOrEqual(2);
  }
  expect(problems).toEqual([]);
});

test('the snippet as pasted sizes its frame; messages keep version 1 and add the language, unit, flow and step', async ({
  page,
}) => {
  const chart = `${APP}/${href({ name: 'embed', region: 'semarang', unit: 'kecamatan', lang: 'en' })}`;
  const flowId = 'penunjukan-lintas-perangkat-daerah';
  const flow = `${APP}/${href({ name: 'embed', region: 'semarang', flow: flowId })}`;
  const chartSnippet = embedSnippet(chart, 'Bagan', 'bagan');
  const flowSnippet = embedSnippet(flow, 'Alur', 'alur');
  inlineScriptPages.set(
    '/v2',
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Sematan</title>
<script src="/record-all.js"></script></head><body>${chartSnippet}${flowSnippet}</body></html>`,
  );
  const problems = watch(page);
  await page.goto(`http://127.0.0.1:${HOST_PORT}/v2`);
  const flowFrame = page.frameLocator('#alur');
  await expect(flowFrame.locator('.step-card')).toContainText('Langkah 1 dari');
  await flowFrame.getByRole('button', { name: 'Maju' }).click();
  await expect(flowFrame.locator('.step-card')).toContainText('Langkah 2 dari');
  const messages = () =>
    page.evaluate(
      () =>
        (window as unknown as { __messages: { frame: string; data: Record<string, unknown> }[] }).__messages,
    );
  await expect
    .poll(async () => (await messages()).some((m) => m.frame === 'alur' && m.data['type'] === 'step'))
    .toBe(true);
  const all = await messages();
  const chartReady = all.find((m) => m.frame === 'bagan' && m.data['type'] === 'ready')?.data;
  expect(chartReady).toMatchObject({
    source: 'bagan-sistem-kerja',
    version: 1,
    revision: 2,
    view: 'chart',
    lang: 'en',
    region: 'semarang',
    unit: 'kecamatan',
  });
  const flowData = builtRegion('semarang').flows.find((f) => f.id === flowId)!;
  const step = all.filter((m) => m.frame === 'alur' && m.data['type'] === 'step').at(-1)?.data;
  expect(step).toMatchObject({ version: 1, lang: 'id', region: 'semarang', flow: flowId });
  expect(step?.['step']).toMatchObject({ number: 2, done: false });
  // The step it names is one of the flow's steps, the second in the data's order.
  expect((step?.['step'] as { id: string }).id).toBe(flowData.steps[1]!.id);
  // The snippet's own script took the border away and follows the reported height.
  await page.locator('#alur').scrollIntoViewIfNeeded();
  expect(await page.locator('#alur').evaluate((f) => getComputedStyle(f).borderTopWidth)).toBe('0px');
  await settled(page, ['bagan', 'alur']);
  expect(problems).toEqual([]);
  // Resize messages still carry the version-1 height field.
  expect(
    all.some(
      (m) => m.frame === 'alur' && m.data['type'] === 'resize' && typeof m.data['height'] === 'number',
    ),
  ).toBe(true);
});
