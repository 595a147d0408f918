/**
 * A view's code, and a new deploy under an open page: the page asks for a view's code file that no
 * longer exists (`ChunkError`), and loads the address asked for afresh, once, in the new version
 * of the app.
 */
import { href, type Route } from '../routes';
import type { Page } from '../app/load';
import { loadView, type View } from '../app/views';

/** A view's code that could not be fetched (offline, or a deploy replaced the file). */
export class ChunkError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ChunkError';
  }
}

/** The view of a loaded page: its code, fetched (a `ChunkError` if it could not be). */
export async function viewFor(page: Extract<Page, { status: 'ok' }>): Promise<View> {
  try {
    const View = await loadView(page.data.view);
    if (!reloadForgotten) forgetReload();
    return View;
  } catch (error) {
    throw new ChunkError(error instanceof Error ? error.message : String(error));
  }
}

/** The address the page last reloaded itself to, after a view's code was missing (sessionStorage). */
const RELOADED_KEY = 'bagan.muat-ulang';

/** Whether this page has already cleared the mark (one storage write, not one per move). */
let reloadForgotten = false;

/** A view's code loaded: a later missing file may reload the page again. */
export function forgetReload(): void {
  reloadForgotten = true;
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
export async function reloadToNewVersion(
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
