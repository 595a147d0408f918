import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtIndex, builtRegion, expectNoA11yViolations, watch, hydrated } from './helpers';

type Region = ReturnType<typeof builtRegion>;
type Flow = Region['flows'][number];
type Step = Flow['steps'][number];

/** A bundled flow with a refusal / "tidak sesuai" branch, and the forward path to its decision. */
function flowWithRefusal(): {
  region: Region;
  flow: Flow;
  toDecision: number;
  decision: Step;
  branchIndex: number;
} {
  for (const entry of builtIndex().regions) {
    const region = builtRegion(entry.id);
    for (const flow of region.flows) {
      if (flow.variants && flow.variants.length > 1) continue;
      // Walk the default path from the start (the data's next, else the step written after);
      // stop at the first decision.
      let i = 0;
      let steps = 0;
      while (i >= 0 && i < flow.steps.length && steps < 50) {
        const step = flow.steps[i]!;
        if (step.decision) {
          const branchIndex = step.decision.branches.findIndex((b) => /tolak|tidakSesuai/.test(b.event));
          if (branchIndex >= 0) return { region, flow, toDecision: steps, decision: step, branchIndex };
          break;
        }
        const next = step.next ?? flow.steps[i + 1]?.id ?? 'selesai';
        if (next === 'selesai') break;
        i = flow.steps.findIndex((s) => s.id === next);
        steps++;
      }
    }
  }
  throw new Error('no bundled flow with a refusal branch');
}

const nameOf = (flow: Flow, id: string) => flow.participants.find((p) => p.id === id)!.name;
const escape = (text: string) => text.replace(/[()/.*+?[\]\\]/g, '\\$&');

test('play a flow by keyboard: forward, refuse, step back, reload the deep link', async ({ page }) => {
  const problems = watch(page);
  const { region, flow, toDecision, decision, branchIndex } = flowWithRefusal();
  await page.goto(`./${region.id}/alur/${flow.id}/`);
  await hydrated(page);
  const card = page.locator('.step-card');
  await expect(card).toContainText(`Langkah 1 dari ${flow.steps.length}`);
  await expect(card).toContainText(nameOf(flow, flow.steps[0]!.actor));
  await expect(page.locator('svg.chart-canvas')).toBeVisible();

  await page.locator('main h1').focus();
  for (let i = 0; i < toDecision; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('.branches')).toBeVisible();
  await expect(card).toContainText(`Langkah ${flow.steps.indexOf(decision) + 1} dari`);
  await expect(card).toContainText(decision.decision!.question);
  const branch = decision.decision!.branches[branchIndex]!;
  await page.keyboard.press(String(branchIndex + 1));

  const url = page.url();
  expect(url).toContain(`jalur=`);
  expect(decodeURIComponent(url)).toContain(branch.event);
  if (branch.next === 'selesai') await expect(card).toContainText('Selesai');
  else {
    const next = flow.steps.find((s) => s.id === branch.next)!;
    await expect(card).toContainText((next.plain?.id ?? next.action).slice(0, 40));
  }

  // Step back returns to the decision; forward again by choosing the branch.
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.branches')).toBeVisible();
  await page.getByRole('button', { name: new RegExp(escape(branch.label.slice(0, 20))) }).click();

  // Reload the deep link: the same step.
  const text = (await card.locator('[aria-live]').textContent())!;
  await page.reload();
  await expect(card.locator('[aria-live]')).toHaveText(text);
  const log = page.locator('.flow-log ol > li');
  await expect(log).toHaveCount(toDecision + (branch.next === 'selesai' ? 1 : 2));
  await expectNoA11yViolations(page);
  expect(problems).toEqual([]);
});

/** The token's place: its transform, and the last point of the drawn route. */
async function tokenAndRouteEnd(page: Page): Promise<{ at: [number, number]; end: [number, number] }> {
  return page.evaluate(() => {
    const token = document.querySelector('g.token')!;
    const m = /translate\(([-\d.]+)[ ,]+([-\d.]+)\)/.exec(token.getAttribute('transform') ?? '')!;
    const d = document.querySelector('path.token-route')!.getAttribute('d')!;
    const nums = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    return { at: [Number(m[1]), Number(m[2])], end: [nums.at(-2)!, nums.at(-1)!] };
  });
}

