/**
 * The probe's hostile files through the import page (audit F1-F4, F12, F18-F22): each gives its
 * message (the same as `npm run validate`), the longest main-thread task stays bounded, and what
 * was stored before is byte-identical after.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtRegion, watch, follow, hydrated } from './helpers';
import { HOSTILE, hostile, type HostileFile } from '../hostile/inputs';

/**
 * Long tasks of the main thread, measured by the page itself (PerformanceObserver 'longtask'),
 * and what ran in each long frame ('long-animation-frame': each script's source and time; a frame
 * with no script in it was the browser's own work — layout, a file read, a message handled).
 */
interface LongTasks {
  tasks: { start: number; ms: number }[];
  frames: { start: number; ms: number; scripts: string[] }[];
  /** Takes the entries not yet handed to the observers (a task is told of after it ends). */
  flush(): void;
}
async function observeLongTasks(page: Page) {
  await page.addInitScript(() => {
    type Script = { invoker: string; sourceURL: string; sourceFunctionName: string; duration: number };
    type Frame = PerformanceEntry & { scripts: Script[] };
    const seen: LongTasks = { tasks: [], frames: [], flush: () => {} };
    (window as unknown as { __long: LongTasks }).__long = seen;
    const addTasks = (entries: PerformanceEntryList) => {
      for (const e of entries) seen.tasks.push({ start: e.startTime, ms: e.duration });
    };
    const addFrames = (entries: PerformanceEntryList) => {
      for (const e of entries as Frame[])
        seen.frames.push({
          start: e.startTime,
          ms: e.duration,
          scripts: e.scripts.map(
            (s) =>
              `${s.invoker} ${s.sourceFunctionName || '(anonymous)'} in ${s.sourceURL.split('/').pop()} ${Math.round(s.duration)} ms`,
          ),
        });
    };
    const tasks = new PerformanceObserver((list) => addTasks(list.getEntries()));
    tasks.observe({ type: 'longtask', buffered: true });
    const frames = new PerformanceObserver((list) => addFrames(list.getEntries()));
    if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'))
      frames.observe({ type: 'long-animation-frame', buffered: true });
    seen.flush = () => {
      addTasks(tasks.takeRecords());
      addFrames(frames.takeRecords());
    };
  });
}
/** Now, on the page's clock: long tasks are counted from here. */
const mark = (page: Page) => page.evaluate(() => performance.now());
/**
 * The longest task since `since` (0 if none took 50 ms), and what ran in the frame it fell in.
 * Entries not yet handed to the observers are taken first: a late one would otherwise be counted
 * for the next file.
 */
function longestSince(page: Page, since: number): Promise<{ ms: number; what: string }> {
  return page.evaluate((since) => {
    const seen = (window as unknown as { __long: LongTasks }).__long;
    seen.flush();
    const longest = seen.tasks.filter((t) => t.start >= since).sort((a, b) => b.ms - a.ms)[0];
    if (!longest) return { ms: 0, what: '' };
    const frame = seen.frames.find((f) => f.start <= longest.start + 1 && f.start + f.ms >= longest.start);
    const what = frame
      ? frame.scripts.join('; ') || 'no script: the browser’s own work'
      : 'no frame recorded';
    return { ms: longest.ms, what };
  }, since);
}

/** Stored values before the imports, seeded once per tab. */
const SEED = {
  'bagan.impor': JSON.stringify([{ ...builtRegion('semarang'), id: 'impor-semarang' }]),
  'bagan.dek': 'semarang/kecamatan',
  'bagan.lang': 'id',
};
async function seed(page: Page) {
  await page.addInitScript((values: Record<string, string>) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
    sessionStorage.setItem('seeded', '1');
  }, SEED);
}
const storedValues = (page: Page) =>
  page.evaluate(
    (keys) => Object.fromEntries(keys.map((k) => [k, localStorage.getItem(k)])),
    Object.keys(SEED),
  );

/**
 * Picks a file from disk: given a path, Playwright hands the file to Chromium directly, where a
 * buffer would be decoded by a script in the page (a long task of its own, not the app's).
 */
