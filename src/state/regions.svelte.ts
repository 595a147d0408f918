/** Holds the region index and the regions loaded so far. */
import { forgetIndex, forgetRegion, loadIndex, loadRegion, type Loaded } from '../data/load';
import type { RegionIndex } from '../data/regionIndex';
import type { Region } from '../model/types';

class RegionStore {
  index = $state.raw<Loaded<RegionIndex> | undefined>(undefined);
  regions = $state.raw<ReadonlyMap<string, Loaded<Region>>>(new Map());
  private pending = new Set<string>();

  async loadIndex(): Promise<void> {
    if (this.index !== undefined) forgetIndex();
    this.index = undefined;
    this.index = await loadIndex();
  }

  /** Starts loading a region (once); the result appears in `regions`. */
  ensure(regionId: string): void {
    if (this.regions.has(regionId) || this.pending.has(regionId)) return;
    const index = this.index;
    if (index?.status !== 'ok') return;
    const entry = index.value.regions.find((r) => r.id === regionId);
    if (!entry) return;
    this.pending.add(regionId);
    void loadRegion(entry.file, entry.hash).then((loaded) => {
      this.pending.delete(regionId);
      this.regions = new Map([...this.regions, [regionId, loaded]]);
    });
  }

  retry(regionId: string): void {
    forgetRegion(`${regionId}.json`);
    const next = new Map(this.regions);
    next.delete(regionId);
    this.regions = next;
    this.ensure(regionId);
  }
}

export const store = new RegionStore();
