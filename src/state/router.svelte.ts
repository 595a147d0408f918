/**
 * The page on screen and moving between pages in the browser: links are real paths (see
 * src/routes.ts); a click on one loads the next page's data and code, then swaps the page
 * without reloading the document. Back and forward restore the scroll position.
 */
import { tick } from 'svelte';
import { href, isImported, parseLocation, type Route } from '../routes';
import { loadPage, type Page } from '../app/load';
import { loadView, type View } from '../app/views';
import { fetchOnce, forgetAll } from '../data/fetchOnce';
import { applyPage } from '../app/seed';
import { pageMeta } from '../app/meta';
import { importedSource } from './imported.svelte';

export { href, type Route, type UnitView } from '../routes';

/** A view's code that could not be fetched (offline, or a deploy replaced the file). */
export class ChunkError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ChunkError';
  }
}

/** The address the page last reloaded itself to, after a view's code was missing (sessionStorage). */
const RELOADED_KEY = 'bagan.muat-ulang';

/** A view's code loaded: a later missing file may reload the page again. */
export function forgetReload(): void {
  try {
    sessionStorage.removeItem(RELOADED_KEY);
  } catch {
    // storage refused: nothing was kept either
  }
}

/** The file name of the app's entry script in a page (main-<hash>.js): its version. */
const entryOf = (src: string | undefined): string | undefined => src?.split(/[?#]/)[0]?.split('/').pop();

/**
 * Whether the server now has another version of the app than the one running here: the entry
 * script named by the site's home page differs from this page's. Undefined when that cannot be
 * known (offline, the request failed or timed out).
 */
async function newVersionServed(): Promise<boolean | undefined> {
  const mine = entryOf(document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src);
  if (!mine) return undefined;
  try {
    const response = await fetch(new URL('./', document.baseURI).href, {
      cache: 'no-store',
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) return undefined;
    const served = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/.exec(await response.text())?.[1];
    return served === undefined ? undefined : entryOf(served) !== mine;
  } catch {
    return undefined;
  }
}

/**
 * After a new deploy an open page asks for code files that no longer exist: the page loads the
 * address asked for afresh, once, in the new version. Not when the network failed (the page would
 * give way to the browser's own error page): the reader then sees what happened and "Coba lagi".
 * Never twice for one address in a row (no loop); the fresh page itself never reloads.
 */
async function reloadToNewVersion(
  route: Route,
  options: { replace?: boolean; restore?: number },
): Promise<boolean> {
  if (!navigator.onLine) return false;
  const url = new URL(href(route), document.baseURI).href;
  try {
    if (sessionStorage.getItem(RELOADED_KEY) === url) return false;
    if (!(await newVersionServed())) return false;
    sessionStorage.setItem(RELOADED_KEY, url);
  } catch {
    return false; // storage refused: without it a reload could not know it was tried
  }
  // The address the reader asked for, as the link would have made it: back and forward work.
  if (options.restore !== undefined) location.reload();
  else if (options.replace) location.replace(url);
  else location.assign(url);
  return true;
}

class Router {
  route = $state.raw<Route>({ name: 'home' });
  page = $state.raw<Page | undefined>(undefined);
  View = $state.raw<View | undefined>(undefined);
  /** A page is being fetched (shown after a moment as a progress line). */
  busy = $state(false);
  /** The next page's code could not be loaded. */
  failed = $state.raw<{ route: Route; reason: string } | undefined>(undefined);
  private request = 0;
  private root = '';

  /** Off in the embed, whose address is its own: views there never write the app's address. */
  private active = false;

  /**
   * Starts routing in this document: the site's root comes from `<base href>`, which is made
   * absolute first — a relative base would move with every address change (`../../` from
   * `a/b/` is not the root any more once the address is `a/`).
   */
  start(): void {
    const base = document.querySelector('base');
    if (base) base.href = document.baseURI;
    this.root = new URL('.', document.baseURI).href;
    this.active = true;
  }

  /** The route of the document's current location. */
  current(): Route {
    const url = new URL(location.href);
    const below = url.href.startsWith(this.root)
      ? url.pathname.slice(new URL(this.root).pathname.length)
      : url.pathname;
    return parseLocation(below, url.search, url.hash);
  }

  /** Shows a page that is already loaded (the prerendered one, at start). */
  show(page: Page, View: View | undefined, route: Route = page.route): void {
    this.page = page;
    this.View = View;
    this.route = route;
  }

  /** Goes to a route: a new history entry unless `replace`. */
  async navigate(route: Route, options: { replace?: boolean; restore?: number } = {}): Promise<void> {
    if (!this.active) return;
    const request = ++this.request;
    const samePage = this.page?.status === 'ok' && samePageOf(this.page.route, route);
    const slow = setTimeout(() => {
      if (request === this.request) this.busy = true;
    }, 150);
    try {
      const page = await this.load(route);
      if (request !== this.request) return;
      if (page.status === 'redirect') {
        void this.navigate(page.to, { replace: true });
        return;
      }
      const View = page.status === 'ok' ? await this.viewFor(page) : this.View;
      if (request !== this.request) return;
      // The address changes when the new page is ready to be shown, as a document load would.
      this.commit(route, options);
      applyPage(page);
      this.failed = undefined;
      this.show(page, View, route);
      if (page.status === 'ok') document.title = pageMeta(page).title;
      if (!samePage || options.restore !== undefined) {
        await tick();
        // Scroll and focus just before the new page's first frame: both need the page laid out,
        // and asking for it there reuses the frame's own layout instead of forcing one more.
        await new Promise((done) => requestAnimationFrame(done));
        if (request !== this.request) return;
        scrollTo(0, options.restore ?? 0);
        if (options.restore === undefined)
          document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
      }
    } catch (error) {
      if (request !== this.request) return;
      if (error instanceof ChunkError && (await reloadToNewVersion(route, options))) return;
      if (request !== this.request) return;
      this.commit(route, options);
      this.failed = { route, reason: error instanceof Error ? error.message : String(error) };
      this.route = route;
      // As a page that opens: the reader (and a screen reader) starts at what happened.
      await tick();
      if (request === this.request) document.querySelector<HTMLElement>('main h1')?.focus();
    } finally {
      clearTimeout(slow);
      if (request === this.request) this.busy = false;
    }
  }

  private commit(route: Route, options: { replace?: boolean; restore?: number }): void {
    if (options.restore !== undefined) return;
    const url = href(route);
    if (options.replace) history.replaceState(history.state, '', url);
    else {
      history.replaceState({ ...(history.state as object | null), scroll: scrollY }, '');
      history.pushState({ scroll: 0 }, '', url);
    }
  }

  /**
   * While a prerendered page is being handed over to the browser, views must not write the
   * address from their prerendered props (which lack what only the link knows): `settle`
   * applies the link's own route first.
   */
  private settling = false;

  /** Changes the URL without a history entry (selection, path taken, view settings). */
  replace(route: Route): void {
    if (this.settling || !this.active) return;
    // The address follows at once (a shared link is never behind what is on screen).
    history.replaceState(history.state, '', href(route));
    void this.navigate(route, { replace: true });
  }

  /** Holds views' address changes until `settle` has applied the link's route. */
  hold(): void {
    this.settling = true;
  }

  async settle(route: Route | undefined): Promise<void> {
    if (route) await this.navigate(route, { replace: true });
    this.settling = false;
  }

  /** Retries a page whose data or code failed to load. */
  retry(): void {
    forgetAll();
    this.ahead.clear();
    void this.navigate(this.route, { replace: true });
  }

  private async viewFor(page: Extract<Page, { status: 'ok' }>): Promise<View> {
    try {
      const View = await loadView(page.data.view);
      forgetReload();
      return View;
    } catch (error) {
      throw new ChunkError(error instanceof Error ? error.message : String(error));
    }
  }

  /** Makes the app's own links, back and forward move between pages without reloading. */
  /** Pages whose data and code were fetched ahead because the reader pointed at a link to them. */
  private warmed = new Set<string>();

  /**
   * The page behind a link the reader points at or tabs to is fetched ahead (its data files and
   * view code, through the same caches navigation uses), so the click shows it at once.
   */
  private warm(target: EventTarget | null): void {
    const a = (target as Element | null)?.closest?.('a');
    if (!a || !a.href || a.target || a.hasAttribute('download') || this.warmed.size > 200) return;
    const url = new URL(a.href);
    if (url.origin !== location.origin || !url.href.startsWith(this.root)) return;
    const below = url.pathname.slice(new URL(this.root).pathname.length);
    if (/\.(json|txt|xml|svg|png|js|css)$/.test(below) || this.warmed.has(url.pathname)) return;
    this.warmed.add(url.pathname);
    const route = parseLocation(below, url.search, url.hash);
    const page = loadPage(route, fetchOnce, importedSource);
    // A region kept in this browser may change before the click (re-imported): loaded again then.
    if (!isImported(route)) this.ahead.set(href(route), page);
    void page
      .then((page) => (page.status === 'ok' ? loadView(page.data.view) : undefined))
      .catch(() => undefined);
  }

  /**
   * Pages loaded ahead, by address, each taken once by the click it was loaded for: the page
   * then shows without parsing and checking its data again (measured in `npm run bench`).
   */
  private ahead = new Map<string, Promise<Page>>();

  private load(route: Route): Promise<Page> {
    const key = href(route);
    const early = this.ahead.get(key);
    if (!early) return loadPage(route, fetchOnce, importedSource);
    this.ahead.delete(key);
    return early;
  }

  listen(): void {
    document.addEventListener('pointerover', (event) => this.warm(event.target), { passive: true });
    document.addEventListener('focusin', (event) => this.warm(event.target));
    document.addEventListener('click', (event) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const a = (event.target as Element | null)?.closest?.('a');
      if (!a || !a.href || a.target || a.hasAttribute('download') || a.dataset['reload'] !== undefined)
        return;
      const url = new URL(a.href);
      if (url.origin !== location.origin || !url.href.startsWith(this.root)) return;
      const below = url.pathname.slice(new URL(this.root).pathname.length);
      // Files of the site that are not pages (open data, assets) open as files.
      if (/\.(json|txt|xml|svg|png|js|css)$/.test(below)) return;
      // A link to a spot on the same page (#main) stays the browser's.
      if (
        url.pathname === location.pathname &&
        url.search === location.search &&
        url.hash &&
        !url.hash.startsWith('#/')
      )
        return;
      event.preventDefault();
      void this.navigate(parseLocation(below, url.search, url.hash));
    });
    addEventListener('popstate', (event: PopStateEvent) => {
      const scroll = (event.state as { scroll?: number } | null)?.scroll ?? 0;
      void this.navigate(this.current(), { restore: scroll });
    });
  }
}

/**
 * Whether a route shows the page already on screen with other settings (a selection, a step, a
 * slide, the view of a chart) rather than another page (another region, unit type, flow, letter or
 * province): only moving to another page starts the reader at its top and its heading.
 */
function samePageOf(a: Route, b: Route): boolean {
  if (a.name !== b.name) return false;
  const subject = (r: Route): string => {
    switch (r.name) {
      case 'province':
        return r.province;
      case 'region':
      case 'passage':
        return r.region;
      case 'unit':
        return `${r.region}/${r.unit}`;
      case 'flow':
        return `${r.region}/${r.flow}`;
      case 'letter':
        return `${r.region}/${r.form}`;
      default:
        return '';
    }
  };
  return subject(a) === subject(b);
}

export const router = new Router();
