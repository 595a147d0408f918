/**
 * The app in a page. A page arrives prerendered (its chart, outline and text already in the HTML);
 * this loads the same data and code the build used, hydrates the page, then applies what only the
 * browser knows (the selection in the link, the saved language). Where no page was prerendered
 * (the dev server, pages of an imported region), it draws the page itself.
 */
import { hydrate, mount, unmount } from 'svelte';
import App from '../ui/App.svelte';
import StaticNotice from '../ui/StaticNotice.svelte';
import { i18n } from '../i18n/i18n.svelte';
import { forgetReload, router } from '../state/router.svelte';
import { href, isImported, pageOf, parseLegacyHash, type Route } from '../routes';
import { loadPage, type Page } from './load';
import type { DataIssue } from '../data/issues';
import { loadView, type View } from './views';
import { applyPage } from './seed';
import { pageMeta } from './meta';
import { fetchOnce } from '../data/fetchOnce';
import { imported, importedSource } from '../state/imported.svelte';
import { deck } from '../state/deck.svelte';
import { offline } from './offline.svelte';

async function start(): Promise<void> {
  router.start();
  const target = document.getElementById('app');
  if (!target) return;
  // Old links (#/semarang/kecamatan) land on their page's new address.
  const legacy = parseLegacyHash(location.hash);
  if (legacy && !location.pathname.endsWith('/impor/lihat/')) {
    location.replace(new URL(href(legacy), document.baseURI).href);
    return;
  }
  const route: Route = router.current();
  // Regions kept in this browser: read first when the page is one of theirs (such pages are never
  // prerendered); otherwise after hydrating, since the prerendered page does not list them.
  if (isImported(route)) await imported.load();
  const prerendered = target.dataset['page'];
  const first = prerendered !== undefined && prerendered === href(pageOf(route)) ? pageOf(route) : route;
  const page = await loadPage(first, fetchOnce, importedSource);
  if (page.status === 'redirect') {
    location.replace(new URL(href(page.to), document.baseURI).href);
    return;
  }
  if (prerendered !== undefined && page.status !== 'ok') {
    // The prerendered page stays readable; only its interactive features are missing.
    return void notice(
      target,
      page.status === 'unavailable' ? page.reason : '',
      page.status === 'invalid' ? page.issues : undefined,
    );
  }
  if (page.status !== 'ok') return begin(target, page, undefined, { route, first, prerendered: false });
  const view = page.data.view;
  let View: View;
  try {
    View = await loadView(view);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (prerendered === undefined) {
      // No page to read: the app's frame says what happened and "Coba lagi" loads the code again.
      return begin(target, page, undefined, { route, first, prerendered: false, failed: reason });
    }
    // The prerendered page stays readable; "Coba lagi" fetches its code again and brings it to life
    // where it stands (no reload: on a weak connection the page and its data are not fetched again).
    const bar = notice(target, reason, undefined, async () => {
      const View = await loadView(view);
      forgetReload();
      unmount(bar.component);
      bar.element.remove();
      await begin(target, page, View, { route, first, prerendered: true });
    });
    return;
  }
  forgetReload();
  await begin(target, page, View, { route, first, prerendered: prerendered !== undefined });
}

/**
 * Draws the page (hydrating the prerendered one) and starts what lives across pages: links,
 * language, deck, offline reading. `failed`: the page's code did not load (shown with "Coba lagi").
 */
async function begin(
  target: HTMLElement,
  page: Page,
  View: View | undefined,
  at: { route: Route; first: Route; prerendered: boolean; failed?: string },
): Promise<void> {
  const { route, first, failed } = at;
  applyPage(page);
  if (failed !== undefined) {
    router.show(page, undefined, route);
    router.failed = { route, reason: failed };
  } else {
    router.show(page, View, first);
    router.hold();
    if (page.status === 'ok') document.title = pageMeta(page).title;
  }
  if (at.prerendered) hydrate(App, { target });
  else {
    target.replaceChildren();
    mount(App, { target });
  }
  document.documentElement.classList.add('hydrated');
  void imported.load();
  router.listen();
  i18n.restore();
  deck.restore();
  document.documentElement.lang = i18n.lang;
  if (failed === undefined) {
    // What the prerendered page could not know: the selection, the path taken, the query. An old
    // form of the address (posisi/?wilayah=…) is shown in its current form.
    const exact = new URL(href(route), document.baseURI).href === location.href.split('#')[0];
    await router.settle(first !== route || !exact ? route : undefined);
  }
  // Offline reading: the service worker registers once the page is drawn and settled.
  void offline.start();
}

/** A notice above a prerendered page whose data or code could not be loaded. */
function notice(
  target: HTMLElement,
  reason: string,
  issues?: DataIssue[],
  retry?: () => Promise<void>,
): { element: HTMLElement; component: ReturnType<typeof mount> } {
  const element = document.createElement('div');
  target.before(element);
  const component = mount(StaticNotice, {
    target: element,
    props: { reason, ...(issues ? { issues } : {}), ...(retry ? { retry } : {}) },
  });
  return { element, component };
}

/** Starts the app in this page (the entry calls it once the page has been painted). */
export default start;
