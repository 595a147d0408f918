/**
 * Susun: a regulation encoded in the browser by selecting its text and filling forms, checked,
 * exported, and shown in every view; keyboard-only citing; autosave; a 5 MB hostile text; PDF.
 * Expected addresses are the fixture's own (test/fixtures/susun/perbup-contoh.txt).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoA11yViolations, tabTo, watch, hydrated } from './helpers';
import { validateRegionText } from '../../src/data/validate';

const FIXTURE_NAME = 'perbup-contoh.txt';
const FIXTURE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'susun', FIXTURE_NAME), 'utf8');

async function newDraft(page: Page) {
  await page.goto('./susun/');
  await hydrated(page);
  await page.getByRole('button', { name: 'Draf baru' }).click();
  await expect(page.getByRole('heading', { name: 'Teks peraturan' })).toBeVisible();
}

async function openText(page: Page, name: string, text: string | Buffer) {
  await page.getByLabel('Buka teks (.txt atau PDF berteks)').setInputFiles({
    name,
    mimeType: name.endsWith('.pdf') ? 'application/pdf' : 'text/plain',
    buffer: Buffer.from(text),
  });
}

/** Scrolls the virtualised text with the mouse wheel until line n is drawn. */
async function showLine(page: Page, n: number) {
  const box = page.locator('.source-lines');
  const row = page.locator(`#src-line-${n}`);
  for (let i = 0; i < 400 && (await row.count()) === 0; i++) {
    const first = await box.evaluate((el) =>
      Number(el.querySelector<HTMLElement>('.src-line')?.dataset.line ?? 0),
    );
    await box.hover();
    await page.mouse.wheel(0, n < first ? -120 : 120);
    // A wheel scrolls smoothly over a few frames: wait until it has stopped, so that the row
    // found is not scrolled out of the drawn window a moment later.
    await box.evaluate(
      (el) =>
        new Promise<void>((resolve) => {
          let last = -1;
          let still = 0;
          const tick = () => {
            still = el.scrollTop === last ? still + 1 : 0;
            last = el.scrollTop;
            if (still >= 3) resolve();
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
    );
  }
  await row.scrollIntoViewIfNeeded();
  return row;
}

/** Selects lines [from, to] with the mouse: click the first, Shift+click the last. */
async function selectLines(page: Page, from: number, to = from) {
  await (await showLine(page, from)).click();
  if (to !== from) await (await showLine(page, to)).click({ modifiers: ['Shift'] });
  await expect(page.locator('.selection-bar')).toContainText(`baris ${from}–${to}`);
}

async function cite(page: Page, what: string, from: number, to = from) {
  await selectLines(page, from, to);
  await page.getByRole('button', { name: `Kutip untuk ${what}`, exact: true }).click();
}

test('encode a unit type and its flow from a short regulation by selecting text and filling forms', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const problems = watch(page);
  await newDraft(page);
  const started = Date.now();
  await openText(page, FIXTURE_NAME, FIXTURE);
  await expect(page.getByText(`79 baris · ${FIXTURE_NAME}`)).toBeVisible();

  // The outline shows the text's structure; a heading moves the text there.
  await page.getByText('Susunan teks').click();
  await page.getByRole('button', { name: /^Pasal 3/ }).click();
  await expect(page.locator('.selection-bar')).toContainText('baris 41–41');

  // Region and regulation.
  await page.getByRole('button', { name: 'Wilayah dan peraturan' }).click();
  await page.getByLabel('Nama wilayah').fill('Kabupaten Contoh');
  await page.getByLabel('Id wilayah (nama berkas)').fill('kab-contoh');
  await page.getByLabel('Nomor', { exact: true }).fill('7');
  await page.getByLabel('Tahun').fill('2025');
  await page.getByLabel('Tanggal ditetapkan').fill('2025-01-06');
  await page.getByLabel('Judul (tentang)').fill('Sistem Kerja pada Kecamatan');
  await cite(page, 'peraturan', 6, 9);
  await expect(page.locator('#sf-regulation-cite-locator')).toHaveValue('Judul');

  // The unit type.
  await page.getByRole('button', { name: 'Tipe unit', exact: true }).click();
  await page.getByRole('button', { name: 'Tambah tipe unit' }).click();
  await page.getByLabel('Nama tipe unit (seperti di teks)').fill('Unit Organisasi pada Kecamatan');
  await page.locator('#sf-unitTypes-0-id').fill('kecamatan');
  await cite(page, 'tipe unit Unit Organisasi pada Kecamatan', 33);
  await expect(page.locator('#sf-unitTypes-0-cite-locator')).toHaveValue('Pasal 2 ayat (1)');

  // Six positions, each cited to its line.
  const positions: [string, string, number, string][] = [
    ['Camat', 'administrator', 35, 'Pasal 2 ayat (2) huruf a'],
    ['Sekretaris Kecamatan', 'administrator', 36, 'Pasal 2 ayat (2) huruf b'],
    ['Kepala Seksi Pemerintahan', 'pengawas', 37, 'Pasal 2 ayat (2) huruf c'],
    ['Kelompok Jabatan Fungsional dan Pelaksana', 'kelompok', 38, 'Pasal 2 ayat (2) huruf d'],
    ['Pejabat Fungsional Ahli Muda', 'jf', 39, 'Pasal 2 ayat (3)'],
    ['Pelaksana', 'pelaksana', 39, 'Pasal 2 ayat (3)'],
  ];
  for (const [i, [name, category, line, locator]] of positions.entries()) {
    await page.getByRole('button', { name: 'Tambah jabatan' }).click();
    await page.locator(`#sf-unitTypes-0-positions-${i}-name`).fill(name);
    await page.locator(`#sf-unitTypes-0-positions-${i}-category`).selectOption(category);
    await cite(page, `jabatan ${name}`, line);
    await expect(page.locator(`#sf-unitTypes-0-positions-${i}-cite-locator`)).toHaveValue(locator);
  }
  await page.locator('#sf-unitTypes-0-positions-4-jenjang').getByLabel('Ahli Muda').check();
  for (const i of [4, 5])
    await page.locator(`#sf-unitTypes-0-positions-${i}-group`).selectOption({ label: positions[3]![0] });
  await expect(page.locator('#sf-unitTypes-0-head')).toHaveValue('camat');

  // Eight relations, each cited to its ayat of Pasal 3.
  const relations: [string, string, string, number][] = [
    ['sekretaris-kecamatan', 'kedudukan', 'camat', 43],
    ['kepala-seksi-pemerintahan', 'kedudukan', 'camat', 44],
    ['kelompok-jabatan-fungsional-dan-pelaksana', 'kedudukan', 'sekretaris-kecamatan', 45],
    ['camat', 'penilaianKinerja', 'sekretaris-kecamatan', 46],
    ['camat', 'penilaianKinerja', 'pejabat-fungsional-ahli-muda', 47],
    ['sekretaris-kecamatan', 'penilaianKinerja', 'pelaksana', 48],
    ['sekretaris-kecamatan', 'pimpinanUnit', 'kelompok-jabatan-fungsional-dan-pelaksana', 49],
    ['kepala-seksi-pemerintahan', 'pertanggungjawaban', 'camat', 50],
  ];
  for (const [i, [from, kind, to, line]] of relations.entries()) {
    await page.getByRole('button', { name: 'Tambah hubungan' }).click();
    const at = `#sf-unitTypes-0-relations-${i}`;
    await page.locator(`${at}-from`).selectOption(from);
    await page.locator(`${at}-kind`).selectOption(kind);
    await page.locator(`${at}-to`).selectOption(to);
    await selectLines(page, line);
    await page
      .locator(at)
      .getByRole('button', { name: /^Kutip untuk/ })
      .click();
    await expect(page.locator(`${at}-cite-locator`)).toHaveValue(`Pasal 3 ayat (${i + 1})`);
  }
  // The live chart draws the six positions (laid out by ELK in its worker).
  await expect(page.locator('.susun-chart svg.chart-canvas g.box')).toHaveCount(6, { timeout: 20_000 });

  // One flow of six steps with one decision.
  await page.getByRole('button', { name: 'Alur', exact: true }).click();
  await page.getByRole('button', { name: 'Tambah alur' }).click();
  await page.getByLabel('Nama alur').fill('Pengajuan penugasan dalam Kecamatan');
  await page.locator('#sf-flows-0-id').fill('pengajuan-sukarela-dalam-unit');
  await page.getByLabel('Jenis alur').selectOption('pengajuanSukarela');
  await page.getByLabel('Cakupan').selectOption('dalamUnit');
  await cite(page, 'alur Pengajuan penugasan dalam Kecamatan', 57);
  const addFrom = page.getByLabel('Tambah pihak dari jabatan');
  for (const name of ['Pejabat Fungsional Ahli Muda', 'Sekretaris Kecamatan', 'Camat'])
    await addFrom.selectOption({ label: name });
  const steps: [string, string, string | undefined, string | undefined][] = [
    [
      'Pejabat Fungsional Ahli Muda',
      'mengajukan permohonan penugasan',
      'Sekretaris Kecamatan',
      'permohonan penugasan',
    ],
    ['Sekretaris Kecamatan', 'meneruskan permohonan penugasan', 'Camat', 'permohonan penugasan'],
    ['Camat', 'memutuskan untuk menyetujui atau menolak permohonan penugasan', undefined, undefined],
    ['Camat', 'menerbitkan surat perintah', 'Pejabat Fungsional Ahli Muda', 'surat perintah'],
    [
      'Pejabat Fungsional Ahli Muda',
      'melaksanakan tugas dan menyampaikan laporan',
      'Sekretaris Kecamatan',
      'laporan',
    ],
    ['Sekretaris Kecamatan', 'menyampaikan laporan hasil penugasan', 'Camat', 'laporan hasil penugasan'],
  ];
  for (const [i, [actor, action, to, document]] of steps.entries()) {
    await page.getByRole('button', { name: 'Tambah langkah' }).click();
    const at = `#sf-flows-0-steps-${i}`;
    await page.locator(`${at}-actor`).selectOption({ label: actor });
    await page.locator(`${at}-action`).fill(action);
    if (to) await page.locator(`${at}-recipients`).getByLabel(to, { exact: true }).check();
    if (document) await page.locator(`${at}-document`).fill(document);
    if (i === 2) {
      await page.locator(at).getByLabel('Langkah ini memutuskan').check();
      await page.locator(`${at}-decision-question`).fill('Apakah permohonan penugasan disetujui?');
    }
    await cite(page, `langkah ${i + 1}`, 58 + i);
    await expect(page.locator(`${at}-cite-locator`)).toHaveValue(`Pasal 4 huruf ${'abcdef'[i]}`);
  }
  // The decision's "disetujui" goes on to step 4 (which did not exist when the decision was made).
  await page.locator('#sf-flows-0-steps-2-decision-branches-0-next').selectOption('langkah-4');
  // The live player plays it.
  const card = page.locator('.susun-player .step-card');
  await expect(card).toContainText('Langkah 1 dari 6');

  // Every item cited, every quote found in the text: the check in the worker says so.
  await expect(page.locator('.check-summary')).toContainText('Sah: setiap butir dikutip', {
    timeout: 10_000,
  });

  // Out: the region file passes the validator with the fixture as its source.
  await page.getByRole('button', { name: 'Simpan dan lihat' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh kab-contoh.json' }).click(),
  ]);
  const exported = readFileSync((await download.path())!, 'utf8');
  const elapsed = Date.now() - started;
  const result = validateRegionText(exported, 'data/regions/kab-contoh.json', {
    sources: new Map([[FIXTURE_NAME, FIXTURE]]),
  });
  expect(result.issues).toEqual([]);
  const region = JSON.parse(exported) as {
    unitTypes: { positions: unknown[]; relations: unknown[] }[];
    flows: { steps: { decision?: unknown }[] }[];
  };
  expect(region.unitTypes[0]!.positions).toHaveLength(6);
  expect(region.unitTypes[0]!.relations).toHaveLength(8);
  expect(region.flows[0]!.steps).toHaveLength(6);
  expect(region.flows[0]!.steps.filter((s) => s.decision)).toHaveLength(1);
  console.log(`scripted encoding run: ${(elapsed / 1000).toFixed(1)} s`);

  // "Lihat di aplikasi": the outline and the player of the app show it.
  await page.getByRole('button', { name: 'Lihat di aplikasi' }).click();
  await page.getByRole('link', { name: 'Buka Kabupaten Contoh' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kabupaten Contoh');
  await page.evaluate(() => (location.hash = '#/impor-kab-contoh/kecamatan/daftar/'));
  await expect(page.locator('.outline .position-name')).toHaveCount(6);
  await page.evaluate(() => (location.hash = '#/impor-kab-contoh/alur/pengajuan-sukarela-dalam-unit/'));
  await expect(page.locator('.step-card')).toContainText('Langkah 1 dari 6');
  await page.getByRole('button', { name: 'Maju' }).click();
  await page.getByRole('button', { name: 'Maju' }).click();
  await expect(page.locator('.branches button')).toHaveText([/disetujui/, /ditolak/]);
  expect(problems).toEqual([]);
});

test('keyboard only: select a range of lines with the arrows and cite it', async ({ page }) => {
  const problems = watch(page);
  await newDraft(page);
  await openText(page, FIXTURE_NAME, FIXTURE);
  await page.getByRole('button', { name: 'Wilayah dan peraturan' }).click();
  const list = page.getByRole('listbox');
  await tabTo(page, list);
  await page.keyboard.press('Home');
  for (let i = 1; i < 43; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.locator('.selection-bar')).toContainText('baris 43–45');
  await expect(list.getByRole('option', { selected: true })).toHaveCount(3);
  await tabTo(page, page.getByRole('button', { name: 'Kutip untuk peraturan' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#sf-regulation-cite')).toContainText('baris 43–45');
  await expect(page.locator('#sf-regulation-cite-locator')).toHaveValue(
    'Pasal 3 ayat (1) sampai dengan ayat (3)',
  );
  await expect(page.locator('#sf-regulation-cite-quote')).toHaveValue(
    /^\(1\) Sekretaris Kecamatan berkedudukan/,
  );
  expect(problems).toEqual([]);
});

test('autosave: the draft and its text survive a reload', async ({ page }) => {
  const problems = watch(page);
  await newDraft(page);
  await openText(page, FIXTURE_NAME, FIXTURE);
  await page.getByRole('button', { name: 'Wilayah dan peraturan' }).click();
  await page.getByLabel('Nama wilayah').fill('Kabupaten Tersimpan');
  await expect(page.locator('.save-state')).toHaveText('Tersimpan di peramban ini');
  await page.reload();
  await page.getByRole('button', { name: 'Wilayah dan peraturan' }).click();
  await expect(page.getByLabel('Nama wilayah')).toHaveValue('Kabupaten Tersimpan');
  await expect(page.getByText(`79 baris · ${FIXTURE_NAME}`)).toBeVisible();
  await expect(page.getByLabel('Draf', { exact: true })).toContainText('Kabupaten Tersimpan');
  expect(problems).toEqual([]);
});

test(
  'a 5 MB hostile text is shown as text and typing stays responsive',
  { tag: '@solo' },
  async ({ page }) => {
    test.setTimeout(120_000);
    const problems = watch(page);
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    const hostile = [
      '<script>window.__pwned = 1; alert(1)</script>',
      '<img src=x onerror="window.__pwned = 2">',
      '\u202EPasal 99 dibalik arahnya',
      'x'.repeat(1_000_000),
    ];
    let text = `${hostile.join('\n')}\n${FIXTURE}`;
    const filler =
      'Pejabat Fungsional dan pelaksana berkedudukan di bawah Pejabat Penilai Kinerja sesuai ketentuan.\n';
    text += filler.repeat(Math.ceil((5 * 1024 * 1024 - text.length) / filler.length));
    expect(text.length).toBeGreaterThan(5 * 1024 * 1024);

    await newDraft(page);
    await openText(page, 'besar.txt', text);
    await expect(page.locator('.source-tools')).toContainText(/\d{5,} baris · besar\.txt/, {
      timeout: 30_000,
    });
    await expect(page.locator('.save-state')).toHaveText('Tersimpan di peramban ini', { timeout: 30_000 });

    // Shown as text: no element made from the markup, direction overrides made visible.
    const lines = page.locator('.source-lines');
    await expect(lines.locator('script, img')).toHaveCount(0);
    await expect(page.locator('#src-line-1')).toContainText('<script>window.__pwned = 1');
    await expect(page.locator('#src-line-3')).toContainText('⟦U+202E⟧Pasal 99');
    await expect(page.locator('#src-line-4')).toContainText('karakter lagi tidak ditampilkan');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // The text is virtualised: only the rows in view are in the page.
    expect(await page.locator('.src-line').count()).toBeLessThan(200);

    await page.getByRole('button', { name: 'Wilayah dan peraturan' }).click();
    await page.evaluate(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    const name = page.getByLabel('Nama wilayah');
    await name.click();
    await page.keyboard.type('Kabupaten Besar Sekali', { delay: 40 });
    await expect(page.locator('.save-state')).toHaveText('Tersimpan di peramban ini');
    await expect(page.locator('.check-summary')).toContainText('masalah lain', { timeout: 30_000 });
    const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
    console.log(`5 MB text, typing: long tasks ${JSON.stringify(long.map(Math.round))}`);
    expect(long.filter((d) => d > 50)).toEqual([]);
    await lines.focus();
    await page.keyboard.press('End');
    await expect(page.locator('.selection-bar')).toContainText(/baris \d{5,}/);
    expect(problems).toEqual([]);
  },
);

test("start from a bundled region's structure: every citation cleared and listed; axe finds nothing", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const problems = watch(page);
  await page.goto('./susun/');
  await hydrated(page);
  await page.getByLabel('Provinsi pola').selectOption({ label: 'Jawa Tengah' });
  await page.getByLabel('Mulai dari pola').selectOption({ label: 'Kabupaten Semarang' });
  await page.getByRole('button', { name: 'Mulai dari pola ini' }).click();
  await openText(page, FIXTURE_NAME, FIXTURE);
  await expect(page.locator('.susun-chart svg.chart-canvas g.box').first()).toBeVisible({ timeout: 20_000 });
  const semarang = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'data', 'regions', 'semarang.json'), 'utf8'),
  ) as { unitTypes: { positions: { name: string; cite: { locator: string } }[] }[] };
  const first = semarang.unitTypes[0]!.positions[0]!;
  const item = page.locator('#sf-unitTypes-0-positions-0-cite');
  await expect(item).toContainText('Belum dikutip');
  await expect(item).toContainText(`dulu: ${first.cite.locator}`);
  await expect(page.locator('.check-summary')).toContainText(/\d+ butir belum dikutip/, { timeout: 15_000 });
  await expectNoA11yViolations(page);

  // A problem links to its field.
  await page.getByRole('button', { name: /^Periksa/ }).click();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: '$.name', exact: true }).click();
  await expect(page.getByLabel('Nama wilayah')).toBeFocused();
  expect(problems).toEqual([]);
});

/** A one-page PDF; with `text`, a text layer in Helvetica, else only a drawn rectangle (as a scan). */
function pdf(text?: string): Buffer {
  const content = text ? `BT /F1 12 Tf 72 720 Td (${text}) Tj ET` : '0.5 g 72 600 200 100 re f';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

test('a text PDF is read by pdf.js under the strict CSP; a scanned one is named as such', async ({
  page,
}) => {
  const problems = watch(page);
  await newDraft(page);
  await openText(page, 'perbup.pdf', pdf('Pasal 1 Camat sebagai Pejabat Penilai Kinerja.'));
  await expect(page.locator('.source-lines')).toContainText(
    'Pasal 1 Camat sebagai Pejabat Penilai Kinerja.',
    {
      timeout: 20_000,
    },
  );
  await expect(page.getByText(/baris · perbup\.txt/)).toBeVisible();
  await openText(page, 'pindaian.pdf', pdf());
  await expect(page.getByRole('alert')).toContainText('tidak punya lapisan teks');
  expect(problems).toEqual([]);
});