async function pick(page: Page, file: HostileFile) {
  const dir = join(tmpdir(), `bagan-hostile-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, file.name);
  writeFileSync(path, file.bytes());
  await page.getByLabel('Pilih berkas data (.json)').setInputFiles(path);
}

/**
 * Bound on the longest main-thread task while a file is checked. The audit measured 579 ms for
 * the 60,000-step flow and seconds for the others; validation moved to the worker. What was left
 * on the page's thread (long-animation-frame, load average 8 on 2 cores) was the file's read —
 * a task of the browser's own of 52 ms for the 8 MB flow, 56–73 ms for the 19 MB file, once
 * 326 ms on a busier machine — and, for an accepted file, parsing every region kept in storage to
 * tell whether this one is kept (51–68 ms with one region kept). Both are in the worker now: no
 * file makes a task of 50 ms in six runs under the same load; what is left is the change event,
 * starting the worker and drawing the answer. The bound stays 250 ms: a busy 2-core machine can
 * stretch a short task several times (once 180 ms for the first file's event, code not yet warm;
 * once 264 ms for the answer on the 20,000-step flow, under 50 ms in every run alone), so a file
 * over the bound is tried again and the shortest of three tries counts.
 */
const TASK_BOUND_MS = 250;

for (const group of ['refused', 'accepted'] as const) {
  test(`hostile files (${group}): the message of the validator, a bounded main thread, storage untouched`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const problems = watch(page);
    await observeLongTasks(page);
    await seed(page);
    await page.goto('./impor/');
    await hydrated(page);
    await expect(page.getByRole('link', { name: 'Kabupaten Semarang' })).toBeVisible();
    const measured: string[] = [];
    for (const file of HOSTILE.filter((h) => (h.expect === 'ok') === (group === 'accepted'))) {
      // A task stretched by a busy machine (CI runs two browsers on two cores) is told from work
      // left on the page's thread by trying the file again: work on the thread is slow every
      // time, a machine's stall is not. Up to three tries; the shortest counts.
      const tries: { ms: number; what: string }[] = [];
      while (tries.length < 3 && !tries.some((t) => t.ms < TASK_BOUND_MS)) {
        if (tries.length > 0) await page.reload().then(() => hydrated(page));
        const since = await mark(page);
        await pick(page, file);
        if (file.expect === 'ok') {
          await expect(page.getByRole('heading', { name: /sah dan siap dipakai$/ })).toBeVisible({
            timeout: 60_000,
          });
        } else {
          const alert = page.getByRole('alert');
          await expect(alert).toContainText(file.expect, { timeout: 60_000 });
          await expect(alert).toContainText(file.path!);
        }
        tries.push(await longestSince(page, since));
      }
      const best = tries.reduce((a, b) => (b.ms < a.ms ? b : a));
      measured.push(
        `${file.name}: ${tries.map((t) => `${Math.round(t.ms)} ms${t.what ? ` (${t.what})` : ''}`).join(' | ')}`,
      );
      expect
        .soft(best.ms, `${file.name}: ${tries.map((t) => t.what).join(' | ')}`)
        .toBeLessThan(TASK_BOUND_MS);
    }
    console.log(`longest main-thread task per file (${group}):\n  ${measured.join('\n  ')}`);
    expect(await storedValues(page)).toEqual(SEED);
    expect(problems).toEqual([]);
  });
}

test('F1: a 64-level chain (the limit) and a 2,000-position unit show their outline', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = watch(page);
  await observeLongTasks(page);
  await page.goto('./impor/');
  await hydrated(page);
  for (const [name, count] of [
    ['limit-64-chain.json', 64],
    ['limit-2000-star.json', 2000],
  ] as const) {
    await pick(page, hostile(name));
    await expect(page.getByRole('heading', { name: /sah dan siap dipakai$/ })).toBeVisible({
      timeout: 60_000,
    });
    const id = `impor-${name.replace(/\.json$/, '')}`;
    const since = await mark(page);
    await follow(page, `impor/lihat/#/${id}/unit/daftar/`);
    const items = page.locator('.outline li.position');
    await expect(items).toHaveCount(count, { timeout: 60_000 });
    const { ms, what } = await longestSince(page, since);
    console.log(`${name}: outline longest task ${Math.round(ms)} ms${what ? ` (${what})` : ''}`);
    if (name === 'limit-64-chain.json') {
      // Each level one deeper, the deepest at level 64, read as a list item with its level.
      await expect(items.last()).toHaveAttribute('aria-level', '64');
      await expect(items.last().locator('.position-name')).toHaveText('Jabatan Sintetis 63');
    } else {
      await expect(items.last()).toHaveAttribute('aria-level', '2');
      await expect(items.last()).toHaveAttribute('aria-posinset', '1999');
    }
    await page.goto('./impor/');
    await hydrated(page);
  }
  expect(problems).toEqual([]);
});

