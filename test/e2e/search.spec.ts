/**
 * Search and answer cards on a phone: a typed question gets a cited card without another tap;
 * region names filter, flow steps and abbreviations are found, results come while typing; the
 * header box and the search page stay in step; a text hit opens its passage; compare puts two
 * flows side by side fetching only their regions. Expected values come from the regulation texts
 * (line numbers in data/sources) — the same ones test/unit/questions.test.ts checks.
 */
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, hydrated, watch } from './helpers';
import { href } from '../../src/routes';

test.use({ viewport: { width: 360, height: 740 } });

const QUESTIONS = [
  // Semarang Lampiran V huruf d angka 1 (line 708): "Camat sebagai Pejabat Penilai Kinerja".
  {
    q: 'Siapa penilai kinerja saya, JF Ahli Muda di Kecamatan Semarang?',
    who: 'Camat',
    locator: 'Lampiran V huruf d angka 1',
  },
  // Surakarta Pasal 1 angka 26 (line 70): "... dalam jangka waktu maksimal 1 (satu) tahun".
  {
    q: 'berapa lama masa tugas ketua tim di surakrta',
    who: 'Ketua Tim Kerja ditunjuk dalam jangka waktu maksimal 1 (satu) tahun.',
    locator: 'Pasal 1 angka 26',
  },
  // Semarang Pasal 16 ayat (3) huruf b (line 232): "... lintas Perangkat Daerah ditetapkan oleh Sekretaris Daerah".
  {
    q: 'Kalau saya dipinjam Dinas lain, siapa yang menerbitkan surat perintahnya? semarang',
    who: 'Sekretaris Daerah: Surat Perintah',
    locator: 'Pasal 16 ayat (3) huruf b',
  },
  // Lombok Barat Lampiran BAB II huruf D angka 4 (line 888): "... adalah Pejabat Administrator".
  {
    q: 'Who appraises a pelaksana at a kecamatan in Lombok Barat?',
    who: 'Pejabat Administrator',
    locator: 'Lampiran BAB II huruf D angka 4',
  },
];

test('a typed question gets a cited answer card on the home page, with no other tap', async ({ page }) => {
  // Five questions typed key by key, then axe over the page: more than the default 30 s on 2 cores.
  test.slow();
  const problems = watch(page);
  await page.goto('./');
  // The app starts after the page's first paint: the answers come from it.
  await hydrated(page);
  const box = page.getByLabel(/Tanya atau cari/);
  for (const { q, who, locator } of QUESTIONS) {
    await box.fill('');
    await box.pressSequentially(q, { delay: 5 });
    const card = page.locator('section.answer-card').first();
    await expect(card).toBeVisible();
    await expect(card.locator('.answer-items')).toContainText(who);
    await expect(card.locator('a.answer-cite', { hasText: locator }).first()).toBeVisible();
    await expect(card.locator('.answer-quote').first()).toBeVisible();
    // On the phone's screen: the answer and its first citation.
    await expect(card.locator('.answer-sentence')).toBeInViewport();
    await expect(card.locator('a.answer-cite').first()).toBeInViewport();
  }
  await expectNoA11yViolations(page);
  expect(problems).toEqual([]);
});

test('the card asks back for what the question leaves out, with buttons', async ({ page }) => {
  await page.goto('./');
  await hydrated(page);
  await page.getByLabel(/Tanya atau cari/).fill('siapa penilai kinerja JF ahli muda?');
  const ask = page.locator('section.answer-card.ask');
  await expect(ask.getByRole('heading')).toHaveText('Wilayah mana yang Anda maksud?');
  await ask.getByRole('button', { name: 'Kabupaten Semarang' }).click();
  await expect(ask.getByRole('heading')).toHaveText('Di tipe unit atau perangkat daerah mana?');
  await ask.getByRole('button', { name: /Unit Organisasi pada Kecamatan/ }).click();
  const card = page.locator('section.answer-card').first();
  await expect(card.locator('.answer-items')).toContainText('Camat');
  await expect(card.getByRole('link', { name: 'Buka di Posisi saya' })).toHaveAttribute(
    'href',
    href({ name: 'myPosition', region: 'semarang', unit: 'kecamatan', position: 'jf-ahli-muda' }),
  );
});

