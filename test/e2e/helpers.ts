import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { RegionData } from '../../src/data/schema';
import type { RegionIndex } from '../../src/data/regionIndex';

const DIST = join(import.meta.dirname, '..', '..', 'dist', 'data');

/** The data the built site publishes: what the page must show. */
export function builtIndex(): RegionIndex {
  return JSON.parse(readFileSync(join(DIST, 'index.json'), 'utf8')) as RegionIndex;
}
export function builtRegion(id: string): RegionData {
  return JSON.parse(readFileSync(join(DIST, `${id}.json`), 'utf8')) as RegionData;
}

/** Collects console errors, CSP violations and requests to other origins for a page. */
export function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  // Which file failed: the console only says "Failed to load resource".
  page.on('response', (res) => {
    if (res.status() >= 400)
      problems.push(
        `console: HTTP ${res.status()} ${new URL(res.url()).pathname} (status of ${res.status()})`,
      );
  });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:')
      problems.push(`outside request: ${req.url()}`);
  });
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return problems;
}

export async function expectNoA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target.join(' ')})`,
  );
  expect(summary).toEqual([]);
}

/** Presses Tab until `locator` has focus (keyboard-only navigation), failing after `max` presses. */
export async function tabTo(
  page: Page,
  locator: import('@playwright/test').Locator,
  max = 80,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(locator).toBeFocused();
}

/**
 * Pages arrive prerendered and readable; their controls work once the browser has hydrated them
 * (main.ts marks <html class="hydrated">). Tests that type or press keys first wait for that.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.locator('html.hydrated').waitFor({ state: 'attached' });
}

/**
 * Moves to another page the way a link inside the app does (no document reload), so what lives
 * only in this visit — a region imported but not kept — is still there.
 */
export async function follow(page: Page, link: string): Promise<void> {
  await hydrated(page);
  await page.evaluate((href) => {
    const a = document.createElement('a');
    a.href = href;
    document.body.append(a);
    a.click();
    a.remove();
  }, link);
}