test('F12: a form field named "constructor" starts blank and takes what is typed', async ({ page }) => {
  const problems = watch(page);
  await page.goto('./impor/');
  await hydrated(page);
  await pick(page, hostile('h17-constructor-field.json'));
  await expect(page.getByRole('heading', { name: /sah dan siap dipakai$/ })).toBeVisible();
  await follow(page, 'impor/lihat/#/impor-h17-constructor-field/surat/surat/');
  const letter = page.getByRole('article', { name: /pratinjau|preview/i });
  await expect(letter).toBeVisible();
  await expect(letter).not.toContainText('function');
  await expect(letter.locator('.letter-line').first()).toHaveText('Nama: ……');
  await expect(page.getByLabel('Isian yang diuji')).toHaveValue('');
  await page.getByLabel('Isian yang diuji').fill('Siti Aminah');
  await expect(letter.locator('.letter-line').first()).toHaveText('Nama: Siti Aminah');
  expect(problems).toEqual([]);
});

test('F18: a validation worker that cannot load says so, offers Coba lagi, and recovers', async ({
  page,
}) => {
  await page.route('**/validate.worker*.js', (route) => route.abort());
  await page.goto('./impor/');
  await hydrated(page);
  await pick(page, hostile('limit-64-chain.json'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Pemeriksa berkas tidak dapat dimuat');
  await page.unroute('**/validate.worker*.js');
  await alert.getByRole('button', { name: 'Coba lagi' }).click();
  await expect(page.getByRole('heading', { name: 'Wilayah Sintetis sah dan siap dipakai' })).toBeVisible();
});

test('F4: a newer file cancels the check of an older one; a check can be cancelled', async ({ page }) => {
  const problems = watch(page);
  // Hold the first worker's script until the second file is picked: the first check is then
  // surely still running (a gate, not a sleep).
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route('**/validate.worker*.js', async (route) => {
    if (held++ === 0) await gate;
    await route.continue().catch(() => {});
  });
  await page.goto('./impor/');
  await hydrated(page);
  await pick(page, hostile('limit-2000-star.json'));
  await expect(page.getByRole('button', { name: 'Batalkan pemeriksaan' })).toBeVisible();
  await pick(page, hostile('limit-64-chain.json'));
  await expect(page.getByRole('heading', { name: 'Wilayah Sintetis sah dan siap dipakai' })).toBeVisible();
  release();
  await expect(page.locator('.imported-list li')).toHaveCount(1);
  await expect(page.locator('a[href="impor/lihat/#/impor-limit-2000-star/"]')).toHaveCount(0);

  // Cancel a check in progress (its worker held again).
  let releaseAgain: () => void = () => {};
  const gateAgain = new Promise<void>((resolve) => (releaseAgain = resolve));
  await page.unroute('**/validate.worker*.js');
  await page.route('**/validate.worker*.js', async (route) => {
    await gateAgain;
    await route.continue().catch(() => {});
  });
  await pick(page, hostile('limit-2000-star.json'));
  await page.getByRole('button', { name: 'Batalkan pemeriksaan' }).click();
  await expect(page.getByRole('alert')).toContainText('Pemeriksaan limit-2000-star.json dibatalkan.');
  await expect(page.getByRole('button', { name: 'Batalkan pemeriksaan' })).toHaveCount(0);
  releaseAgain();
  await expect(page.locator('a[href="impor/lihat/#/impor-limit-2000-star/"]')).toHaveCount(0);
  expect(problems).toEqual([]);
});
