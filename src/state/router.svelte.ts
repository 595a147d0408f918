/**
 * The page on screen and moving between pages in the browser: links are real paths (see
 * src/routes.ts); a click on one loads the next page's data and code, then swaps the page
 * without reloading the document. Back and forward restore the scroll position.
 */
import { tick } from 'svelte';
import { href, parseLocation, type Route } from '../routes';
import type { Page } from '../app/load';
import { loadedView, type View } from '../app/views';
import { forgetAll } from '../data/fetchOnce';
import { applyPage } from '../app/seed';
import { pageMeta } from '../app/meta';
import { ChunkError, reloadToNewVersion, viewFor } from './appVersion';
import { PagesAhead } from './pagesAhead';
import { samePageOf } from './samePage';
import { dropScroll, flushScroll, recordScroll } from './scrollMemory';

export { href, type Route, type UnitView } from '../routes';
export { forgetReload } from './appVersion';

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
      const page = await this.ahead.load(route);
      if (request !== this.request) return;
      if (page.status === 'redirect') {
        void this.navigate(page.to, { replace: true });
        return;
      }
      // A move to a view whose code is here goes on at once; a page re-read in place (replace)
      // keeps the task between, which the camera of a flow opened by hydration relies on.
      const ready = page.status === 'ok' && !options.replace ? loadedView(page.data.view) : undefined;
      const View = page.status === 'ok' ? (ready ?? (await viewFor(page))) : this.View;
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
      flushScroll();
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

  /** Pages fetched ahead of a click on the link to them. */
  private ahead = new PagesAhead();

  /** Makes the app's own links, back and forward move between pages without reloading. */
  listen(): void {
    document.addEventListener('pointerover', (event) => this.ahead.warm(event.target, this.root), {
      passive: true,
    });
    document.addEventListener('focusin', (event) => this.ahead.warm(event.target, this.root));
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
    addEventListener('scroll', recordScroll, { passive: true });
    addEventListener('popstate', (event: PopStateEvent) => {
      dropScroll();
      const scroll = (event.state as { scroll?: number } | null)?.scroll ?? 0;
      void this.navigate(this.current(), { restore: scroll });
    });
  }
}

export const router = new Router();
