import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtIndex, builtRegion, expectNoA11yViolations, watch, hydrated, follow } from './helpers';

const dist = join(import.meta.dirname, '..', '..', 'dist', 'data');

async function importFile(page: import('@playwright/test').Page, name: string, buffer: Buffer) {
  await page.goto('./impor/');
  await hydrated(page);
  await page
    .getByLabel('Pilih berkas data (.json)')
    .setInputFiles({ name, mimeType: 'application/json', buffer });
}

test('each bundled region imported from its own file gives the same outline, chart and flows', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = watch(page);
  // The chart of an imported region is laid out by ELK in the worker: shown here for the region
  // with the largest unit type (the unit tests lay out every unit type with the same ELK code).
  const largest = builtIndex()
    .regions.map((e) => builtRegion(e.id))
    .sort(
      (a, b) =>
        Math.max(...b.unitTypes.map((u) => u.positions.length)) -
        Math.max(...a.unitTypes.map((u) => u.positions.length)),
    )[0]!.id;
  for (const entry of builtIndex().regions) {
    const region = builtRegion(entry.id);
    await importFile(page, `${entry.id}.json`, readFileSync(join(dist, `${entry.id}.json`)));
    await expect(page.getByRole('heading', { name: `${region.name} sah dan siap dipakai` })).toBeVisible({
      timeout: 15_000,
    });
    await page.getByRole('link', { name: `Buka ${region.name}` }).click();
    await expect(page).toHaveURL(new RegExp(`/impor/lihat/#/impor-${entry.id}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(region.name);
    await expect(page.locator('main .link-list').first().locator('li').first()).toBeVisible();
    const flows = page.locator('a[href^="impor/lihat/#/impor-' + entry.id + '/alur/"]');
    await expect(flows).toHaveCount(region.flows.length);
    const unit = [...region.unitTypes].sort((a, b) => b.positions.length - a.positions.length)[0]!;
    await follow(page, `impor/lihat/#/impor-${entry.id}/${unit.id}/daftar/`);
    await hydrated(page);
    await expect(page.locator('.outline .position-name')).toHaveCount(unit.positions.length);
    if (entry.id !== largest) continue;
    await follow(page, `impor/lihat/#/impor-${entry.id}/${unit.id}/`);
    await hydrated(page);
    // Not precomputed: laid out by ELK in the worker.
    await expect(page.locator('svg.chart-canvas')).toHaveAttribute('data-layout-from', 'worker', {
      timeout: 20_000,
    });
    await expect(page.locator('svg.chart-canvas g.box')).toHaveCount(unit.positions.length);
  }
  expect(problems).toEqual([]);
});

test('a broken file lists each problem with its JSON path, line and column; the page keeps working', async ({
  page,
}) => {
  const problems = watch(page);
  const text = readFileSync(join(dist, 'semarang.json'), 'utf8');
  const region = JSON.parse(text) as { unitTypes: { relations: { to: string }[]; head: string }[] };
  // A structural problem: reported with its path, line and column.
  region.unitTypes[0]!.head = 'Bukan Id';
  let pretty = JSON.stringify(region, null, 2);
  await importFile(page, 'rusak.json', Buffer.from(pretty));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('1 masalah di rusak.json');
  await expect(alert).toContainText('$.unitTypes[0].head');
  const head = pretty.split('\n').findIndex((l) => l.includes('"head": "Bukan Id"')) + 1;
  await expect(alert).toContainText(`baris ${head}, kolom`);
  await expect(alert).toContainText('id harus kebab-case');
  await expectNoA11yViolations(page);

  // A reference that does not resolve (checked once the structure is sound).
  region.unitTypes[0]!.head = region.unitTypes[0]!.relations[0]!.to;
  region.unitTypes[0]!.relations[0]!.to = 'tidak-ada';
  pretty = JSON.stringify(region, null, 2);
  await importFile(page, 'rusak2.json', Buffer.from(pretty));
  await expect(page.getByRole('alert')).toContainText('jabatan "tidak-ada" tidak ada di positions');
  await expect(page.getByRole('alert')).toContainText(/baris \d+, kolom \d+/);

  await importFile(page, 'terpotong.json', Buffer.from(pretty.slice(0, 500)));
  await expect(page.getByRole('alert')).toContainText(/bukan JSON yang sah.*baris \d+/);
  // Still usable: navigate away and back.
  await page.getByRole('link', { name: 'Bagan Sistem Kerja' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bagan Sistem Kerja');
  expect(problems).toEqual([]);
});

test('hostile files: huge, deeply nested, cyclic, markup in strings', async ({ page }) => {
  test.setTimeout(90_000);
  const problems = watch(page);
  await importFile(page, 'besar.json', Buffer.alloc(21 * 1024 * 1024, 32));
  await expect(page.getByRole('alert')).toContainText(/berkas terlalu besar/i);

  await importFile(page, 'dalam.json', Buffer.from('['.repeat(50_000) + ']'.repeat(50_000)));
  await expect(page.getByRole('alert')).toContainText(/terlalu dalam|bukan JSON yang sah/);

  const region = JSON.parse(readFileSync(join(dist, 'semarang.json'), 'utf8')) as {
    name: string;
    unitTypes: {
      name: string;
      head: string;
      relations: { kind: string; from: string; to: string; cite: unknown }[];
    }[];
  };
  const unit = region.unitTypes[0]!;
  const placed = unit.relations.find((r) => r.kind === 'kedudukan')!;
  unit.relations.push({ kind: 'kedudukan', from: placed.to, to: placed.from, cite: placed.cite });
  await importFile(page, 'melingkar.json', Buffer.from(JSON.stringify(region)));
  await expect(page.getByRole('alert')).toContainText('kedudukan melingkar');

  unit.relations.pop();
  region.name = '<img src=x onerror=alert(1)><b>Wilayah</b>';
  unit.name = '<script>alert(1)</script>';
  await importFile(page, 'markup.json', Buffer.from(JSON.stringify(region)));
  await page.getByRole('link', { name: /^Buka / }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '<img src=x onerror=alert(1)><b>Wilayah</b>',
  );
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '<script>alert(1)</script>' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a 1000-position region lays out in the worker, can be cancelled, and the page stays responsive', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = watch(page);
  const cite = {
    file: 'sintetis.txt',
    locator: 'sintetis',
    lines: [1, 1],
    quote: 'data sintetis untuk uji beban',
  };
  const positions = [{ id: 'p0', name: 'Kepala Unit Sintetis', category: 'jpt', cite }];
  const relations: unknown[] = [];
  for (let i = 1; i < 1000; i++) {
    positions.push({
      id: `p${i}`,
      name: `Jabatan Sintetis ${i}`,
      category: i < 5 ? 'administrator' : i < 21 ? 'pengawas' : 'jf',
      cite,
    });
    relations.push({ kind: 'kedudukan', from: `p${i}`, to: `p${Math.floor((i - 1) / 4)}`, cite });
  }
  const synthetic = {
    schemaVersion: 1,
    id: 'sintetis',
    name: 'Wilayah Sintetis',
    level: 'kota',
    source: 'sintetis.txt',
    regulation: {
      type: 'Peraturan Wali Kota',
      number: '1',
      year: 2024,
      title: 'Uji beban',
      date: '2024-01-01',
      cite,
    },
    unitTypes: [{ id: 'besar', name: 'Unit Besar', levels: [3], head: 'p0', positions, relations, cite }],
    flows: [],
    rules: [],
    forms: [],
    notes: [],
  };
  await importFile(page, 'sintetis.json', Buffer.from(JSON.stringify(synthetic)));
  await page.getByRole('link', { name: 'Buka Wilayah Sintetis' }).click();
  await follow(page, 'impor/lihat/#/impor-sintetis/besar/');
  await hydrated(page);
  // Cancelled as soon as it can be: the tree layout of 1,000 positions takes under a second in the
  // worker, so anything done before the click can outlast it.
  await page.getByRole('button', { name: 'Batalkan' }).click();
  await expect(page.getByText('Penyusunan bagan dibatalkan.')).toBeVisible();
  await page.getByRole('button', { name: 'Susun lagi' }).click();
  // The main thread answers while ELK works: the language toggle responds at once.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' })).toBeVisible({
    timeout: 1000,
  });
  await page.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' }).click();
  await expect(page.locator('svg.chart-canvas g.box')).toHaveCount(1000, { timeout: 90_000 });
  expect(problems).toEqual([]);
});

test('an imported region can be kept in this browser and removed again', async ({ page }) => {
  await importFile(page, 'semarang.json', readFileSync(join(dist, 'semarang.json')));
  await page.getByRole('button', { name: 'Simpan di peramban ini' }).click();
  await expect(page.getByText('Tersimpan di peramban ini.')).toBeVisible();
  await page.goto('./');
  await hydrated(page);
  await page.reload();
  await expect(page.locator('a[href="impor/lihat/#/impor-semarang/"]')).toBeVisible();
  await page.goto('./impor/');
  await hydrated(page);
  await page.getByRole('button', { name: 'Hapus Kabupaten Semarang' }).click();
  await page.goto('./');
  await hydrated(page);
  await page.reload();
  await expect(page.locator('a[href="impor/lihat/#/impor-semarang/"]')).toHaveCount(0);
});
