import { expect, test } from '@playwright/test';
import { builtIndex, builtRegion, expectNoA11yViolations, watch, hydrated } from './helpers';

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
