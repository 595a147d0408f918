/**
 * The component that draws each kind of page, loaded on first need: the first view ships only the
 * code of the page it opens on. The server build loads them the same way.
 */
import type { Component } from 'svelte';
import type { ViewName } from './load';

// Each page component takes its own props; App passes them from the page's data.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type View = Component<any>;

type Loader = () => Promise<{ default: View }>;

/** The app's pages; embed pages have an entry of their own (src/embed/main.ts). */
export type AppView = Exclude<ViewName, 'embed'>;

export const views: Record<AppView, Loader> = {
  home: () => import('../ui/Home.svelte'),
  province: () => import('../ui/regions/ProvincePage.svelte'),
  region: () => import('../ui/RegionPage.svelte'),
  unit: () => import('../ui/UnitPage.svelte'),
  flow: () => import('../ui/FlowPage.svelte'),
  letter: () => import('../ui/letter/LetterPage.svelte'),
  passage: () => import('../ui/search/PassagePage.svelte'),
  myPosition: () => import('../ui/position/MyPositionPage.svelte'),
  search: () => import('../ui/SearchPage.svelte'),
  compare: () => import('../ui/compare/ComparePage.svelte'),
  glossary: () => import('../ui/GlossaryPage.svelte'),
  import: () => import('../ui/importer/ImportPage.svelte'),
  susun: () => import('../ui/susun/SusunPage.svelte'),
  presentation: () => import('../ui/present/PresentationPage.svelte'),
  notFound: () => import('../ui/NotFound.svelte'),
};

/** Views whose code has arrived: a move to one of them needs no wait for its module. */
const loaded = new Map<ViewName, View>();

export async function loadView(name: ViewName): Promise<View> {
  if (name === 'embed') throw new Error('embed pages have their own entry');
  const View = (await views[name]()).default;
  loaded.set(name, View);
  return View;
}

/**
 * A view whose code has already arrived, at once (an `import()` of a module already loaded still
 * resolves a task later, and the browser may paint the old page in between).
 */
export const loadedView = (name: ViewName): View | undefined => loaded.get(name);