test('results come while typing in the header box, no Enter; region names filter', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`./${href({ name: 'glossary' })}`);
  await hydrated(page);
  const header = page.locator('#header-search');
  await header.pressSequentially('Camat Surakarta', { delay: 20 });
  const panel = page.locator('#header-search-panel');
  await expect(panel).toBeVisible();
  // Only Surakarta: the region name filters.
  await expect(panel.locator('section.search-group h2')).toHaveText(['Kota Surakarta']);
  await expect(panel.getByRole('link', { name: 'Camat', exact: true }).first()).toHaveAttribute(
    'href',
    href({ name: 'unit', region: 'surakarta', unit: 'kecamatan', view: 'bagan', selected: 'camat' }),
  );
  await expect(header).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  expect(problems).toEqual([]);
});

test('flow steps and abbreviations are found; the header box and the search page stay in step', async ({
  page,
}) => {
  await page.goto(`./${href({ name: 'search', query: 'UPTD Semarang evaluasi' })}`);
  await hydrated(page);
  await expect(page.locator('#header-search')).toHaveValue('UPTD Semarang evaluasi');
  const results = page.getByRole('main');
  // Semarang Lampiran V huruf f: Mekanisme Kerja pada Unit Pelaksana Teknis Daerah, tahap evaluasi.
  const step = results.locator('.search-results li', { hasText: 'Langkah alur' }).first();
  await expect(step).toContainText('Mekanisme Kerja pada Unit Pelaksana Teknis Daerah');
  await expect(step.getByRole('link')).toHaveAttribute('href', /^semarang\/alur\/mekanisme-kerja-uptd\/\?/);

  // Typing in the header box changes the page's results and its own box.
  await page.locator('#header-search').fill('Kesbangpol');
  await expect(page).toHaveURL(/q=Kesbangpol/);
  await expect(page.locator('#search-page-input')).toHaveValue('Kesbangpol');
  // Semarang Lampiran II (line 441): "Badan Kesatuan Bangsa dan Politik".
  await expect(
    results.getByRole('link', { name: 'Badan Kesatuan Bangsa dan Politik', exact: true }).first(),
  ).toBeVisible();

  // Leaving the search page empties the header box.
  await page.getByRole('link', { name: 'Glosarium' }).click();
  await expect(page.locator('#header-search')).toHaveValue('');
});

test('a sentence of the closing provisions opens its passage, with what the data built from it', async ({
  page,
}) => {
  const problems = watch(page);
  await page.goto('./semarang/');
  await hydrated(page);
  await page.locator('#header-search').fill('Peraturan Bupati ini mulai berlaku pada tanggal diundangkan');
  await page.keyboard.press('Enter');
  const hit = page.getByRole('main').locator('.passages a').first();
  // Semarang Pasal 30 (lines 346-350).
  await expect(hit).toHaveText('Pasal 30');
  await hit.click();
  await expect(page).toHaveURL(/\/semarang\/teks\/\?baris=\d+-\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pasal 30');
  await expect(page.locator('blockquote').first()).toContainText('mulai berlaku pada tanggal diundangkan');
  await expectNoA11yViolations(page);
  expect(problems).toEqual([]);
});

test('compare puts two flows side by side and fetches only their regions', async ({ page }) => {
  const problems = watch(page);
  const dataRequests: string[] = [];
  page.on('request', (req) => {
    const path = new URL(req.url()).pathname;
    // Region files (no region may be called "provinsi": that file is the province list).
    if (/\/data\/[a-z-]+\.json$/.test(path) && !/\/(index|provinsi)\.json$/.test(path))
      dataRequests.push(path);
  });
  await page.goto(
    `./${href({ name: 'compare', fa: 'semarang/penunjukan-lintas-perangkat-daerah', fb: 'lombok-barat/penunjukan-lintas-perangkat-daerah' })}`,
  );
  await hydrated(page);
  const table = page.locator('table.flow-compare');
  await expect(table).toBeVisible();
  // Row 1: both begin with the request letter (Semarang line 551, Lombok Barat line 641).
  const first = table.locator('tbody tr').first();
  await expect(first.locator('td').nth(0)).toContainText('Pimpinan Perangkat Daerah pemilik kinerja');
  await expect(first.locator('td').nth(1)).toContainText('Pimpinan Unit Organisasi pemilik kinerja');
  await expect(first.locator('.differs').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect([...new Set(dataRequests)].sort()).toEqual(['/data/lombok-barat.json', '/data/semarang.json']);
  await expectNoA11yViolations(page);
  expect(problems).toEqual([]);
});
