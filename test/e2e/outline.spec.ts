import { expect, test } from '@playwright/test';
import { builtIndex, builtRegion, expectNoA11yViolations, hydrated, watch } from './helpers';

test('home lists every province; each province page lists its bundled regions with their regulation', async ({
  page,
}) => {
  const problems = watch(page);
  const index = builtIndex();
  expect(index.regions.length).toBeGreaterThanOrEqual(2);
  const provinces = [...new Set(index.regions.map((r) => r.province!))];
  await page.goto('./');
  const list = page.getByRole('list', { name: 'Provinsi' });
  await expect(list.getByRole('link')).toHaveCount(provinces.length);
  for (const name of provinces) {
    await page.goto('./');
    await hydrated(page);
    await page.getByRole('link', { name: new RegExp(`^${name} `) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    const here = index.regions.filter((r) => r.province === name);
    await expect(page.locator('main .card-link')).toHaveCount(here.length);
    for (const region of here) {
      const card = page.locator(`a[href="${region.id}/"]`);
      await expect(card).toBeVisible();
      await expect(card).toContainText(region.name);
      await expect(card).toContainText(`Nomor ${region.regulation.number} Tahun ${region.regulation.year}`);
    }
  }
  await expectNoA11yViolations(page);
  expect(problems).toEqual([]);
});

test('the filter box on the home page narrows the provinces and finds a region by name', async ({ page }) => {
  const problems = watch(page);
  const index = builtIndex();
  const region = index.regions.find((r) => r.level !== 'provinsi')!;
  await page.goto('./');
  await hydrated(page);
  const filter = page.getByRole('searchbox', { name: 'Saring provinsi atau wilayah' });
  await filter.fill(region.province!.split(' ').at(-1)!);
  const list = page.getByRole('list', { name: 'Provinsi' });
  await expect(list.getByRole('link', { name: new RegExp(`^${region.province} `) })).toBeVisible();
  expect(await list.getByRole('link').count()).toBeLessThan(
    new Set(index.regions.map((r) => r.province)).size,
  );
  await filter.fill(region.name.split(' ').at(-1)!);
  const found = page
    .getByRole('list', { name: 'Wilayah yang cocok' })
    .getByRole('link', { name: region.name });
  await expect(found).toHaveAttribute('href', `${region.id}/`);
  await expectNoA11yViolations(page);
  expect(problems).toEqual([]);
});

test('keyboard only: region -> unit type -> outline, citation, language, deep link', async ({ page }) => {
  const problems = watch(page);
  const index = builtIndex();
  const entry = index.regions[0]!;
  const region = builtRegion(entry.id);
  const unit = region.unitTypes[0]!;
  await page.goto('./');

  // Tab to the region's province and open it with Enter, then to the region card.
  const province = page.getByRole('list', { name: 'Provinsi' }).getByRole('link', {
    name: new RegExp(`^${entry.province} `),
  });
  for (let i = 0; i < 30 && !(await province.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(province).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.province!);
  const card = page.locator(`a[href="${entry.id}/"]`);
  for (let i = 0; i < 30 && !(await card.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(card).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/${entry.id}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(region.name);

  // Tab to the first unit type and open it.
  const unitLink = page.getByRole('link', { name: unit.name, exact: true });
  for (let i = 0; i < 60 && !(await unitLink.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(unitLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/${entry.id}/${unit.id}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(unit.name);

  // The chart page links to its text alternative, the outline.
  const outlineTab = page
    .getByRole('navigation', { name: 'Tampilan' })
    .getByRole('link', { name: 'Daftar (teks)' });
  for (let i = 0; i < 20 && !(await outlineTab.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(outlineTab).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/${entry.id}/${unit.id}/daftar/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(unit.name);

  // The outline lists every position of the unit type.
  const outline = page.getByRole('navigation', { name: /Jabatan dan kedudukan/ });
  for (const p of unit.positions)
    await expect(outline.locator(`#jabatan-${p.id} > .position-head .position-name`)).toHaveText(p.name);

  // Reveal the head's citation: the quote appears.
  const head = unit.positions.find((p) => p.id === unit.head)!;
  const headCite = outline.locator(`#jabatan-${head.id} > details.cite`);
  await headCite.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(headCite.locator('blockquote')).toBeVisible();
  await expect(headCite.locator('blockquote')).toContainText(head.cite.quote.slice(0, 20));

  await expectNoA11yViolations(page);

  // Switch language: headings change, the law's words stay.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { name: 'Positions and placement' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Reload the deep link: same unit, language kept.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(unit.name);
  await expect(page.getByRole('heading', { name: 'Positions and placement' })).toBeVisible();
  await page.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' }).click();
  await expect(page.getByRole('heading', { name: 'Jabatan dan kedudukan' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('unknown links fall back with a message and a way back', async ({ page }) => {
  const problems = watch(page);
  const entry = builtIndex().regions[0]!;
  await page.goto(`./${entry.id}/tidak-ada/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
  await expect(page.getByText(`${entry.id}/tidak-ada/`)).toBeVisible();
  await page.getByRole('link', { name: `Kembali ke ${entry.name}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.name);

  await page.goto('./wilayah-tak-dikenal/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
  await page.goto('./#/<script>'); // an old-style link that is not a page
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
  await page.getByRole('link', { name: 'Kembali ke beranda' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bagan Sistem Kerja');
  await expectNoA11yViolations(page);
  // The server answers each address that is not a page (and its data files) with 404, which the
  // console reports; nothing else may go wrong.
  expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
});

test('a broken data file shows the error list, not a blank page', async ({ page }) => {
  const entry = builtIndex().regions[0]!;
  await page.route(`**/data/${entry.id}.json`, (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ schemaVersion: 1, id: entry.id, name: 'X', level: 'kota', unitTypes: [] }),
    }),
  );
  await page.goto(`./${entry.id}/`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Data tidak dapat dipakai');
  await expect(alert).toContainText(`data/${entry.id}.json $.regulation`);
  await expect(alert).toContainText('$.unitTypes');
  await expect(page.getByRole('link', { name: 'Kembali ke beranda' })).toBeVisible();
});

test('truncated JSON names the line and column', async ({ page }) => {
  const entry = builtIndex().regions[0]!;
  await page.route(`**/data/${entry.id}.json`, (route) =>
    route.fulfill({ contentType: 'application/json', body: '{\n  "schemaVersion": 1,\n  "id": ' }),
  );
  await page.goto(`./${entry.id}/`);
  await expect(page.getByRole('alert')).toContainText(/bukan JSON yang sah.*baris 3/);
});

test('every bundled region: its region page, one unit type outline and chart, and one flow', async ({
  page,
}) => {
  const problems = watch(page);
  for (const entry of builtIndex().regions) {
    const region = builtRegion(entry.id);
    await page.goto(`./${region.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(region.name);
    // The unit type with the most positions of this region.
    const unit = [...region.unitTypes].sort((a, b) => b.positions.length - a.positions.length)[0]!;
    await page.goto(`./${region.id}/${unit.id}/daftar/`);
    const outline = page.getByRole('navigation', { name: /Jabatan dan kedudukan/ });
    await expect(outline.locator('.position-name')).toHaveCount(unit.positions.length);
    await page.goto(`./${region.id}/${unit.id}/`);
    await expect(page.locator('svg.chart-canvas g.box')).toHaveCount(unit.positions.length);
    const flow = region.flows[0]!;
    await page.goto(`./${region.id}/alur/${flow.id}/`);
    await expect(page.locator('.step-card')).toContainText(`Langkah 1 dari ${flow.steps.length}`);
  }
  expect(problems).toEqual([]);
});
