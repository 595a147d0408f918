/** Bundled and imported regions behind one lookup, for every view that lists or opens regions. */
import type { Loaded } from '../data/load';
import type { Region } from '../model/types';
import { imported, IMPORT_PREFIX } from './imported.svelte';
import { store } from './regions.svelte';

export interface CatalogEntry {
  id: string;
  name: string;
  imported: boolean;
}

/** Published regions (a province's, or the search's list of names) and those imported here. */
export function allEntries(published: readonly { id: string; name: string }[]): CatalogEntry[] {
  return [
    ...published.map((r) => ({ id: r.id, name: r.name, imported: false })),
    ...imported.known().map((r) => ({ id: r.id, name: r.name, imported: true })),
  ];
}

export function loadedRegion(id: string): Loaded<Region> | undefined {
  const own = imported.loaded(id);
  if (own !== null) return own;
  return store.regions.get(id);
}

export function ensureRegion(id: string): void {
  if (!id.startsWith(IMPORT_PREFIX)) store.ensure(id);
}

export function retryRegion(id: string): void {
  if (!id.startsWith(IMPORT_PREFIX)) store.retry(id);
}

/** A region a link names: on its way, here, or not to be had (an unknown id or a file that failed). */
export type WantedRegion =
  { state: 'loading' } | { state: 'ok'; region: Region } | { state: 'missing'; id: string };

/** Starts loading a region a link names (an unknown id comes back as missing, not as an error). */
export function ensureKnownRegion(id: string): void {
  ensureRegion(id);
}

/** Where a region a link names stands (read in markup; `ensureKnownRegion` starts the load). */
export function wantedRegion(id: string): WantedRegion {
  const loaded = loadedRegion(id);
  if (!loaded) return { state: 'loading' };
  return loaded.status === 'ok' ? { state: 'ok', region: loaded.value } : { state: 'missing', id };
}