test('reduced motion: the token stands at the end of its route at once, with no animation', async ({
  browser,
}) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems = watch(page);
  // Kaltim, penunjukan lintas perangkat daerah, step 1: the owner's head sends the request
  // letter to the receiving head: two different boxes, so a token moves.
  await page.goto('./kaltim/alur/penunjukan-lintas-perangkat-daerah/');
  await hydrated(page);
  await expect(page.locator('.step-card')).toContainText('Langkah 1 dari 6');
  const token = page.locator('g.token');
  await expect(token).toHaveCount(1);
  expect(await token.evaluate((el) => el.getAnimations().length)).toBe(0);
  const { at, end } = await tokenAndRouteEnd(page);
  expect(at[0]).toBeCloseTo(end[0], 1);
  expect(at[1]).toBeCloseTo(end[1], 1);
  await expect(page.locator('rect.mark-actor').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Putar' })).toBeVisible();
  expect(problems).toEqual([]);
  await context.close();
});

// Fading and the token label on every step: walked with the camera checks in readability.spec.ts.

test('changing the chart keeps the chosen variant in the link', async ({ page }) => {
  // Kaltim penunjukan-dalam-unit: menunjuk; surat-penugasan (individu); surat-keputusan-tim-kerja (tim).
  await page.goto('./kaltim/alur/penunjukan-dalam-unit/');
  await hydrated(page);
  await page.getByRole('radio', { name: 'tim kerja' }).check();
  await page.getByRole('button', { name: 'Maju' }).click();
  const card = page.locator('.step-card');
  await expect(card).toContainText('memberikan surat keputusan tim kerja');
  await page.getByLabel('Pada bagan').selectOption('pd-tipe-2');
  await expect(page).toHaveURL(/unit=pd-tipe-2/);
  expect(page.url()).toContain('varian=tim');
  expect(page.url()).toContain('jalur=lanjut');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'tim kerja' })).toBeChecked();
  await expect(card).toContainText('memberikan surat keputusan tim kerja');
});

test('a return for revision says so and names the step it goes back to', async ({ page }) => {
  // Lombok Barat, JF leading a unit on its own: eight steps to 11 peninjauan-hasil;
  // "tidak sesuai" goes back to step 6.
  const flow = 'mekanisme-kerja-jf-pimpinan-unit-kerja-mandiri';
  const jalur = [...Array<string>(8).fill('lanjut'), 'hasil.tidakSesuai'].join(',');
  await page.goto(`./lombok-barat/alur/${flow}/?jalur=${jalur}`);
  await hydrated(page);
  const card = page.locator('.step-card');
  await expect(card).toContainText('Langkah 6 dari 11');
  await expect(card.locator('.step-arrival')).toHaveText(
    'Dikembalikan untuk diperbaiki: kembali ke langkah 6.',
  );
  // The log says where steps were passed over (8 and 10 are the tim variant's).
  await expect(page.locator('.flow-log .log-move').first()).toHaveText(
    'Langkah 8 dilewati: hanya untuk penugasan tim kerja.',
  );
});

test('a link with thousands of events is cut at 500', async ({ page }) => {
  const loop = 'hasil.tidakSesuai,lanjut,lanjut,lanjut';
  // 608 events (a link's query has to stay within what servers accept, ~8 KB).
  const jalur = [...Array<string>(8).fill('lanjut'), ...Array<string>(150).fill(loop)].join(',');
  await page.goto(`./lombok-barat/alur/mekanisme-kerja-jf-pimpinan-unit-kerja-mandiri/?jalur=${jalur}`);
  await hydrated(page);
  await expect(page.locator('.step-card')).toContainText('Langkah 11 dari 11');
  await expect(page).toHaveURL((url) => (url.searchParams.get('jalur') ?? '').split(',').length === 500);
});

