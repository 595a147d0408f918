/**
 * Storage corruption and loss (audit F5-F10): storage is seeded before the page's scripts run,
 * the page is loaded, and what the reader sees and what stays stored are checked. The oracle is
 * the seed itself: bytes that nothing should change stay byte-identical.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtRegion, expectNoA11yViolations, watch, follow, hydrated } from './helpers';

const dist = join(import.meta.dirname, '..', '..', 'dist', 'data');
type Json = Record<string, unknown>;

/** A bundled region as the old app kept it: the file with its id prefixed. */
const kept = (id: string, change: Json = {}): Json => ({ ...builtRegion(id), id: `impor-${id}`, ...change });

/** Seeds storage once per tab (not again on reload), before any script of the page. */
async function seed(page: Page, values: Record<string, string>) {
  await page.addInitScript((values: Record<string, string>) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
    sessionStorage.setItem('seeded', '1');
  }, values);
}

const stored = (page: Page, key = 'bagan.impor') => page.evaluate((k) => localStorage.getItem(k), key);

test('F6: a kept region that fails re-validation is listed, kept as it was, and survives removing another', async ({
  page,
}) => {
  const problems = watch(page);
  const valid = kept('semarang');
  const broken = kept('kaltim', { schemaVersion: 2 });
  await seed(page, { 'bagan.impor': JSON.stringify([valid, broken]) });
  await page.goto('./');
  await hydrated(page);
  await expect(
    page.getByRole('link', { name: '1 wilayah tersimpan tidak dapat dibaca. Lihat Impor data.' }),
  ).toBeVisible();
  await page.goto('./impor/');
  await hydrated(page);
  const unreadable = page.getByRole('region', { name: '1 wilayah tersimpan tidak dapat dibaca' });
  await expect(unreadable).toContainText('Provinsi Kalimantan Timur');
  await expect(unreadable).toContainText('tidak lolos pemeriksaan');
  await expect(unreadable).toContainText('$.schemaVersion');
  // The reader can take the data away exactly as it was kept.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh Provinsi Kalimantan Timur' }).click();
  const file = await (await download).path();
  expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(broken));
  await expectNoA11yViolations(page);

  // Removing the valid one leaves the broken one stored byte for byte (it was erased before).
  await page.getByRole('button', { name: 'Hapus Kabupaten Semarang' }).click();
  await expect(page.getByRole('link', { name: 'Kabupaten Semarang' })).toHaveCount(0);
  expect(await stored(page)).toBe(JSON.stringify([broken]));
  await page.reload();
  await expect(page.getByRole('region', { name: '1 wilayah tersimpan tidak dapat dibaca' })).toBeVisible();
  // Its deep link says what is wrong instead of "not found".
  await follow(page, 'impor/lihat/#/impor-kaltim/');
  await expect(page.getByRole('alert')).toContainText('$.schemaVersion');
  // Removing it is the reader's explicit choice.
  await page.goto('./impor/');
  await hydrated(page);
  await page.getByRole('button', { name: 'Hapus Provinsi Kalimantan Timur' }).click();
  expect(await stored(page)).toBeNull();
  expect(problems).toEqual([]);
});

