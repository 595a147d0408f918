/**
 * Pages fetched ahead: the page behind a link the reader points at or tabs to is loaded before the
 * click, and the click takes it (once) instead of loading it again.
 */
import { href, isImported, parseLocation, type Route } from '../routes';
import { loadPage, type Page } from '../app/load';
import { loadView } from '../app/views';
import { fetchOnce } from '../data/fetchOnce';
import { importedSource } from './imported.svelte';

/** How many loaded pages are kept for a move back to them. */
const KEPT_PAGES = 24;

export class PagesAhead {
  /** Pages whose data and code were fetched ahead because the reader pointed at a link to them. */
  private warmed = new Set<string>();

  /**
   * The page behind a link the reader points at or tabs to is fetched ahead (its data files and
   * view code, through the same caches navigation uses), so the click shows it at once.
   */
  warm(target: EventTarget | null, root: string): void {
    const a = (target as Element | null)?.closest?.('a');
    if (!a || !a.href || a.target || a.hasAttribute('download') || this.warmed.size > 200) return;
    const url = new URL(a.href);
    if (url.origin !== location.origin || !url.href.startsWith(root)) return;
    const below = url.pathname.slice(new URL(root).pathname.length);
    if (/\.(json|txt|xml|svg|png|js|css)$/.test(below) || this.warmed.has(url.pathname)) return;
    this.warmed.add(url.pathname);
    const route = parseLocation(below, url.search, url.hash);
    const page = loadPage(route, fetchOnce, importedSource);
    // A region kept in this browser may change before the click (re-imported): loaded again then.
    if (!isImported(route)) this.keep(href(route), page);
    void page
      .then((page) => (page.status === 'ok' ? loadView(page.data.view) : undefined))
      .catch(() => undefined);
  }

  /**
   * Pages loaded, by address (ahead of a click, or by a visit), the most recent last: moving back
   * to one shows it without parsing and checking its data again (measured in `npm run bench`).
   * A page that failed is not kept; a region kept in this browser is loaded afresh each time.
   */
  private ahead = new Map<string, Promise<Page>>();

  private keep(key: string, page: Promise<Page>): void {
    this.ahead.delete(key);
    this.ahead.set(key, page);
    if (this.ahead.size > KEPT_PAGES) this.ahead.delete(this.ahead.keys().next().value!);
    page.then(
      (got) => got.status === 'ok' || this.forget(key, page),
      () => this.forget(key, page),
    );
  }

  private forget(key: string, page: Promise<Page>): void {
    if (this.ahead.get(key) === page) this.ahead.delete(key);
  }

  /** The page of a route: the one loaded before for its address, or loaded now. */
  load(route: Route): Promise<Page> {
    const key = href(route);
    const kept = this.ahead.get(key);
    if (kept) {
      this.keep(key, kept);
      return kept;
    }
    const page = loadPage(route, fetchOnce, importedSource);
    if (!isImported(route)) this.keep(key, page);
    return page;
  }

  /** Forgets the pages loaded ahead (to retry a page whose data or code failed to load). */
  clear(): void {
    this.ahead.clear();
  }
}
