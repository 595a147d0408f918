import { expect, test, type Page } from '@playwright/test';
import { builtRegion, expectNoA11yViolations, tabTo, watch, hydrated } from './helpers';
import { href } from '../../src/routes';

test.use({ viewport: { width: 360, height: 780 } });

/** Where an element stands in the viewport, and whether the page is scrolled to its end. */
async function placement(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => ({
    top: el.getBoundingClientRect().top,
    height: window.innerHeight,
    atEnd: window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
  }));
}

/** A wizard step scrolled into view: at the top of the screen, or (a short page) scrolled to its end. */
async function expectScrolledTo(page: Page, selector: string) {
  await expect
    .poll(async () => {
      const p = await placement(page, selector);
      return p.top > -2 && (p.top < 4 || (p.atEnd && p.top < p.height * 0.6));
    })
    .toBe(true);
}

test('Posisi saya on a phone, keyboard only: from home to a cited answer in three choices, each step in view, then to the chart', async ({
  page,
}) => {
  const problems = watch(page);
  const semarang = builtRegion('semarang');
  const kecamatan = semarang.unitTypes.find((u) => u.id === 'kecamatan')!;
  await page.goto('./');
  await hydrated(page);
  await tabTo(page, page.getByRole('link', { name: 'Posisi saya' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Posisi saya');

  // Choice 1: the region, in its province.
  await tabTo(page, page.getByRole('link', { name: semarang.province! }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/posisi\/provinsi\/jawa-tengah\/$/);
  await tabTo(page, page.getByRole('link', { name: 'Kabupaten Semarang' }));
  await page.keyboard.press('Enter');
  await expectScrolledTo(page, '#me-step-2');
  const input = page.getByLabel('Ketik nama perangkat daerah atau unit');
  await tabTo(page, input);
  await page.keyboard.type('camat'); // a role word: the Camat heads the Kecamatan
  const suggestion = page.getByRole('list', { name: 'Unit yang cocok' }).getByRole('link').first();
  await expect(suggestion).toContainText('Kecamatan');
  // Choice 2: the unit.
  await tabTo(page, suggestion);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/posisi\/semarang\/kecamatan\/$/);
  await expectScrolledTo(page, '#me-step-3');
  // Every position of the unit type is offered, pelaksana included.
  const offered = page.locator('section[aria-labelledby="me-step-3"] .choice-list a');
  const members = kecamatan.positions.filter((p) => !kecamatan.positions.some((m) => m.group === p.id));
  await expect(offered).toHaveCount(members.length);

  // Choice 3: the position.
  await tabTo(page, page.getByRole('link', { name: 'Pejabat Fungsional ahli muda', exact: true }));
  await page.keyboard.press('Enter');
  await expectScrolledTo(page, '#me-answer');
  const answer = page.locator('section.answer');
  // Its category and jenjang as words apart ("JF· Ahli Muda" lost the space).
  await expect(answer.locator('.position-answer > p.muted').first()).toHaveText(/^JF · Ahli Muda$/);
  // Lampiran V huruf d angka 1-2 (lines 708-709): Camat appraises; Sekretaris is Pimpinan Unit Organisasi.
  const appraiser = answer.locator('section.question-appraiser');
  await expect(appraiser.getByRole('heading', { name: /Pejabat Penilai Kinerja saya/ })).toBeVisible();
  await expect(appraiser.locator('ul.answers')).toContainText('Camat');
  await expect(appraiser.locator('details.cite').first()).toContainText('Lampiran V huruf d angka 1');
  await expect(answer.locator('section.question-unitLeader ul.answers')).toContainText('Sekretaris');
  // Line 714: "Camat atas rekomendasi Sekretaris menugaskan".
  await expect(answer.locator('section.question-assigner .recommendation').first()).toHaveText(
    'atas rekomendasi Sekretaris',
  );
  await expectNoA11yViolations(page);

  await tabTo(page, answer.getByRole('link', { name: 'Tampilkan di bagan' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/semarang\/kecamatan\/\?jabatan=jf-ahli-muda$/);
  const panel = page.locator('aside.panel');
  await expect(panel.locator('h2')).toHaveText('Pejabat Fungsional ahli muda');
  // The member's panel shows what it has from its group: appraiser, unit leader, coordinator.
  await expect(panel.locator('section.question-appraiser ul.answers')).toContainText('Camat');
  await expect(panel.locator('section.question-unitLeader ul.answers')).toContainText('Sekretaris');
  await expect(panel.locator('section.question-coordinator ul.answers')).toContainText('Pejabat Pengawas');
  // The unit leader and the coordinator stay lit on the chart.
  for (const id of ['camat', 'sekretaris', 'pejabat-pengawas'])
    await expect(page.locator(`g.box[data-id="${id}"]`)).not.toHaveClass(/dimmed/);
  expect(problems).toEqual([]);
});

test('Posisi saya: an office the text puts in several unit types asks one question; an unknown name lists every unit type', async ({
  page,
}) => {
  const problems = watch(page);
  const semarang = builtRegion('semarang');
  await page.goto('./posisi/semarang/');
  await hydrated(page);
  const input = page.getByLabel('Ketik nama perangkat daerah atau unit');
  await input.fill('uptd');
  const question = page.getByRole('group', { name: 'Tipe unit mana yang sesuai dengan kantor Anda?' });
  await expect(question.getByRole('link')).toHaveText([
    'Unit Pelaksana Teknis Dinas Tipe A',
    'Unit Pelaksana Teknis Dinas Tipe B',
  ]);
  await expectNoA11yViolations(page);
  await question.getByRole('link', { name: 'Unit Pelaksana Teknis Dinas Tipe B' }).click();
  await expect(page).toHaveURL(/\/posisi\/semarang\/uptd-tipe-b\/$/);
  await expectScrolledTo(page, '#me-step-3');

  await input.fill('qzxv');
  await expect(page.getByRole('status').filter({ hasText: 'Tidak ada nama yang cocok' })).toBeVisible();
  const results = page.locator('.office-results');
  await expect(results.getByRole('link')).toHaveCount(semarang.unitTypes.length);
  // Under the text's own headings.
  await expect(results.locator('h3.group-title')).toHaveText([
    ...new Set(semarang.unitTypes.map((u) => u.group!)),
  ]);
  expect(problems).toEqual([]);
});

test('Posisi saya: suggestions stay above the on-screen keyboard', async ({ page }) => {
  await page.goto('./posisi/sambas/');
  await hydrated(page);
  const input = page.getByLabel('Ketik nama perangkat daerah atau unit');
  await input.focus();
  // The keyboard takes the lower half of the screen: the visual viewport shrinks.
  await page.setViewportSize({ width: 360, height: 380 });
  await input.pressSequentially('dinas');
  const results = page.locator('.office-results');
  await expect(results.getByRole('link').first()).toBeVisible();
  await expect
    .poll(() =>
      results.evaluate((el) => el.getBoundingClientRect().bottom <= (window.visualViewport?.height ?? 0) + 1),
    )
    .toBe(true);
  // The box itself is lifted into view above them.
  const box = await input.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThan(380 / 2);
});

test('Posisi saya: Bagikan copies the answer with its citations and a link that reopens it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // No Web Share API here (as on most desktops): the copy is the fallback.
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
  });
  await page.goto('./posisi/semarang/dpmptsp/pelaksana/');
  await hydrated(page);
  const answer = page.locator('section.answer');
  await expect(answer.getByRole('heading', { level: 2 })).toHaveText('Jawaban untuk Pelaksana');
  // Lampiran V huruf b angka 4 huruf a) butir 3) (line 661): the Sekretariat's special case.
  // The data answers it as a line of its own (its condition), said once, not again as a step.
  const assigner = answer.locator('section.question-assigner');
  await expect(assigner).toContainText('pada Sekretariat: atas rekomendasi Sekretaris');
  await expect(assigner).toContainText('Lampiran V huruf b angka 4 huruf a) butir 3)');
  await expect(assigner.locator('.special')).toHaveCount(0);
  await answer.getByRole('button', { name: 'Bagikan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'disalin' })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('Siapa yang dapat menugaskan saya:');
  expect(text).toContain('baris 661–661: “pada Sekretariat, Kepala Dinas menugaskan');
  expect(text).toContain('Lampiran V huruf b angka 1');
  const link = text
    .trim()
    .split('\n')
    .at(-1)!
    .replace(/^Buka jawaban ini: /, '');
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  await page.goto('./');
  await hydrated(page);
  await page.goto(link);
  await hydrated(page);
  await expect(page.locator('section.answer h2')).toHaveText('Jawaban untuk Pelaksana');
  await expect(page.locator('section.answer .muted').first()).toContainText('Dinas Penanaman Modal');
});

test('search with / from any page, with a typo and an abbreviation', async ({ page }) => {
  const problems = watch(page);
  await page.goto('./semarang/');
  await hydrated(page);
  await page.locator('main h1').click();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: /Cari perangkat daerah/ }).first()).toBeFocused();
  await page.keyboard.type('dinas perhubngan');
  await page.keyboard.press('Enter');
  // From a region's page the search looks in that region first.
  await expect(page).toHaveURL(/\/cari\/\?q=dinas%20perhubngan&wilayah=semarang$/);
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
  await page.goto('./glosarium/?istilah=pimpinan-unit-organisasi');
  await hydrated(page);
  const term = page.locator('#istilah-pimpinan-unit-organisasi');
  await expect(term).toBeFocused();
  await expect(term.locator('xpath=following-sibling::dd')).toContainText('target kinerja');
  await expectNoA11yViolations(page);
});

test('every official-facing page (region and presentation too) fits 320 px without sideways scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of [
    './banding/?a=semarang/kecamatan&b=surakarta/kecamatan',
    './posisi/?wilayah=sambas&unit=rsud-uobk&jabatan=jf-ahli-madya',
    './cari/?q=dinas',
    './sambas/surat/surat-penolakan/',
    './sambas/alur/penunjukan-lintas-perangkat-daerah/',
    './impor/',
    `./${href({ name: 'region', region: 'kaltim' })}`,
    `./${href({ name: 'presentation', deck: '', item: 0, path: [], tour: false })}`,
    `./${href({ name: 'presentation', deck: 'kaltim/pd-tipe-2,semarang/alur/penunjukan-lintas-perangkat-daerah', item: 1, path: [], tour: false })}`,
  ]) {
    await page.goto(url);
    await hydrated(page);
    await expect(page.locator('main h1').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});

