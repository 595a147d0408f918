import { join } from 'node:path';
import { writeFileSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { serveStatic } from '../scripts/staticServer';
const root = join(import.meta.dirname, '..');
mkdirSync(join(root, 'dist-bench', 'probe'), { recursive: true });

const server = await serveStatic(4791, { '/bench/': join(root, 'dist-bench'), '/': join(root, 'dist') });
const origin = 'http://127.0.0.1:4791';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const urls = process.argv.slice(2);
for (const u of urls) {
  const fcps: number[] = [];
  let detail = '';
  for (let i = 0; i < 9; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(origin + u);
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    const r = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const res = performance.getEntriesByType('resource').map((e) => `${e.name.split('/').pop()} ${Math.round(e.startTime)}-${Math.round(e.responseEnd)}`);
      return { fcp: performance.getEntriesByName('first-contentful-paint')[0]!.startTime, fp: performance.getEntriesByName('first-paint')[0]?.startTime, resp: nav.responseEnd, di: nav.domInteractive, dcl: nav.domContentLoadedEventEnd, res };
    });
    fcps.push(r.fcp);
    if (i === 8) detail = JSON.stringify(r);
    await ctx.close();
  }
  console.log(u, fcps.map(Math.round).join(' '), '\n  ', detail);
}
await browser.close();
server.close();
