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
  // An imported id that is neither on screen, kept nor being checked is not here: only this
  // browser could have it (audit F13, F14: such a link waited for ever).
  if (id.startsWith(IMPORT_PREFIX)) return { status: 'unavailable', reason: id, missing: true };
  return store.regions.get(id);
}

export function ensureRegion(id: string): void {
  if (id.startsWith(IMPORT_PREFIX)) void imported.load();
  else store.ensure(id);
}

export function retryRegion(id: string): void {
  if (id.startsWith(IMPORT_PREFIX)) void imported.retryLoad();
  else store.retry(id);
}

/**
 * A region a link names: on its way, here, not there (an unknown id), or failed (its file did
 * not load or is not valid: said as such, with "Coba lagi", never as "not found").
 */
export type WantedRegion =
  | { state: 'loading' }
  | { state: 'ok'; region: Region }
  | { state: 'missing'; id: string }
  | { state: 'failed'; id: string; reason: string };

/** Starts loading a region a link names (an unknown id comes back as missing, not as an error). */
export function ensureKnownRegion(id: string): void {
  ensureRegion(id);
}

/** Where a region a link names stands (read in markup; `ensureKnownRegion` starts the load). */
export function wantedRegion(id: string): WantedRegion {
  const loaded = loadedRegion(id);
  if (!loaded) return { state: 'loading' };
  if (loaded.status === 'ok') return { state: 'ok', region: loaded.value };
  if (loaded.status === 'unavailable' && loaded.missing) return { state: 'missing', id };
  const reason =
    loaded.status === 'unavailable'
      ? loaded.reason
      : loaded.issues
          .slice(0, 3)
          .map((i) => `${i.path}: ${i.message}`)
          .join('; ');
  return { state: 'failed', id, reason };
}
