/**
 * Where answers are, the notes about them and the marks of what is inferred (issues 16, 19). Every
 * item is found by searching the published data, not named: a note about a relation, shown in
 * Posisi saya, in the chart's side panel and in the compare table; a note about a step, in the
 * player's step card; a derived relation, a derived step and a branch the text does not define,
 * each marked on the chart, in the player, in the outline and in the SVG export.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { href } from '../../src/routes';
import type { Flow, FlowStep, Note, Region } from '../../src/model/types';
import { builtIndex, builtRegion, expectNoA11yViolations, hydrated, watch } from './helpers';

test.use({ viewport: { width: 1280, height: 900 } });

const REGIONS: Region[] = builtIndex().regions.map((r) => builtRegion(r.id));
const SHOWN: ReadonlySet<string> = new Set(['conflict', 'silent', 'interpretation']);
/** The note's opening words: what its one-line summary starts with. */
const opening = (n: Note) => n.text.split(/\s+/).slice(0, 3).join(' ');
const about = (r: Region, ref: string) =>
  r.notes.filter((n) => SHOWN.has(n.kind) && (n.about ?? []).includes(ref));

/** The text of a downloaded SVG's <text> elements, joined (wrapped lines become one text again). */
async function svgWords(download: Promise<Download>): Promise<{ svg: string; words: string }> {
  const svg = readFileSync((await (await download).path())!, 'utf8');
  const words = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1]!)
    .join(' ')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return { svg, words };
}

/** An appraiser relation of a JF position (not a kelompok member) that a note is about, and the note. */
function notedAppraisal() {
  for (const r of REGIONS)
    for (const u of r.unitTypes)
      for (const rel of u.relations) {
        const to = u.positions.find((p) => p.id === rel.to);
        const from = u.positions.find((p) => p.id === rel.from);
        if (rel.kind !== 'penilaianKinerja' || to?.category !== 'jf' || to.group || !from || from.group)
          continue;
        const notes = about(r, `${u.id}/penilaianKinerja:${rel.from}->${rel.to}`);
        const note = notes.find((n) => n.kind === 'conflict') ?? notes[0];
        if (note) return { r, u, rel, to, note };
      }
  throw new Error('no appraiser relation with a note in the data');
}

/** A step reached from the start by "Maju" alone (no decision before it, a flow without variants). */
function reachable(test: (r: Region, flow: Flow, step: FlowStep) => boolean) {
  let best: { r: Region; flow: Flow; step: FlowStep; index: number } | undefined;
  for (const r of REGIONS)
    for (const flow of r.flows) {
      if (flow.steps.some((s) => s.variant)) continue;
      for (const [index, step] of flow.steps.entries()) {
        if (test(r, flow, step) && (!best || index < best.index)) best = { r, flow, step, index };
        if (step.decision) break;
      }
    }
  if (!best) throw new Error('no such step in the data');
  return best;
}

/** Plays a flow forward until the step card stands on `index`. */
async function playTo(page: Page, index: number, total: number) {
  const card = page.locator('.step-card');
  await expect(card.locator('.step-count')).toContainText(`Langkah 1 dari ${total}`, { timeout: 15_000 });
  for (let i = 0; i < index; i++) await page.getByRole('button', { name: 'Maju', exact: true }).click();
  await expect(card.locator('.step-count')).toContainText(`Langkah ${index + 1} dari ${total}`);
  return card;
}

const unitOf = (r: Region, flow: Flow) => flow.unitTypes[0] ?? r.unitTypes[0]!.id;

async function openOutlineFlow(page: Page, r: Region, flow: Flow): Promise<Locator> {
  await page.goto(href({ name: 'unit', region: r.id, unit: unitOf(r, flow), view: 'daftar' }));
  await hydrated(page);
  const block = page.locator('details.flow-block', {
    has: page.locator(`a[href$="alur/${flow.id}/"]`),
  });
  await block.locator(':scope > summary').click();
  return block;
}

test('notes where the answer is: Posisi saya, opening to the whole note', async ({ page }) => {
  // A long answer page checked whole by axe.
  test.slow();
  const problems = watch(page);
  const { r, u, to, note } = notedAppraisal();

  // Posisi saya: under "who appraises me", the note in one line, opening to the whole note.
  await page.goto(href({ name: 'myPosition', region: r.id, unit: u.id, position: to.id }));
  const mine = page.locator('.question-appraiser .notes-about').first();
  await expect(mine).toContainText(opening(note));
  await hydrated(page);
  await mine.locator(`.note-${note.kind} summary`).first().click();
  await expect(mine.locator(`.note-${note.kind} details[open] > p`).first()).toHaveText(note.text);
  await expectNoA11yViolations(page);
  expect(problems).toEqual([]);
});

