/**
 * The server entry, built by `npm run build` for Node: renders one page to HTML with Svelte's
 * own `render()`, from the same data and the same components the browser hydrates.
 */
import { render } from 'svelte/server';
import App from './ui/App.svelte';
import EmbedApp from './embed/EmbedApp.svelte';
import { router } from './state/router.svelte';
import { store } from './state/regions.svelte';
import { loadPage, type Fetcher, type Page } from './app/load';
import { loadView } from './app/views';
import { applyPage } from './app/seed';
import { forgetLayouts } from './layout/client';
import { pageMeta, type PageMeta } from './app/meta';
import { href, type Route } from './routes';

export { DATA } from './data/publish';
export { href, parsePath, type Route } from './routes';

export type Rendered =
  | { status: 'ok'; head: string; body: string; meta: PageMeta; embed: boolean }
  | { status: 'redirect'; to: string }
  | { status: 'error'; message: string };

export async function renderRoute(route: Route, fetcher: Fetcher): Promise<Rendered> {
  const page: Page = await loadPage(route, fetcher);
  if (page.status === 'redirect') return { status: 'redirect', to: href(page.to) };
  if (page.status !== 'ok') return { status: 'error', message: JSON.stringify(page).slice(0, 2000) };
  applyPage(page);
  const meta = pageMeta(page);
  if (page.data.view === 'embed') {
    const { head, body } = render(EmbedApp, { props: { page } });
    return { status: 'ok', head, body, meta, embed: true };
  }
  router.show(page, await loadView(page.data.view));
  const { head, body } = render(App);
  return { status: 'ok', head, body, meta, embed: false };
}

/**
 * Forgets the regions loaded so far and their layouts (between regions, so the build's memory
 * stays flat).
 */
export function forgetRegions(): void {
  store.clear();
  forgetLayouts();
}
