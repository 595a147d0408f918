/**
 * What `npm start` serves: the dev server (its own Playwright project, see playwright.config.ts)
 * answers the glossary, an embed inside a sandboxed frame on another page, and the open data as
 * the built site does. The dev server compiles each module on first request: generous timeouts.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { href } from '../../src/routes';
import { watch } from './helpers';

/** The region files as written in data/ (the dev server publishes them as they are). */
const region = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../data/regions/kaltim.json'), 'utf8'),
) as {
  id: string;
  unitTypes: { id: string; name: string; positions: unknown[] }[];
  flows: { id: string; name: string; steps: unknown[] }[];
  forms: { id: string; title: string }[];
};
const unit = region.unitTypes[0]!;

test.describe.configure({ timeout: 90_000 });

test('npm start: the glossary shows its terms, without errors', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`./${href({ name: 'glossary' })}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Glosarium' })).toBeVisible({ timeout: 30_000 });
  // A term and its explanation, as the built site shows them.
  const term = page.locator('dl dt').first();
  await expect(term).toBeVisible();
  await expect(term.locator('xpath=following-sibling::dd[1]')).not.toBeEmpty();
  expect(await page.locator('dl dt').count()).toBeGreaterThan(10);
  expect(problems).toEqual([]);
});

test('npm start: the Sematkan dialog says it is the dev server and previews the frame; the snippet pasted on another page draws the chart', async ({
  page,
  browser,
}) => {
  await page.goto(`./${href({ name: 'unit', region: region.id, unit: unit.id, view: 'bagan' })}`);
  await expect(page.locator('html.hydrated')).toBeAttached({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Sematkan' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('alert')).toContainText('server pengembangan (npm start)');
  // The live preview: the embed page in the same sandbox as the snippet's.
  const preview = page.frameLocator('iframe.embed-preview');
  await expect(preview.locator('svg.chart-canvas g.box')).toHaveCount(unit.positions.length, {
    timeout: 30_000,
  });
  const snippet = await page.locator('#embed-snippet').inputValue();
  expect(snippet).toMatch(/sandbox="allow-scripts[^"]*"/);
  expect(snippet).not.toContain('allow-same-origin');

  // Another page (another origin: about:blank) with the snippet as pasted.
  const host = await browser.newPage();
  const problems = watch(host);
  await host.setContent(`<!doctype html><html lang="id"><body><h1>Situs pemda</h1>${snippet}</body></html>`);
  const frame = host.frameLocator('iframe[data-bagan-sistem-kerja]');
  await expect(frame.locator('svg.chart-canvas g.box')).toHaveCount(unit.positions.length, {
    timeout: 30_000,
  });
  await expect(frame.getByText(unit.name).first()).toBeVisible();
  expect(problems).toEqual([]);
  await host.close();
});

test('npm start: the open data files are served as the built site publishes them', async ({ request }) => {
  const whole = await request.get(`./data/${region.id}.json`);
  expect(whole.status()).toBe(200);
  expect(((await whole.json()) as { id: string }).id).toBe(region.id);
  const list = await request.get('./data/index.json');
  expect(((await list.json()) as { regions: { id: string }[] }).regions.map((r) => r.id)).toContain(
    region.id,
  );
  const slice = await request.get(`./data/${region.id}/unit/${unit.id}.json`);
  expect(slice.status()).toBe(200);
});

test('npm start: a trainer builds a deck, reloads, presents a flow step by step and prints a letter', async ({
  page,
}) => {
  const problems = watch(page);
  const flow = region.flows.find((f) => f.steps.length > 2)!;
  await page.goto(`./${href({ name: 'flow', region: region.id, flow: flow.id })}`);
  await expect(page.locator('html.hydrated')).toBeAttached({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Tambah ke dek' }).click();
  await expect(page.getByRole('link', { name: 'Lihat dek (1)' })).toBeVisible();
  await page.reload();
  await page
    .getByRole('navigation', { name: 'Menu utama' })
    .getByRole('link', { name: 'Presentasi' })
    .click();
  await expect(page.locator('.deck-list li strong')).toHaveText([flow.name]);
  await page.getByRole('link', { name: 'Mulai presentasi' }).click();
  await expect(page.locator('.slide-title')).toHaveText(flow.name);
  await page.keyboard.press('PageDown');
  await expect(page.locator('.slide-label')).toContainText('Langkah 2 dari');
  await expect(page.locator('svg.chart-canvas g.box').first()).toBeVisible();
  // A letter, filled in and shown for print.
  const form = region.forms[0]!;
  await page.goto(`./${href({ name: 'letter', region: region.id, form: form.id })}`);
  await expect(page.locator('html.hydrated')).toBeAttached({ timeout: 30_000 });
  const field = page.locator('.letter-form input').first();
  await field.fill('Siti Rahma');
  await expect(page.locator('.letter .filled').first()).toHaveText('Siti Rahma');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.letter-form')).toBeHidden();
  await expect(page.locator('.letter')).toBeVisible();
  expect(problems).toEqual([]);
});