test('notes where the answer is: the side panel, compare and the step card', async ({ page }) => {
  const problems = watch(page);
  const { r, u, to, note } = notedAppraisal();

  // The chart's side panel for the position.
  await page.goto(href({ name: 'unit', region: r.id, unit: u.id, view: 'bagan', selected: to.id }));
  const panel = page.locator('aside.panel');
  await expect(panel.locator('.question-appraiser .notes-about')).toContainText(opening(note), {
    timeout: 15_000,
  });

  // Compare: the unit type beside another of its region; the cell of the position's appraiser.
  const other = r.unitTypes.find((x) => x.id !== u.id)!;
  await page.goto(href({ name: 'compare', a: `${r.id}/${u.id}`, b: `${r.id}/${other.id}` }));
  await hydrated(page);
  const same = page.locator('details.same-rows');
  if ((await same.count()) > 0) await same.locator(':scope > summary').click();
  await expect(
    page.locator('.compare-table td .notes-about', { hasText: opening(note) }).first(),
  ).toBeVisible();

  // The step card: a note about a step (not the note its own mark already opens).
  const noted = reachable((rr, flow, step) =>
    about(rr, `${flow.id}/${step.id}`).some(
      (n) => n.id !== step.basis?.note && !step.decision?.branches.some((b) => b.basis?.note === n.id),
    ),
  );
  const stepNote = about(noted.r, `${noted.flow.id}/${noted.step.id}`).find(
    (n) => n.id !== noted.step.basis?.note,
  )!;
  await page.goto(href({ name: 'flow', region: noted.r.id, flow: noted.flow.id }));
  await hydrated(page);
  const card = await playTo(page, noted.index, noted.flow.steps.length);
  await expect(card.locator('.notes-about')).toContainText(opening(stepNote));
  expect(problems).toEqual([]);
});

test('a derived relation: marked on the chart, in the player, the side panel, the outline, Posisi saya and the SVG export', async ({
  page,
}) => {
  const problems = watch(page);
  // From the data: a derived appraiser relation from a drawn box to a kelompok (where the
  // texts' general rules mostly reach), a member of that kelompok, and a flow of its unit type.
  const found = REGIONS.flatMap((r) =>
    r.unitTypes.flatMap((u) =>
      u.relations.flatMap((rel) => {
        const from = u.positions.find((p) => p.id === rel.from);
        const member = u.positions.find((p) => p.group === rel.to);
        const flow = r.flows.find((f) => f.unitTypes.length === 0 || f.unitTypes.includes(u.id));
        return rel.kind === 'penilaianKinerja' &&
          rel.basis?.kind === 'derived' &&
          from &&
          !from.group &&
          member &&
          flow
          ? [{ r, u, rel, member, flow }]
          : [];
      }),
    ),
  )[0]!;
  const { r, u, rel, member, flow } = found;
  const locator = rel.basis!.cite!.locator;
  const key = rel.id ?? `${rel.kind}:${rel.from}->${rel.to}`;
  const saysRule = `menurut ketentuan umum ${locator}`;

  // The chart: the line hollow, with its basis; the side panel says which general rule.
  await page.goto(href({ name: 'unit', region: r.id, unit: u.id, view: 'bagan', selected: member.id }));
  const canvas = page.locator('svg.chart-canvas[data-view="ready"]');
  await expect(canvas.locator(`path.edge[data-edge="${key}"]`)).toHaveAttribute('data-basis', 'derived', {
    timeout: 15_000,
  });
  const panelLine = page.locator('aside.panel .question-appraiser .basis-line[data-basis="derived"]');
  await expect(panelLine.first()).toContainText('tafsir');
  await expect(panelLine.first()).toContainText(saysRule);

  // The SVG export: the line with its basis, and the general rule named in words.
  await hydrated(page);
  const chartFile = svgWords(page.waitForEvent('download'));
  await page.getByRole('button', { name: 'Unduh SVG', exact: true }).click();
  const exported = await chartFile;
  expect(exported.svg).toContain('data-basis="derived"');
  expect(exported.words).toContain(saysRule);

  // On paper: the same words under the chart.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-chart .print-inferred li[data-basis="derived"]').first()).toBeAttached();
  await expect(page.locator('.print-chart .print-inferred')).toContainText(saysRule);
  await page.emulateMedia({ media: 'screen' });

  // The outline: on the relation under its superior, and in the position's answer line.
  await page.goto(href({ name: 'unit', region: r.id, unit: u.id, view: 'daftar' }));
  const relLine = page.locator(`#jabatan-${rel.from} > .relations .basis-line[data-basis="derived"]`);
  await expect(relLine.first()).toContainText(saysRule);
  await expect(page.locator(`#jabatan-${member.id} > .answer-summary .summary-basis`).first()).toContainText(
    saysRule,
  );

  // Posisi saya.
  await page.goto(href({ name: 'myPosition', region: r.id, unit: u.id, position: member.id }));
  await expect(page.locator('.question-appraiser .basis-line[data-basis="derived"]').first()).toContainText(
    saysRule,
  );

  // The player draws the unit type's chart with the same hollow line.
  await page.goto(href({ name: 'flow', region: r.id, flow: flow.id, unit: u.id }));
  await expect(page.locator(`.flow-stage path.edge[data-edge="${key}"]`)).toHaveAttribute(
    'data-basis',
    'derived',
    { timeout: 15_000 },
  );
  expect(problems).toEqual([]);
});

