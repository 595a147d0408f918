/**
 * The embed inside <iframe sandbox="allow-scripts"> on a host page served from a second localhost
 * port (another origin), with the host's own strict CSP: resize messages arrive, the host helper
 * checks event.source, and the chart or flow renders.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtRegion } from './helpers';

const APP = `http://127.0.0.1:${process.env.PW_PORT ?? 4173}`;
const HOST_PORT = Number(process.env.PW_PORT ?? 4173) + 3;
let server: Server;

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
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${HOST_PORT}`);
    const csp = `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; frame-src ${APP}`;
    if (url.pathname === '/embed-host.js')
      return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(helper);
    if (url.pathname === '/record.js')
      return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(record);
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
  const before = await page.locator('#bagan').evaluate((f) => (f as HTMLIFrameElement).style.height);
  // A message posted by the host window itself (not the frame) must not resize the frame.
  await page.evaluate(() =>
    window.postMessage({ source: 'bagan-sistem-kerja', version: 1, type: 'resize', height: 5 }, '*'),
  );
  await page.waitForTimeout(200);
  expect(await page.locator('#bagan').evaluate((f) => (f as HTMLIFrameElement).style.height)).toBe(before);
});
