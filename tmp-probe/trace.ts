import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { serveStatic } from '../scripts/staticServer';
const root = join(import.meta.dirname, '..');
const server = await serveStatic(4792, { '/bench/': join(root, 'dist-bench'), '/': join(root, 'dist') });
const origin = 'http://127.0.0.1:4792';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'blink', 'loading', 'v8.execute', 'disabled-by-default-devtools.timeline'] });
await page.goto(origin + process.argv[2]);
await page.waitForTimeout(1500);
await browser.stopTracing();
await browser.close();
server.close();
const t = JSON.parse(readFileSync('/tmp/trace.json', 'utf8'));
const ev = (t.traceEvents ?? t) as any[];
const nav = ev.find((e) => e.name === 'navigationStart' || e.name === 'NavigationTiming' );
const start = ev.filter((e)=>e.name==='ResourceSendRequest' && String(e.args?.data?.url).includes(process.argv[2].split('?')[0])).map(e=>e.ts)[0] ?? ev[0].ts;
const rows = ev.filter((e) => e.ph === 'X' && e.dur > 3000 && ['RunTask','ThreadControllerImpl::RunTask'].includes(e.name) === false)
  .map((e) => ({ t: Math.round((e.ts - start) / 1000), d: Math.round(e.dur / 1000), n: e.name, tid: e.tid, u: e.args?.data?.url?.split('/').pop() ?? e.args?.data?.functionName ?? '' }))
  .filter((r) => r.t > -50 && r.t < 900)
  .sort((a, b) => a.t - b.t);
for (const r of rows) console.log(r.t, r.d, r.tid, r.n, r.u);
const marks = ev.filter((e)=>['firstContentfulPaint','firstPaint','MarkDOMContent','MarkLoad'].includes(e.name)).map(e=>[e.name, Math.round((e.ts-start)/1000)]);
console.log(marks);