test('F7: a re-import that was not kept never replaces the kept version', async ({ page }) => {
  const problems = watch(page);
  const a = kept('semarang');
  const b = kept('kaltim');
  const seeded = JSON.stringify([a, b]);
  await seed(page, { 'bagan.impor': seeded });
  await page.goto('./impor/');
  await hydrated(page);
  await expect(page.getByRole('link', { name: 'Provinsi Kalimantan Timur' })).toBeVisible();
  // Re-import an edited Semarang; do not keep it.
  const edited = { ...builtRegion('semarang'), name: 'Kabupaten Semarang (sunting)' };
  await page.getByLabel('Pilih berkas data (.json)').setInputFiles({
    name: 'semarang.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(edited)),
  });
  await expect(
    page.getByRole('heading', { name: 'Kabupaten Semarang (sunting) sah dan siap dipakai' }),
  ).toBeVisible();
  await expect(page.locator('.imported-list li', { hasText: '(sunting)' })).toContainText(
    'versi lain tersimpan',
  );
  expect(await stored(page)).toBe(seeded);
  // Remove B: the kept A is written back, not the edit on screen.
  await page.getByRole('button', { name: 'Hapus Provinsi Kalimantan Timur' }).click();
  expect(await stored(page)).toBe(JSON.stringify([a]));
  await page.reload();
  await expect(page.getByRole('link', { name: 'Kabupaten Semarang', exact: true })).toBeVisible();
  await expect(page.getByText('Kabupaten Semarang (sunting)')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('F8: the same region kept twice shows once and every view still renders', async ({ page }) => {
  const problems = watch(page);
  const a = kept('semarang');
  const seeded = JSON.stringify([a, a]);
  await seed(page, { 'bagan.impor': seeded });
  await page.goto('./');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bagan Sistem Kerja');
  await expect(page.locator('a[href="impor/lihat/#/impor-semarang/"]')).toHaveCount(1);
  for (const [hash, heading] of [
    ['impor/', 'Impor data'],
    ['posisi/', 'Posisi saya'],
    ['impor/lihat/#/impor-semarang/', 'Kabupaten Semarang'],
  ]) {
    await page.goto(`./${hash}`);
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading!);
  }
  await page.goto('./banding/?a=impor-semarang/kecamatan&b=semarang/kecamatan');
  await hydrated(page);
  await expect(page.locator('main h1')).toBeVisible();
  expect(await stored(page)).toBe(seeded);
  expect(problems).toEqual([]);
});

test('F9: a kept region without the impor- prefix never shadows the published one', async ({ page }) => {
  const problems = watch(page);
  const fake = { ...builtRegion('semarang'), name: 'Kabupaten Semarang (PALSU)' };
  const seeded = JSON.stringify([fake]);
  await seed(page, { 'bagan.impor': seeded });
  await page.goto('./semarang/');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kabupaten Semarang');
  await follow(page, 'impor/lihat/#/impor-semarang/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kabupaten Semarang (PALSU)');
  await page.goto('./posisi/');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Posisi saya');
  expect(await stored(page)).toBe(seeded);
  expect(problems).toEqual([]);
});

test('F10: a deck with a repeated item shows it once', async ({ page }) => {
  const problems = watch(page);
  await seed(page, { 'bagan.dek': 'semarang/kecamatan,semarang/kecamatan' });
  await page.goto('./presentasi/');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Presentasi');
  await expect(page.locator('.deck-list li')).toHaveCount(1);
  // Shown by its title and region (the deck lists what a trainer recognises, not ids).
  const kecamatan = builtRegion('semarang').unitTypes.find((u) => u.id === 'kecamatan')!;
  await expect(page.locator('.deck-list li .deck-title strong')).toHaveText(kecamatan.name);
  await expect(page.locator('.deck-list li .deck-title')).toContainText('Semarang');
  expect(problems).toEqual([]);
});

test('F5: "Simpan" on a full storage says so, keeps the button, and changes nothing stored', async ({
  page,
}) => {
  const problems = watch(page);
  const a = kept('kaltim');
  const seeded = JSON.stringify([a]);
  await seed(page, { 'bagan.impor': seeded });
  await page.goto('./impor/');
  await hydrated(page);
  await expect(page.getByRole('link', { name: 'Provinsi Kalimantan Timur' })).toBeVisible();
  // Fill the rest of this origin's storage (the real quota, not a stub).
  const filled = await page.evaluate(() => {
    let size = 8 * 1024 * 1024;
    let n = 0;
    while (size >= 1024) {
      try {
        localStorage.setItem(`pengisi-${n}`, 'x'.repeat(size));
        n++;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return n;
  });
  expect(filled).toBeGreaterThan(0);
  await page.getByLabel('Pilih berkas data (.json)').setInputFiles({
    name: 'semarang.json',
    mimeType: 'application/json',
    buffer: readFileSync(join(dist, 'semarang.json')),
  });
  const keep = page.getByRole('button', { name: 'Simpan di peramban ini' });
  await keep.click();
  await expect(page.getByRole('alert')).toContainText(
    'Penyimpanan peramban ini penuh: Kabupaten Semarang tidak tersimpan.',
  );
  await expect(keep).toBeEnabled();
  await expect(page.getByText('Tersimpan di peramban ini.')).toHaveCount(0);
  expect(await stored(page)).toBe(seeded);
  expect(problems).toEqual([]);
});