test('a derived step: marked in the player, on its chart, in the outline and in the step SVG', async ({
  page,
}) => {
  const problems = watch(page);
  const hit = REGIONS.flatMap((r) =>
    r.flows.flatMap((flow) =>
      flow.steps.flatMap((step, index) => (step.basis?.kind === 'derived' ? [{ r, flow, step, index }] : [])),
    ),
  )[0];
  test.skip(!hit, 'the data holds no derived step');
  const { r, flow, step } = hit!;
  const rule = step.basis!.cite!;

  await page.goto(
    href({ name: 'flow', region: r.id, flow: flow.id, ...(step.variant ? { variant: step.variant } : {}) }),
  );
  await hydrated(page);
  const card = page.locator('.step-card');
  await expect(card.locator('.step-count')).toContainText('Langkah 1', { timeout: 15_000 });
  // Forward until the step: the steps before it hold no decision (checked here from the data).
  const before = flow.steps.slice(0, hit!.index).filter((s) => !s.variant || s.variant === step.variant);
  expect(before.some((s) => s.decision)).toBe(false);
  for (let i = 0; i < before.length; i++)
    await page.getByRole('button', { name: 'Maju', exact: true }).click();
  await expect(card.locator('.step-count')).toContainText(`Langkah ${hit!.index + 1} dari`);

  // The player: the mark with its general rule.
  const mark = card.locator('.tafsir[data-basis="derived"]');
  await expect(mark).toContainText('tafsir');
  await mark.locator('summary').click();
  await expect(mark).toContainText(`Menurut ketentuan umum ${rule.locator}`);
  // On the chart, by the actor.
  await expect(page.locator('.flow-stage .step-tafsir')).toHaveAttribute('data-label', 'tafsir');

  // The step as SVG: the badge and the rule in words.
  const file = svgWords(page.waitForEvent('download'));
  await page.getByRole('button', { name: 'Unduh SVG langkah ini' }).click();
  const { svg, words } = await file;
  expect(svg).toMatch(/<g class="step-tafsir"[^>]*>.*>tafsir<\/text><\/g>/);
  expect(words).toContain(`Menurut ketentuan umum ${rule.locator}`);

  // On paper, the step table.
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.print-table tr', { hasText: step.cite.quote.slice(0, 30) });
  await expect(printed.locator('.tafsir-inline[data-basis="derived"]')).toContainText(
    `Menurut ketentuan umum ${rule.locator}`,
  );
  await page.emulateMedia({ media: 'screen' });

  // The outline of the flow's unit type.
  const block = await openOutlineFlow(page, r, flow);
  await expect(block.locator(`#langkah-${flow.id}-${step.id} .tafsir[data-basis="derived"]`)).toBeVisible();
  expect(problems).toEqual([]);
});

test('a branch the text does not define: on the button, on the chart, in the outline and in the step SVG', async ({
  page,
}) => {
  const problems = watch(page);
  const { r, flow, step, index } = reachable(
    (_, __, s) => !!s.decision?.branches.some((b) => b.basis?.kind === 'supplied'),
  );
  const open = step.decision!.branches.find((b) => b.basis?.kind === 'supplied')!;

  await page.goto(href({ name: 'flow', region: r.id, flow: flow.id }));
  await hydrated(page);
  await playTo(page, index, flow.steps.length);
  await expect(page.locator(`.branches button[data-event="${open.event}"]`)).toContainText(
    'teks tidak mengatur',
  );
  await expect(page.locator('.flow-stage .step-tafsir[data-label="teks tidak mengatur"]')).toBeVisible();

  const file = svgWords(page.waitForEvent('download'));
  await page.getByRole('button', { name: 'Unduh SVG langkah ini' }).click();
  const { svg, words } = await file;
  expect(svg).toMatch(/<g class="step-tafsir"[^>]*>.*>teks tidak mengatur<\/text><\/g>/);
  expect(words).toMatch(/teks tidak mengatur/);
  await page.emulateMedia({ media: 'print' });
  await expect(
    page.locator('.print-table tr', { hasText: step.cite.quote.slice(0, 30) }).locator('.tafsir-tag', {
      hasText: 'teks tidak mengatur',
    }),
  ).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  const block = await openOutlineFlow(page, r, flow);
  await expect(block.locator(`#langkah-${flow.id}-${step.id} .decision`)).toContainText(
    'teks tidak mengatur',
  );
  await expectNoA11yViolations(page);
  expect(problems).toEqual([]);
});
