/**
 * The region files loaded so far, for the views that open whole regions on demand (Posisi saya,
 * compare, presentation). A region arrives without copying the others (a reactive map).
 */
import { SvelteMap } from 'svelte/reactivity';
import type { Loaded } from '../data/load';
import { loadRegion, loadRegionIndex } from '../data/load';
import type { RegionIndex } from '../data/regionIndex';
import type { Region } from '../model/types';

class RegionStore {
  regions = new SvelteMap<string, Loaded<Region>>();
  /** The region list, for the few views that need every region (loaded only when asked for). */
  index = $state.raw<Loaded<RegionIndex> | undefined>(undefined);

  async loadIndex(): Promise<void> {
    if (this.index?.status === 'ok') return;
    this.index = await loadRegionIndex();
  }
  private pending = new Set<string>();

  /** A region a page brought with it. */
  seed(region: Region): void {
    if (this.regions.get(region.id)?.status !== 'ok')
      this.regions.set(region.id, { status: 'ok', value: region });
  }

  /** Starts loading a region (once); the result appears in `regions`. */
  ensure(regionId: string): void {
    if (this.regions.has(regionId) || this.pending.has(regionId)) return;
    this.pending.add(regionId);
    void loadRegion(regionId).then((loaded) => {
      this.pending.delete(regionId);
      this.regions.set(regionId, loaded);
    });
  }

  retry(regionId: string): void {
    this.regions.delete(regionId);
    this.pending.delete(regionId);
    this.ensure(regionId);
  }

  /** Drops every loaded region (the build does so between regions, keeping its memory flat). */
  clear(): void {
    this.regions.clear();
    this.pending.clear();
  }
}

export const store = new RegionStore();
