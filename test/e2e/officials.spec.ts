import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, tabTo, watch } from './helpers';

test.use({ viewport: { width: 360, height: 780 } });

test('Posisi saya on a phone, keyboard only: from home to a cited answer, then to the chart', async ({
  page,
}) => {
  const problems = watch(page);
  await page.goto('./');
  await tabTo(page, page.getByRole('link', { name: 'Posisi saya' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Posisi saya');

  await tabTo(page, page.getByRole('link', { name: 'Kabupaten Semarang' }));
  await page.keyboard.press('Enter');
  const input = page.getByLabel('Ketik nama perangkat daerah atau unit');
  await tabTo(page, input);
  await page.keyboard.type('kecamtan'); // a typo on purpose
  const suggestion = page.getByRole('list', { name: 'Unit yang cocok' }).getByRole('link').first();
  await expect(suggestion).toContainText('Kecamatan');
  await tabTo(page, suggestion);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/unit=kecamatan/);

  await tabTo(page, page.getByRole('link', { name: 'Pejabat Fungsional ahli muda', exact: true }));
  await page.keyboard.press('Enter');
  const answer = page.locator('section.answer');
  // Lampiran V huruf d angka 1-2 (lines 708-709): Camat appraises; Sekretaris is Pimpinan Unit Organisasi.
  await expect(answer.getByRole('heading', { name: 'Pejabat Penilai Kinerja saya' })).toBeVisible();
  await expect(answer.locator('ul.answers').first()).toContainText('Camat');
  await expect(answer.locator('ul.answers').nth(1)).toContainText('Sekretaris');
  await expect(answer.locator('details.cite').first()).toContainText('Lampiran V huruf d angka 1');
  await expectNoA11yViolations(page);

  await tabTo(page, answer.getByRole('link', { name: 'Tampilkan di bagan' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/semarang\/kecamatan\?jabatan=jf-ahli-muda$/);
  await expect(page.locator('aside.panel h2')).toHaveText('Pejabat Fungsional ahli muda');
  expect(problems).toEqual([]);
});

test('search with / from any page, with a typo and an abbreviation', async ({ page }) => {
  const problems = watch(page);
  await page.goto('./#/semarang');
  await page.locator('main h1').click();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: /Cari perangkat daerah/ }).first()).toBeFocused();
  await page.keyboard.type('dinas perhubngan');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/cari\?q=dinas%20perhubngan/);
  const result = page
    .getByRole('region', { name: 'Kabupaten Semarang' })
    .getByRole('link', { name: 'Dinas Perhubungan', exact: true });
  await expect(result).toBeVisible();
  await page.getByRole('main').getByRole('searchbox').fill('rsud');
  await expect(page.locator('.search-results a').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kabupaten Semarang' })).toContainText(
    /Rumah Sakit Umum Daerah/,
  );
  // Opened from a region's page, search looks there first; every region is one click away, grouped.
  await page.getByRole('button', { name: 'Cari juga di semua wilayah' }).click();
  await expect(page.locator('main section.search-group h2')).not.toHaveCount(1);
  expect(await page.locator('main section.search-group h2').count()).toBeGreaterThan(1);
  await expectNoA11yViolations(page);
  await page.locator('.search-results a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(problems).toEqual([]);
});

test('glossary answers "Apa itu Pimpinan Unit Organisasi?"', async ({ page }) => {
  await page.goto('./#/glosarium?istilah=pimpinan-unit-organisasi');
  const term = page.locator('#istilah-pimpinan-unit-organisasi');
  await expect(term).toBeFocused();
  await expect(term.locator('xpath=following-sibling::dd')).toContainText('target kinerja');
  await expectNoA11yViolations(page);
});

test('every official-facing page fits 320 px without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of [
    './#/banding?a=semarang/kecamatan&b=surakarta/kecamatan',
    './#/posisi?wilayah=sambas&unit=uobk-rsud&jabatan=jf-ahli-madya',
    './#/cari?q=dinas',
    './#/sambas/surat/surat-penolakan',
    './#/sambas/alur/penunjukan-lintas-perangkat-daerah',
    './#/impor',
  ]) {
    await page.goto(url);
    await expect(page.locator('main h1').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});