test('step text: actor, verb, object and recipient in one sentence; the quote stays whole', async ({
  page,
}) => {
  // Semarang, Kecamatan, step 1: Camat, "menyusun dan menetapkan perjanjian kinerja", Sekretaris.
  const flow = builtRegion('semarang').flows.find((f) => f.id === 'mekanisme-kerja-kecamatan')!;
  await page.goto(`./semarang/alur/${flow.id}/`);
  await hydrated(page);
  const card = page.locator('.step-card');
  await expect(card.locator('.step-text')).toContainText('Camat menyusun dan menetapkan perjanjian kinerja');
  await expect(card.locator('.step-text .step-to strong')).toHaveText('Sekretaris');
  // The regulation's own sentence is the quote, whole.
  await expect(card.locator('.cite blockquote p')).toHaveText(`“${flow.steps[0]!.cite.quote}”`);
  // The log as text carries the same sentence.
  await expect(page.locator('#log-text')).toHaveValue(
    new RegExp(`1\\. Camat menyusun dan menetapkan perjanjian kinerja → Sekretaris\\. \\[`),
  );
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(card.locator('.step-text')).toContainText('Camat draws up and sets the performance agreement');
});

test('inferred steps and branches carry the tafsir mark; English controls', async ({ page }) => {
  // The fixture region, imported with a supplied first step, a derived step and a branch the text
  // does not define, plain words and English for one branch.
  const region = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'fixtures', 'minimal.json'), 'utf8'),
  ) as Region;
  const flow = region.flows[0]!;
  const cite = flow.steps[3]!.cite;
  region.notes.push({
    id: 'silent-permohonan',
    kind: 'silent',
    text: 'Teks tidak menyebut siapa yang mengirim permohonan; data memakai pimpinan pemilik kinerja.',
    textEn: 'The text does not say who sends the request.',
    cite,
  });
  flow.steps[0]!.basis = { kind: 'supplied', note: 'silent-permohonan' };
  flow.steps[3]!.basis = { kind: 'derived', cite };
  flow.steps[3]!.plain = { id: 'menerbitkan surat penugasan', en: 'issues the assignment letter' };
  const tolak = flow.steps[1]!.decision!.branches[1]!;
  tolak.basis = { kind: 'supplied', note: 'silent-permohonan' };
  flow.steps[1]!.decision!.branches[0]!.labelEn = 'agrees';
  await page.goto('./impor/');
  await hydrated(page);
  await page.getByLabel('Pilih berkas data (.json)').setInputFiles({
    name: 'minimal.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(region)),
  });
  await page.getByRole('link', { name: `Buka ${region.name}` }).click();
  await page.locator(`a[href$="/alur/${flow.id}/"]`).first().click();
  const card = page.locator('.step-card');
  // No plain words in the fixture: the actor and the text's words stay apart.
  await expect(card.locator('.step-parts .actor')).toHaveText(
    flow.steps[0]!.actor === 'pd-pemilik' ? 'Pimpinan Perangkat Daerah pemilik kinerja' : '',
    { timeout: 15_000 },
  );
  await expect(card.locator('.step-parts q.text-words')).toHaveText(flow.steps[0]!.action);
  // An imported region is laid out by ELK in the worker: give the first view time.
  await expect(card.locator('.tafsir')).toContainText('tafsir', { timeout: 15_000 });
  await expect(card.locator('.tafsir summary')).toContainText('Teks tidak menyebut siapa');
  await page.getByRole('button', { name: 'Maju' }).click();
  const undefinedBranch = page.locator(`.branches button[data-event="${tolak.event}"]`);
  await expect(undefinedBranch).toContainText('teks tidak mengatur');
  await expect(page.locator('.branches button[data-event="keputusan.setujui"] .tafsir-tag')).toHaveCount(0);
  await page.keyboard.press('1');
  await expect(card.locator('.step-text')).toContainText(
    'Pejabat Penilai Kinerja menerbitkan surat penugasan',
  );
  await expect(card.locator('.step-text .step-to strong')).toHaveText(
    'Pejabat Fungsional dan/atau pelaksana',
  );
  await card.locator('.tafsir summary').click();
  await expect(card.locator('.tafsir')).toContainText(`Menurut ketentuan umum ${cite.locator}`);
  await expect(page.locator('.flow-log .tafsir')).toHaveCount(2);
  // On paper: the step table carries the same marks, written out.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-table .tafsir-inline')).toHaveCount(3);
  await page.emulateMedia({ media: 'screen' });
  // English: English where the data has it, else the text's words as a quote.
  await page.getByRole('button', { name: 'Mundur' }).click();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('.branches button[data-event="keputusan.setujui"]')).toContainText('agrees');
  await expect(page.locator(`.branches button[data-event="${tolak.event}"] q[lang="id"]`)).toHaveText(
    tolak.label,
  );
  await expect(page.locator(`.branches button[data-event="${tolak.event}"]`)).toContainText(
    'not defined by the text',
  );
  await expect(card.locator('.question q[lang="id"]')).toHaveText(flow.steps[1]!.decision!.question);
  await expectNoA11yViolations(page);
});

