/** Bundled and imported regions behind one lookup, for every view that lists or opens regions. */
import type { Loaded } from '../data/load';
import type { RegionIndex } from '../data/regionIndex';
import type { Region } from '../model/types';
import { imported, IMPORT_PREFIX } from './imported.svelte';
import { store } from './regions.svelte';

export interface CatalogEntry {
  id: string;
  name: string;
  imported: boolean;
}

export function allEntries(index: RegionIndex): CatalogEntry[] {
  return [
    ...index.regions.map((r) => ({ id: r.id, name: r.name, imported: false })),
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

const known = (index: RegionIndex, id: string) => allEntries(index).some((e) => e.id === id);

/** Starts loading a region a link names if the catalogue knows it (an unknown id would only 404). */
export function ensureKnownRegion(index: RegionIndex, id: string): void {
  if (known(index, id)) ensureRegion(id);
}

/** Where a region a link names stands (read in markup; `ensureKnownRegion` starts the load). */
export function wantedRegion(index: RegionIndex, id: string): WantedRegion {
  if (!known(index, id)) return { state: 'missing', id };
  const loaded = loadedRegion(id);
  if (!loaded) return { state: 'loading' };
  return loaded.status === 'ok' ? { state: 'ok', region: loaded.value } : { state: 'missing', id };
}
