/**
 * Puts what a page brought with it where the views look for it (the loaded regions, the layout
 * cache), before the page is drawn: on the server before prerendering, in the browser before
 * hydrating or swapping pages.
 */
import type { Page } from './load';
import { seedLayouts } from '../layout/client';
import { store } from '../state/regions.svelte';

export function applyPage(page: Page): void {
  if (page.status !== 'ok') return;
  for (const region of page.regions) store.seed(region);
  for (const seed of page.layouts) seedLayouts(seed.region, seed.unit, seed.layouts);
}
