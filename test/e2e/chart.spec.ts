import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { href } from '../../src/routes';
import { builtIndex, builtRegion, expectNoA11yViolations, watch, hydrated, follow } from './helpers';

type Unit = ReturnType<typeof builtRegion>['unitTypes'][number];

/** The bundled unit type scoring highest (by default: most positions, the hardest chart). */
function largestUnit(score: (u: Unit) => number = (u) => u.positions.length) {
  let best: { region: string; unit: Unit } | undefined;
  for (const entry of builtIndex().regions) {
    for (const unit of builtRegion(entry.id).unitTypes) {
      if (!best || score(unit) > score(best.unit)) best = { region: entry.id, unit };
    }
  }
  return best!;
}

test('chart by deep link: every position drawn, precomputed layout, keyboard navigation, panel with citation', async ({
  page,
}) => {
  const problems = watch(page);
  const { region, unit } = largestUnit();
  await page.goto(`./${region}/${unit.id}/`);
  await hydrated(page);
  const canvas = page.locator('svg.chart-canvas');
  await expect(canvas).toHaveAttribute('data-layout-from', 'precomputed');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(unit.name);
  // Every position of the data is a box (expanded mode).
  await expect(canvas.locator('g.box')).toHaveCount(unit.positions.length);
  for (const p of unit.positions)
    await expect(canvas.locator(`g.box[data-id="${p.id}"]`)).toHaveAttribute(
      'aria-label',
      new RegExp(p.name.replace(/[()/.*+?[\]\\]/g, '\\$&').slice(0, 30)),
    );

  // Zoom with the keyboard: buttons change the transform.
  const content = canvas.locator(':scope > g').first();
  const before = await content.getAttribute('transform');
  await page.getByRole('button', { name: 'Perbesar' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => content.getAttribute('transform')).not.toBe(before);
  await page.getByRole('button', { name: 'Muat layar' }).press('Enter');

  // Tab into the chart: the head's box takes focus; ArrowDown goes to a subordinate.
  const head = canvas.locator(`g.box[data-id="${unit.head}"]`);
  await head.focus();
  await expect(head).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(head).not.toBeFocused();
  const focusedId = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
  expect(focusedId).toBeTruthy();
  expect(unit.positions.map((p) => p.id)).toContain(focusedId);
  await page.keyboard.press('ArrowUp');
  await expect(head).toBeFocused();

  // Enter opens the panel with the quoted citation; the selection is in the link.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`jabatan=${unit.head}$`));
  const panel = page.locator('aside.panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    unit.positions.find((p) => p.id === unit.head)!.name,
  );
  await panel.locator('details.cite summary').first().click();
  await expect(panel.locator('details.cite blockquote').first()).toBeVisible();
  await expectNoA11yViolations(page);

  // Reload keeps the selection; closing returns focus to the box.
  await page.reload();
  await expect(page.locator('aside.panel')).toBeVisible();
  await page.getByRole('button', { name: 'Tutup rincian' }).click();
  await expect(page.locator('aside.panel')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('relation kinds can be hidden from the legend', async ({ page }) => {
  const { region, unit } = largestUnit();
  await page.goto(`./${region}/${unit.id}/`);
  await hydrated(page);
  const edges = page.locator('svg.chart-canvas path.edge-kedudukan');
  await expect(edges.first()).toBeAttached();
  const count = await edges.count();
  expect(count).toBeGreaterThan(0);
  await page.getByRole('checkbox', { name: /Kedudukan/ }).uncheck();
  await expect(edges).toHaveCount(0);
  await page.getByRole('checkbox', { name: /Kedudukan/ }).check();
  await expect(edges).toHaveCount(count);
});

test('collapsing groups draws each kelompok as one box', async ({ page }) => {
  const { region, unit } = largestUnit((u) => u.positions.filter((p) => p.group).length);
  const members = unit.positions.filter((p) => p.group).length;
  expect(members).toBeGreaterThan(0);
  await page.goto(`./${region}/${unit.id}/`);
  await hydrated(page);
  const boxes = page.locator('svg.chart-canvas g.box');
  await expect(boxes).toHaveCount(unit.positions.length);
  await page.getByRole('button', { name: 'Ciutkan kelompok' }).click();
  await expect(page.locator('svg.chart-canvas')).toHaveAttribute('data-mode', 'collapsed');
  await expect(boxes).toHaveCount(unit.positions.length - members);
});

test('fits a 320 px wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const { region, unit } = largestUnit();
  await page.goto(`./${region}/${unit.id}/`);
  await hydrated(page);
  await expect(page.locator('svg.chart-canvas g.box').first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoA11yViolations(page);
});

/** The chart page of a unit type (the one place this file writes a link to it). */
const unitPath = (region: string, unit: string, selected?: string) =>
  `./${href({ name: 'unit', region, unit, view: 'bagan', ...(selected ? { selected } : {}) })}`;

/** A box's rectangle on screen, and whether it lies inside the chart's canvas (and above `bottom`). */
async function boxInView(page: import('@playwright/test').Page, id: string, bottom?: number) {
  const canvas = page.locator('svg.chart-canvas[data-view="ready"]');
  const frame = (await canvas.boundingBox())!;
  const box = (await canvas.locator(`g.box[data-id="${id}"] rect.frame`).boundingBox())!;
  const floor = Math.min(frame.y + frame.height, bottom ?? Infinity);
  return (
    box.x >= frame.x - 1 &&
    box.x + box.width <= frame.x + frame.width + 1 &&
    box.y >= frame.y - 1 &&
    box.y + box.height <= floor + 1
  );
}

test('a laptop: opening the panel keeps the selected box in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const { region, unit } = largestUnit();
  await page.goto(unitPath(region, unit.id));
  const canvas = page.locator('svg.chart-canvas[data-view="ready"]');
  // The rightmost box that is fully in view: the panel opens over that side.
  const frame = (await canvas.boundingBox())!;
  const boxes = await canvas.locator('g.box:not(.group)').evaluateAll((els) =>
    els.map((g) => {
      const r = g.querySelector('rect.frame')!.getBoundingClientRect();
      return {
        id: (g as SVGGElement).dataset.id!,
        left: r.left,
        right: r.right,
        top: r.top,
        bottom: r.bottom,
      };
    }),
  );
  const target = boxes
    .filter(
      (b) => b.left >= frame.x && b.right <= frame.x + frame.width && b.top >= frame.y && b.bottom <= 800,
    )
    .sort((a, b) => b.right - a.right)[0]!;
  await canvas.locator(`g.box[data-id="${target.id}"]`).click();
  await expect(page.locator('aside.panel h2')).toHaveText(
    unit.positions.find((p) => p.id === target.id)!.name,
  );
  await expect.poll(() => boxInView(page, target.id)).toBe(true);
  // Before the re-fit the panel's column took the right side of the page: the box was under it.
  expect((await canvas.boundingBox())!.width).toBeLessThan(frame.width - 200);
});

test('a phone: the indented chart, zoom on the chart, the toolbar in a menu, the panel a bottom sheet above the selection', async ({
  page,
}) => {
  const problems = watch(page);
  await page.setViewportSize({ width: 360, height: 740 });
  const { region, unit } = largestUnit();
  await page.goto(unitPath(region, unit.id));
  const canvas = page.locator('svg.chart-canvas[data-view="ready"]');
  await expect(canvas).toHaveAttribute('data-mode', 'narrow');
  await expect(page.locator('svg.chart-canvas')).toHaveCount(1);
  // Each level steps right: a box under the head starts right of it.
  const head = (await canvas.locator(`g.box[data-id="${unit.head}"] rect.frame`).boundingBox())!;
  const under = unit.relations.find(
    (r) => r.kind === 'kedudukan' && !unit.positions.find((p) => p.id === r.from)?.group,
  )!;
  const sub = (await canvas.locator(`g.box[data-id="${under.from}"] rect.frame`).boundingBox())!;
  expect(sub.x).toBeGreaterThan(head.x);
  expect(sub.y).toBeGreaterThan(head.y);

  // Zoom buttons sit on the chart; the other controls fold into the menu.
  const zoomIn = page.getByRole('button', { name: 'Perbesar' });
  const frame = (await page.locator('.canvas-wrap.zoomable').boundingBox())!;
  const zb = (await zoomIn.boundingBox())!;
  expect(zb.y).toBeGreaterThanOrEqual(frame.y);
  expect(zb.y + zb.height).toBeLessThanOrEqual(frame.y + frame.height);
  const collapse = page.getByRole('button', { name: 'Ciutkan kelompok' });
  await expect(collapse).toBeHidden();
  await page.getByRole('button', { name: 'Menu bagan' }).click();
  await expect(collapse).toBeVisible();
  await page.getByRole('button', { name: 'Menu bagan' }).click();

  // Tapping a box opens the panel as a sheet over the bottom of the screen, the box above it.
  await canvas.locator(`g.box[data-id="${under.from}"]`).click();
  const sheet = page.locator('.panel-shell');
  await expect(sheet.locator('h2')).toHaveText(unit.positions.find((p) => p.id === under.from)!.name);
  const s = (await sheet.boundingBox())!;
  expect(s.y + s.height).toBeCloseTo(740, 0);
  expect(s.width).toBeCloseTo(360, 0);
  await expect.poll(() => boxInView(page, under.from, s.y)).toBe(true);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoA11yViolations(page);
  expect(problems).toEqual([]);
});

test('a head the text relates to nothing is joined to its unit "menurut susunan", with the note that says why', async ({
  page,
}) => {
  // A unit type whose head no relation names: a copy of Semarang's data with the head's relations
  // taken out of a unit type where nothing else refers to them, imported.
  const dist = join(import.meta.dirname, '..', '..', 'dist', 'data');
  const text = readFileSync(join(dist, 'semarang.json'), 'utf8');
  const region = JSON.parse(text) as ReturnType<typeof builtRegion>;
  const key = (r: Unit['relations'][number]) => r.id ?? `${r.kind}:${r.from}->${r.to}`;
  const unit = region.unitTypes.find((u) => {
    const own = u.relations.filter((r) => r.from === u.head || r.to === u.head);
    return own.length > 0 && own.every((r) => !text.includes(`${u.id}/${key(r)}`));
  })!;
  unit.relations = unit.relations.filter((r) => r.from !== unit.head && r.to !== unit.head);
  const note = region.notes.find((n) => n.about?.includes(`${unit.id}/${unit.head}`));
  await page.goto('./impor/');
  await hydrated(page);
  await page.getByLabel('Pilih berkas data (.json)').setInputFiles({
    name: 'semarang.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(region)),
  });
  await page.getByRole('link', { name: `Buka ${region.name}` }).click();
  await page.setViewportSize({ width: 1280, height: 800 });
  await follow(page, `impor/lihat/#/impor-${region.id}/${unit.id}/`);
  const canvas = page.locator('svg.chart-canvas[data-view="ready"]');
  await expect(canvas).toHaveAttribute('data-mode', 'expanded', { timeout: 20_000 });
  await expect(canvas.locator('path.edge[data-basis="inferred"]').first()).toBeAttached();
  const legend = page.locator('fieldset.legend');
  await expect(legend.locator('[data-look="structure"]')).toContainText('Menurut susunan');
  if (note) await expect(legend).toContainText(note.text.slice(0, 60));
  // The head sits on top of the unit, and the chart is one piece with it.
  const tops = await canvas
    .locator('g.box rect.frame')
    .evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().top));
  const headTop = (await canvas.locator(`g.box[data-id="${unit.head}"] rect.frame`).boundingBox())!.y;
  expect(headTop).toBeLessThanOrEqual(Math.min(...tops) + 0.5);
});

test('a relation read from a general rule is drawn hollow, on the wide and the narrow chart, and the legend says so', async ({
  page,
}) => {
  const dist = join(import.meta.dirname, '..', '..', 'dist', 'data');
  const region = JSON.parse(readFileSync(join(dist, 'semarang.json'), 'utf8')) as ReturnType<
    typeof builtRegion
  >;
  // A relation the data states outright (between two boxes that are drawn), made derived.
  const unit = region.unitTypes.find((u) =>
    u.relations.some(
      (r) => r.kind === 'penilaianKinerja' && !r.basis && !u.positions.find((p) => p.id === r.to)?.group,
    ),
  )!;
  const rel = unit.relations.find(
    (r) => r.kind === 'penilaianKinerja' && !r.basis && !unit.positions.find((p) => p.id === r.to)?.group,
  )!;
  rel.basis = { kind: 'derived', cite: rel.cite };
  const key = rel.id ?? `${rel.kind}:${rel.from}->${rel.to}`;
  await page.goto('./impor/');
  await hydrated(page);
  await page.getByLabel('Pilih berkas data (.json)').setInputFiles({
    name: 'semarang.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(region)),
  });
  await page.getByRole('link', { name: `Buka ${region.name}` }).click();
  for (const size of [
    { width: 1280, height: 800, mode: 'expanded' },
    { width: 360, height: 740, mode: 'narrow' },
  ]) {
    await page.setViewportSize(size);
    await follow(page, `impor/lihat/#/impor-${region.id}/${unit.id}/`);
    const canvas = page.locator('svg.chart-canvas[data-view="ready"]');
    await expect(canvas).toHaveAttribute('data-mode', size.mode, { timeout: 20_000 });
    const derived = canvas.locator(`path.edge[data-edge="${key}"]`);
    await expect(derived).toHaveAttribute('data-basis', 'derived');
    // Hollow: the line and a white core along it (the pointer away: hovering lights edges up).
    await page.mouse.move(0, 0);
    await expect(derived.locator('xpath=following-sibling::*[1]')).toHaveClass('edge-core');
    await expect(page.locator('fieldset.legend [data-look="hollow"]')).toContainText('Garis berongga');
  }
});

test("the region's other unit types from the unit page: keyboard, the chart follows, the list closes, the view kept", async ({
  page,
}) => {
  const problems = watch(page);
  const { region, unit } = largestUnit();
  const units = builtRegion(region).unitTypes;
  const other = units.find((u) => u.id !== unit.id)!;
  await page.goto(`./${region}/${unit.id}/`);
  await hydrated(page);
  const heading = page.getByRole('heading', { level: 1 });
  const summary = page.locator('details.unit-switch summary');
  await expect(summary).toHaveText(`Tipe unit lain (${units.length - 1})`);
  const chartTop = await page.locator('svg.chart-canvas').evaluate((e) => e.getBoundingClientRect().top);

  // Opened from the keyboard: every unit type of the region, the one shown marked as this page,
  // lying over the chart (which does not move).
  await summary.focus();
  await page.keyboard.press('Enter');
  const list = page.getByRole('navigation', { name: `Tipe unit organisasi ${builtRegion(region).name}` });
  await expect(list).toBeVisible();
  await expect(list.getByRole('link')).toHaveCount(units.length);
  await expect(list.locator('a[aria-current="page"]')).toHaveText(unit.name);
  expect(await page.locator('svg.chart-canvas').evaluate((e) => e.getBoundingClientRect().top)).toBe(
    chartTop,
  );
  await expectNoA11yViolations(page);

  // Escape closes it and gives the focus back to its button.
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(summary).toBeFocused();

  // A choice: the other unit type's chart, the list closed, the reader at the new heading.
  await page.keyboard.press('Enter');
  await list.getByRole('link', { name: other.name, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/${region}/${other.id}/$`));
  await expect(heading).toHaveText(other.name);
  await expect(heading).toBeFocused();
  await expect(page.locator('svg.chart-canvas g.box')).toHaveCount(other.positions.length);
  await expect(list).toBeHidden();

  // From the text list, the switch keeps the text list; a click elsewhere closes it.
  await page.getByRole('link', { name: 'Daftar (teks)', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${region}/${other.id}/daftar/$`));
  await summary.click();
  await expect(list).toBeVisible();
  await page.locator('main').click({ position: { x: 5, y: 5 } });
  await expect(list).toBeHidden();
  await summary.click();
  await list.getByRole('link', { name: unit.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${region}/${unit.id}/daftar/$`));
  await expect(page.locator('.outline li.position')).toHaveCount(unit.positions.length);
  expect(problems).toEqual([]);
});
