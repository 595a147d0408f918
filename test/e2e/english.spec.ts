/**
 * English mode is complete: on every view, the app's own words (buttons, labels, headings, table
 * heads, menus, the step card and its branches, accessible names) are English; the regulation's
 * words stay Indonesian only where they are marked as such (`lang="id"`, a quote). A list of
 * Indonesian UI words is the oracle: any of them in the app's own words fails the test.
 */
import { expect, test, type Page } from '@playwright/test';
import { href, type Route } from '../../src/routes';
import { builtIndex, builtRegion, hydrated } from './helpers';

/** Words of the Indonesian interface (from src/i18n/messages.ts) that no English control says. */
const INDONESIAN_UI = [
  'Langkah',
  'Tahap',
  'Maju',
  'Mundur',
  'Daftar',
  'Cari',
  'Tutup',
  'Simpan',
  'Kembali',
  'Unduh',
  'Cetak',
  'Beranda',
  'Sematkan',
  'Pilih',
  'Tampilkan',
  'Lihat',
  'Muat',
  'Coba',
  'hasil',
  'Pratinjau',
  'Isian',
  'Selesai',
  'Ulangi',
  'Kecepatan',
  'Mulai',
  'Jeda',
  'Putar',
  'Salin',
  'Hapus',
  'Tambah',
  'Sesuai',
  'Ya',
  'Tidak',
  'luring',
  'Tanggal',
  'Perihal',
  'Kepada',
  'Bahasa',
  'Tema',
  'terang',
  'kontras',
  'Lokasi',
  'jabatan',
  'Jabatan',
  'bawahan',
  'atasan',
  'menurut',
  'Pertanyaan',
  'Jawaban',
  'Keterangan',
  'Sumber',
  'kutipan',
  'Kutipan',
  'Perbesar',
  'Perkecil',
];

/** The app's own words on the page: text of controls and headings, and accessible names. */
async function ownWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const CHROME =
      'button, label, th, legend, option, summary, h1, h2, h3, h4, nav, caption, dt, .step-card, .branches, [role=toolbar], [role=status], [role=alert]';
    const marked = (el: Element) =>
      el.closest('[lang]')?.getAttribute('lang') !== 'en' || el.closest('q, blockquote');
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      if (!el || !text || marked(el) || !el.closest(CHROME)) continue;
      if (el.closest('script, style, noscript, [hidden], [aria-hidden=true]')) continue;
      if (el.getClientRects().length === 0 && !el.closest('option')) continue;
      out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]'))
      if (!marked(el))
        for (const a of ['aria-label', 'title', 'placeholder'])
          if (el.getAttribute(a)) out.push(el.getAttribute(a)!);
    return out;
  });
}

/** Every string of the published data (names, quotes, documents: the regulation's own words), but those with an English twin. */
function dataStrings(): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (v.length >= 3) out.add(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v))
        // A word the data also gives in English (label/labelEn, question/questionEn) is a
        // control's word: English mode must show the English.
        if (!(typeof x === 'string' && Object.hasOwn(v, `${k}En`))) walk(x);
  };
  for (const r of builtIndex().regions) walk(builtRegion(r.id));
  // Longest first, so a name is removed whole before a shorter one inside it.
  return [...out].sort((a, b) => b.length - a.length);
}
const DATA_STRINGS = dataStrings();

/** The Indonesian UI words in `texts`, once the data's own words are taken out of each. */
function indonesian(texts: string[]): string[] {
  const has = (t: string, w: string) => new RegExp(`(^|[^\\p{L}])${w}($|[^\\p{L}])`, 'u').test(t);
  return texts.flatMap((t) => {
    if (!INDONESIAN_UI.some((w) => has(t, w))) return [];
    let own = t;
    for (const d of DATA_STRINGS) if (own.includes(d)) own = own.split(d).join(' ');
    return INDONESIAN_UI.filter((w) => has(own, w)).map((w) => `"${w}" in "${t.slice(0, 100)}"`);
  });
}

test('English mode: every view speaks English in its own words; the text stays Indonesian only where marked', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => localStorage.setItem('bagan.lang', 'en'));
  const page = await context.newPage();
  const region = builtRegion(builtIndex().regions[0]!.id);
  const unit = region.unitTypes[0]!;
  const position = unit.positions.at(-1)!;
  const form = region.forms[0];
  // A flow that asks a question, so its branches are walked too.
  const flow = builtIndex()
    .regions.map((r) => builtRegion(r.id))
    .flatMap((r) => r.flows.map((f) => ({ r, f })))
    .find(({ f }) => f.steps.some((s) => s.decision))!;
  const routes: Route[] = [
    { name: 'home' },
    { name: 'region', region: region.id },
    { name: 'unit', region: region.id, unit: unit.id, view: 'bagan' },
    { name: 'unit', region: region.id, unit: unit.id, view: 'daftar', selected: position.id },
    { name: 'myPosition', region: region.id, unit: unit.id, position: position.id },
    { name: 'search', query: position.name },
    { name: 'compare', a: `${region.id}/${unit.id}`, b: `${flow.r.id}/${flow.r.unitTypes[0]!.id}` },
    { name: 'glossary' },
    { name: 'presentation', deck: '', item: 0, path: [], tour: false },
    { name: 'import' },
    ...(form ? [{ name: 'letter' as const, region: region.id, form: form.id }] : []),
  ];
  const found: string[] = [];
  let seen = 0;
  for (const route of routes) {
    await page.goto(`./${href(route)}`);
    await hydrated(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('main h1').first()).toBeVisible();
    const words = await ownWords(page);
    seen += words.length;
    found.push(...indonesian(words).map((w) => `${href(route)}: ${w}`));
  }
  // The flow, step by step, taking the first branch at each question, to its end.
  await page.goto(`./${href({ name: 'flow', region: flow.r.id, flow: flow.f.id })}`);
  await hydrated(page);
  for (let n = 0; n < flow.f.steps.length + 2; n++) {
    await expect(page.locator('.step-card')).toContainText(/Step \d+ of|Done|Finished/);
    const words = await ownWords(page);
    seen += words.length;
    found.push(...indonesian(words).map((w) => `${flow.f.id} move ${n}: ${w}`));
    if (await page.locator('.branches').isVisible()) await page.keyboard.press('1');
    else if (await page.getByRole('button', { name: 'Forward' }).isEnabled())
      await page.keyboard.press('ArrowRight');
    else break;
  }
  // Not vacuous: the walk read the app's words on every view.
  expect(seen).toBeGreaterThan(300);
  expect([...new Set(found)]).toEqual([]);
  await context.close();
});