test('phone: the region page has a table of contents that stays on top and leads to each section', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const region = builtRegion('kaltim');
  await page.goto(`./${href({ name: 'region', region: region.id })}`);
  await hydrated(page);
  const toc = page.getByRole('navigation', { name: 'Isi halaman' });
  // Counts as the data has them.
  await expect(
    toc.getByRole('link', { name: `Tipe unit organisasi (${region.unitTypes.length})` }),
  ).toBeVisible();
  await expect(toc.getByRole('link', { name: `Alur kerja (${region.flows.length})` })).toBeVisible();
  const rules = toc.getByRole('link', { name: `Ketentuan (${region.rules.length})` });
  await rules.click();
  // The section's heading comes to the top, just under the contents, which stay in view.
  const heading = page.getByRole('heading', { level: 2, name: 'Ketentuan' });
  await expect(heading).toBeFocused();
  const tocBox = (await toc.boundingBox())!;
  const headBox = (await heading.boundingBox())!;
  expect(tocBox.y).toBeGreaterThanOrEqual(-1);
  expect(tocBox.y).toBeLessThan(2);
  expect(headBox.y).toBeGreaterThanOrEqual(tocBox.y + tocBox.height - 1);
  expect(headBox.y).toBeLessThan(tocBox.y + tocBox.height + 60);
  await expect(page).toHaveURL(new RegExp(`/${region.id}/$`));
});

