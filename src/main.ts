/**
 * The browser entry. A page arrives prerendered (its chart, outline and text already in the
 * HTML); this loads the same data and code the build used, hydrates the page, then applies what
 * only the browser knows (the selection in the link, the saved language). Where no page was
 * prerendered (the dev server, pages of an imported region), it draws the page itself.
 */
import { hydrate, mount } from 'svelte';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import './app.css';
import App from './ui/App.svelte';
import StaticNotice from './ui/StaticNotice.svelte';
import { i18n } from './i18n/i18n.svelte';
import { router } from './state/router.svelte';
import { href, isImported, pageOf, parseLegacyHash, type Route } from './routes';
import { loadPage } from './app/load';
import type { DataIssue } from './data/issues';
import { loadView } from './app/views';
import { applyPage } from './app/seed';
import { pageMeta } from './app/meta';
import { fetchOnce } from './data/fetchOnce';
import { imported, importedSource } from './state/imported.svelte';
import { deck } from './state/deck.svelte';
import { offline } from './app/offline.svelte';

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
  let View;
  try {
    View = page.status === 'ok' ? await loadView(page.data.view) : undefined;
  } catch (error) {
    if (prerendered !== undefined) return notice(target, String(error));
    router.show(page, undefined, route);
    router.failed = { route, reason: error instanceof Error ? error.message : String(error) };
    mount(App, { target });
    document.documentElement.classList.add('hydrated');
    return;
  }
  if (prerendered !== undefined && page.status !== 'ok') {
    // The prerendered page stays readable; only its interactive features are missing.
    return notice(
      target,
      page.status === 'unavailable' ? page.reason : '',
      page.status === 'invalid' ? page.issues : undefined,
    );
  }
  applyPage(page);
  router.show(page, View, first);
  router.hold();
  if (page.status === 'ok') document.title = pageMeta(page).title;
  if (prerendered !== undefined) hydrate(App, { target });
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
  // What the prerendered page could not know: the selection, the path taken, the query. An old
  // form of the address (posisi/?wilayah=…) is shown in its current form.
  const exact = new URL(href(route), document.baseURI).href === location.href.split('#')[0];
  await router.settle(first !== route || !exact ? route : undefined);
  // Offline reading: the service worker registers once the page is drawn and settled.
  void offline.start();
}

function notice(target: HTMLElement, reason: string, issues?: DataIssue[]): void {
  const bar = document.createElement('div');
  target.before(bar);
  mount(StaticNotice, { target: bar, props: { reason, ...(issues ? { issues } : {}) } });
}

void start();
