import { chromium } from '@playwright/test';
const [,, url, out, type, w = '360', h = '780'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
const errors = [];
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(url);
if (type) {
  const [sel, text] = type.split('::');
  await page.locator(sel).first().fill(text);
  await page.waitForTimeout(1500);
}
await page.screenshot({ path: out, fullPage: false });
console.log('errors', errors);
await browser.close();
