import { expect, test } from '@playwright/test';
import { builtIndex, builtRegion, expectNoA11yViolations, watch, hydrated } from './helpers';

type Region = ReturnType<typeof builtRegion>;
type Flow = Region['flows'][number];

/** A bundled flow with a refusal / "tidak sesuai" branch, and the forward path to its decision. */
function flowWithRefusal(): { region: Region; flow: Flow; toDecision: number; branchIndex: number } {
  for (const entry of builtIndex().regions) {
    const region = builtRegion(entry.id);
    for (const flow of region.flows) {
      if (flow.variants && flow.variants.length > 1) continue;
      // Walk the default path from the start; stop at the first decision.
      let i = 0;
      let steps = 0;
      while (i >= 0 && i < flow.steps.length && steps < 50) {
        const step = flow.steps[i]!;
        if (step.decision) {
          const branchIndex = step.decision.branches.findIndex((b) => /tolak|tidakSesuai/.test(b.event));
          if (branchIndex >= 0) return { region, flow, toDecision: steps, branchIndex };
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

test('play a flow by keyboard: forward, refuse, step back, reload the deep link', async ({ page }) => {
  const problems = watch(page);
  const { region, flow, toDecision, branchIndex } = flowWithRefusal();
  await page.goto(`./${region.id}/alur/${flow.id}/`);
  await hydrated(page);
  const card = page.locator('.step-card');
  await expect(card).toContainText(`Langkah 1 dari ${flow.steps.length}`);
  await expect(card).toContainText(nameOf(flow, flow.steps[0]!.actor));
  await expect(page.locator('svg.chart-canvas')).toBeVisible();

  await page.locator('main h1').focus();
  for (let i = 0; i < toDecision; i++) await page.keyboard.press('ArrowRight');
  const decisionStep = flow.steps.find((s) => s.decision && card)!;
  await expect(page.locator('.branches')).toBeVisible();
  await expect(card).toContainText(decisionStep.decision!.question);
  const branch = decisionStep.decision!.branches[branchIndex]!;
  await page.keyboard.press(String(branchIndex + 1));

  const url = page.url();
  expect(url).toContain(`jalur=`);
  expect(decodeURIComponent(url)).toContain(branch.event);
  if (branch.next === 'selesai') await expect(card).toContainText('Selesai');
  else {
    const next = flow.steps.find((s) => s.id === branch.next)!;
    await expect(card).toContainText(next.action.slice(0, 40));
  }

  // Step back returns to the decision; forward again by choosing the branch.
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.branches')).toBeVisible();
  await page
    .getByRole('button', { name: new RegExp(branch.label.slice(0, 20).replace(/[()/.*+?[\]\\]/g, '\\$&')) })
    .click();

  // Reload the deep link: the same step.
  const text = (await card.locator('[aria-live]').textContent())!;
  await page.reload();
  await expect(card.locator('[aria-live]')).toHaveText(text);
  const log = page.locator('.flow-log ol > li');
  await expect(log).toHaveCount(toDecision + (branch.next === 'selesai' ? 1 : 2));
  await expectNoA11yViolations(page);
  expect(problems).toEqual([]);
});

test('reduced motion: the token jumps, the highlight is immediate', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems = watch(page);
  const { region, flow } = flowWithRefusal();
  await page.goto(`./${region.id}/alur/${flow.id}/`);
  await hydrated(page);
  await expect(page.locator('.step-card')).toBeVisible();
  await page.getByRole('button', { name: 'Maju' }).click();
  const token = page.locator('g.token');
  if ((await token.count()) > 0) {
    const animations = await token.evaluate((el) => el.getAnimations().length);
    expect(animations).toBe(0);
  }
  await expect(page.locator('rect.mark-actor').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Putar' })).toBeVisible();
  expect(problems).toEqual([]);
  await context.close();
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