test('autoplay advances on its own and can always be paused', async ({ page }) => {
  const { region, flow } = flowWithRefusal();
  await page.goto(`./${region.id}/alur/${flow.id}/`);
  await hydrated(page);
  const card = page.locator('.step-card');
  // Slow: pause before the first move.
  await page.getByLabel('Kecepatan').selectOption('0.5');
  await page.getByRole('button', { name: 'Putar', exact: true }).click();
  await page.getByRole('button', { name: 'Jeda', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Putar', exact: true })).toBeVisible();
  await expect(card).toContainText('Langkah 1 dari');
  // Fast: it moves on by itself (and stops by itself at a decision).
  await page.getByLabel('Kecepatan').selectOption('2');
  await page.getByRole('button', { name: 'Putar', exact: true }).click();
  await expect(card).not.toContainText('Langkah 1 dari', { timeout: 4000 });
});

test('a step stays in view when the flow moves to another chart with the same positions (phone)', async ({
  page,
}) => {
  // Two unit types of one flow that share positions: moving between them keeps the step, and the
  // camera must find its boxes again on the new chart.
  const pair = builtIndex()
    .regions.map((entry) => builtRegion(entry.id))
    .flatMap((region) =>
      region.flows.flatMap((flow) => {
        const ids = (flow.unitTypes.length ? flow.unitTypes : region.unitTypes.map((u) => u.id)).filter(
          (id) => region.unitTypes.some((u) => u.id === id),
        );
        const positions = (id: string) =>
          new Set(region.unitTypes.find((u) => u.id === id)!.positions.map((p) => p.id));
        const [a, b] = ids;
        if (!a || !b) return [];
        const shared = [...positions(a)].filter((p) => positions(b).has(p));
        return shared.length >= 3 ? [{ region: region.id, flow: flow.id, a, b }] : [];
      }),
    )[0];
  expect(pair, 'a bundled flow over two unit types with shared positions').toBeDefined();
  const { region, flow, a, b } = pair!;
  const names = new Map(builtRegion(region).unitTypes.map((u) => [u.id, u.name]));
  await page.setViewportSize({ width: 360, height: 740 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`./${region}/alur/${flow}/?unit=${a}`);
  await hydrated(page);
  const frames = () =>
    page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const actorInView = () =>
    page.evaluate(() => {
      const svg = [...document.querySelectorAll<SVGSVGElement>('svg.chart-canvas')].find(
        (s) => s.getClientRects().length > 0,
      )!;
      const area = svg.getBoundingClientRect();
      const actors = [...svg.querySelectorAll('rect.mark-actor')].map((r) => r.getBoundingClientRect());
      return {
        actors: actors.length,
        inView: actors.some(
          (r) =>
            r.left >= area.left - 1 &&
            r.right <= area.right + 1 &&
            r.top >= area.top - 1 &&
            r.bottom <= area.bottom + 1,
        ),
      };
    });
  let checked = 0;
  for (let step = 1; step <= 6; step++) {
    await page.getByRole('button', { name: 'Maju' }).click();
    await frames();
    for (const unit of [b, a]) {
      await page.getByLabel('Pada bagan').selectOption(unit);
      await expect(page).toHaveURL(new RegExp(`unit=${unit}`));
      // The new unit type's chart drawn and opened (not the last one's, still on screen a moment).
      await page
        .locator(`svg.chart-canvas[data-view="ready"]:visible[aria-label="Bagan ${names.get(unit)}"]`)
        .waitFor();
      await frames();
      const seen = await actorInView();
      if (seen.actors === 0) continue;
      checked++;
      expect(seen.inView, `step ${step} on ${unit}: the actor in view`).toBe(true);
    }
  }
  expect(checked).toBeGreaterThan(0);
});
