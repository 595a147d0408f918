/**
 * Every view under the strict CSP that `vite preview` sends (see vite.config.ts): no
 * securitypolicyviolation, no console error, no request to another origin. Then the whole site
 * again from a sub-path, to check that nothing assumes it lives at the root.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CSP } from '../../vite.config';
import { hydrated, watch } from './helpers';
import { serveStatic } from '../../scripts/staticServer';

const VIEWS: [string, string][] = [
  ['home', './'],
  ['region', './sambas/'],
  ['outline', './sambas/rsud-uobk/daftar/'],
  ['chart', './sambas/rsud-uobk/?jabatan=direktur'],
  ['flow player', './lombok-barat/alur/penunjukan-lintas-unit/?jalur=lanjut'],
  ['Posisi saya', './posisi/?wilayah=surakarta&unit=kecamatan'],
  ['compare', './banding/?a=semarang/kecamatan&b=surakarta/kecamatan'],
  ['search', './cari/?q=rsud'],
  ['glossary', './glosarium/'],
  ['presentation', './presentasi/?dek=kaltim/pd-tipe-1,kaltim/alur/penunjukan-lintas-perangkat-daerah'],
  ['deck builder', './presentasi/'],
  ['import', './impor/'],
  ['letter', './sambas/surat/surat-penolakan/'],
  ['embed chart', './embed.html?wilayah=kaltim&unit=pd-tipe-3'],
  ['embed flow', './embed.html?wilayah=surakarta&alur=penunjukan-lintas-unit'],
];

for (const [name, url] of VIEWS) {
  test(`strict CSP, no outside requests: ${name}`, async ({ page }) => {
    const problems = watch(page);
    const response = await page.goto(url);
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    await expect(page.locator('main h1, .embed-title, .slide-title').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}

const PREFIX = '/situs/pemda/bagan/';
const PORT = Number(process.env.PW_PORT ?? 4173) + 4;
let server: Server;

test.describe('served from a sub-path', () => {
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async () => {
    server = await serveStatic(
      PORT,
      { [PREFIX]: join(import.meta.dirname, '..', '..', 'dist') },
      { 'Content-Security-Policy': CSP },
    );
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('the chart, its data and layouts load from the sub-path', async ({ page }) => {
    const problems = watch(page);
    // An old link at the sub-path's root lands on the page's new address below the sub-path.
    await page.goto(`http://127.0.0.1:${PORT}${PREFIX}#/kaltim/pd-tipe-2`);
    await expect(page).toHaveURL(`http://127.0.0.1:${PORT}${PREFIX}kaltim/pd-tipe-2/`);
    // The prerendered page holds one chart per screen width until the app takes it over.
    await hydrated(page);
    await expect(page.locator('svg.chart-canvas')).toHaveAttribute('data-layout-from', 'precomputed');
    // Links move between pages without leaving the sub-path.
    await page.getByRole('link', { name: 'Provinsi Kalimantan Timur' }).first().click();
    await expect(page).toHaveURL(`http://127.0.0.1:${PORT}${PREFIX}kaltim/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Provinsi Kalimantan Timur');
    // ... and again, from a page one folder up (the base must not move with the address).
    await page.getByRole('link', { name: 'Perangkat Daerah Tipe 3', exact: true }).click();
    await expect(page).toHaveURL(`http://127.0.0.1:${PORT}${PREFIX}kaltim/pd-tipe-3/`);
    await expect(page.locator('svg.chart-canvas g.box').first()).toBeVisible();
    await page.goto(`http://127.0.0.1:${PORT}${PREFIX}embed.html?wilayah=semarang&unit=kecamatan`);
    await expect(page.locator('svg.chart-canvas g.box').first()).toBeVisible();
    expect(problems).toEqual([]);
  });
});