test('phone: compare stacks each question as a card (words whole) and tells apart two units of one name', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`./${href({ name: 'compare', a: 'semarang/kecamatan', b: 'surakarta/kecamatan' })}`);
  await hydrated(page);
  const table = page.locator('table.unit-compare').first();
  await expect(table.locator('tbody th').first()).toBeVisible();
  const tableWidth = (await table.boundingBox())!.width;
  // The caption on one or two lines, not a letter a line.
  expect((await table.locator('caption').boundingBox())!.height).toBeLessThan(60);
  // The question spans the card; each side's cell says which side it is.
  const question = (await table.locator('tbody th').first().boundingBox())!;
  expect(question.width).toBeGreaterThan(tableWidth * 0.9);
  const cell = table.locator('tbody td').first();
  expect((await cell.boundingBox())!.width).toBeGreaterThan(tableWidth * 0.9);
  const side = await cell.evaluate((td) => getComputedStyle(td, '::before').content);
  expect(side).toContain('Kabupaten Semarang');
  // Lombok Barat: two unit types share a name; the list tells them apart.
  const lombok = builtRegion('lombok-barat');
  const sideA = page.locator('fieldset.side-picker').first();
  await sideA.locator('select').first().selectOption({ label: lombok.province });
  await sideA.getByLabel('Wilayah').selectOption(lombok.id);
  const options = sideA.locator('select').last().locator('option:not([disabled])');
  await expect(options).toHaveCount(lombok.unitTypes.length);
  const labels = await options.allTextContents();
  expect(new Set(labels).size).toBe(labels.length);
});
