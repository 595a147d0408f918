/**
 * Offline reading (issue 20): a trainer keeps a region with "Simpan untuk luring", the network
 * goes, and the region's pages, charts and flows still open — by address and by link. A region
 * not kept says that the reader is offline and what to do, instead of a browser error page.
 */
import { expect, test } from '@playwright/test';
import { builtRegion, follow, hydrated, watch } from './helpers';
import { href } from '../../src/routes';

test.use({ serviceWorkers: 'allow' });

test('a region kept for offline opens without network: its page, a chart, a flow; one not kept says so', async ({
  page,
  context,
}) => {
  test.slow();
  const problems = watch(page);
  const region = builtRegion('kaltim');
  const unit = region.unitTypes.find((u) => u.id === 'pd-tipe-2')!;
  const flow = region.flows.find((f) => f.steps.some((s) => s.recipients?.length))!;
  await page.goto('./kaltim/');
  await hydrated(page);
  // The worker registers once the page is drawn, and takes the page over at once.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  const box = page.locator('.offline-save');
  await box.getByRole('button', { name: 'Simpan untuk luring' }).click();
  await expect(box.getByRole('status')).toContainText(/tersimpan untuk luring \(\d+ berkas\)/, {
    timeout: 30_000,
  });
  const saved = Number(/\((\d+) berkas\)/.exec((await box.getByRole('status').textContent()) ?? '')?.[1]);
  expect(saved).toBeGreaterThan(region.unitTypes.length * 2 + region.flows.length);

  await context.setOffline(true);
  // A reload: the page comes from the kept copy.
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(region.name);
  await expect(box.getByRole('status')).toContainText('tersimpan untuk luring');
  // By link inside the app: the chart, drawn from kept data and layouts.
  await page.getByRole('link', { name: unit.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(unit.name);
  await expect(page.locator('svg.chart-canvas[data-view="ready"] g.box')).toHaveCount(unit.positions.length);
  // By address: a flow page, played.
  await page.goto(`./kaltim/alur/${flow.id}/`);
  await hydrated(page);
  await expect(page.locator('.step-card')).toContainText('Langkah 1 dari');
  await page.getByRole('button', { name: 'Maju' }).click();
  await expect(page.locator('.step-card')).toContainText('Langkah 2 dari');
  // A region never opened nor kept: the reader is told, with the way to keep one next time.
  await page.goto('./sambas/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anda sedang luring');
  await expect(page.getByRole('alert')).toContainText('Simpan untuk luring');

  // Back online, the kept copy can be removed.
  await context.setOffline(false);
  await page.goto('./kaltim/');
  await hydrated(page);
  await box.getByRole('button', { name: 'Hapus simpanan luring' }).click();
  await expect(box.getByRole('button', { name: 'Simpan untuk luring' })).toBeVisible();
  // Offline, the only failures are the requests the browser could not make.
  expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|ERR_FAILED|Failed to fetch/.test(p))).toEqual([]);
});

test('inside a frame (an embed) no service worker registers and nothing offers to keep a region', async ({
  page,
}) => {
  // The host page is of the same origin but not the app: an app page on top would register the
  // worker for the whole origin itself, and the frame would then see that registration.
  await page.route('**/tuan-rumah.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Tuan rumah</title><iframe src="./kaltim/" title="wilayah"></iframe>',
    }),
  );
  await page.goto('./tuan-rumah.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('html')).toHaveAttribute('data-offline', 'framed');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(builtRegion('kaltim').name);
  await expect(frame.locator('.offline-save')).toHaveCount(0);
  const registrations = await page
    .frames()[1]!
    .evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  expect(registrations).toBe(0);
});

test('a newer build under the same address: "Versi baru tersedia", never during a presentation; "Muat ulang" moves onto it once', async ({
  page,
  context,
}) => {
  const problems = watch(page);
  // The worker this page installs is the build before (its script one comment longer than the
  // one the site serves now); the browser's update check then finds the site's own, newer one.
  // (Chromium fetches that check itself, past Playwright's routing: the old one is what is routed.)
  await context.route('**/sw.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n// the build before\n` });
  });
  await page.goto(href({ name: 'home' }));
  await hydrated(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  await context.unroute('**/sw.js');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const bar = page.locator('.update-bar');
  await expect(bar).toContainText('Versi baru tersedia', { timeout: 20_000 });
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null),
  ).toBe(true);
  // A presentation is never interrupted by it; back on another page it is there again.
  await follow(page, href({ name: 'presentation', deck: '', item: 0, path: [], tour: false }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Presentasi');
  await expect(bar).toHaveCount(0);
  await follow(page, href({ name: 'glossary' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glosarium');
  await expect(bar).toBeVisible();

  const documents: string[] = [];
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) documents.push(r.url());
  });
  const reloaded = page.waitForEvent('load');
  await bar.getByRole('button', { name: 'Muat ulang' }).click();
  await reloaded;
  await hydrated(page);
  // Once, on the same page, now run by the newer worker: nothing waits any more.
  expect(documents).toEqual([page.url()]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glosarium');
  const worker = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return {
      waiting: Boolean(registration?.waiting),
      controlled: navigator.serviceWorker.controller?.state ?? null,
    };
  });
  expect(worker).toEqual({ waiting: false, controlled: 'activated' });
  await expect(bar).toHaveCount(0);
  expect(problems).toEqual([]);
});
