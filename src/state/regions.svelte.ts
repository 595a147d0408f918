/**
 * The region files loaded so far, for the views that open whole regions on demand (Posisi saya,
 * compare, presentation), and the province lists their pickers opened. A region arrives without
 * copying the others (a reactive map, set in place): loading k regions costs k, not k².
 */
import { SvelteMap } from 'svelte/reactivity';
import type { Loaded } from '../data/load';
import { loadProvince, loadRegion } from '../data/load';
import type { ProvinceRegions } from '../data/provinces';
import type { Region } from '../model/types';

type Loader<T> = (id: string) => Promise<Loaded<T>>;

/** Loads each id once; the results appear in `loaded`. */
class OnDemand<T> {
  loaded = new SvelteMap<string, Loaded<T>>();
  private pending = new Set<string>();
  constructor(private readonly load: Loader<T>) {}

  seed(id: string, value: T): void {
    if (this.loaded.get(id)?.status !== 'ok') this.loaded.set(id, { status: 'ok', value });
  }

  ensure(id: string): void {
    if (this.loaded.has(id) || this.pending.has(id)) return;
    this.pending.add(id);
    void this.load(id).then((got) => {
      this.pending.delete(id);
      this.loaded.set(id, got);
    });
  }

  retry(id: string): void {
    this.loaded.delete(id);
    this.pending.delete(id);
    this.ensure(id);
  }

  clear(): void {
    this.loaded.clear();
    this.pending.clear();
  }
}

class RegionStore {
  private readonly files = new OnDemand<Region>(loadRegion);
  private readonly byProvince = new OnDemand<ProvinceRegions>(loadProvince);
  /** Region id -> the region file, as loaded (or why not). */
  readonly regions = this.files.loaded;
  /** Province slug -> the regions of that province. */
  readonly provinces = this.byProvince.loaded;

  /** A region a page brought with it. */
  seed(region: Region): void {
    this.files.seed(region.id, region);
  }
  seedProvince(province: ProvinceRegions): void {
    this.byProvince.seed(province.slug, province);
  }

  /** Starts loading a region (once); the result appears in `regions`. */
  ensure(regionId: string): void {
    this.files.ensure(regionId);
  }
  retry(regionId: string): void {
    this.files.retry(regionId);
  }
  /** Starts loading a province's region list (once); the result appears in `provinces`. */
  ensureProvince(slug: string): void {
    this.byProvince.ensure(slug);
  }

  /** Drops everything loaded (the build does so between regions, keeping its memory flat). */
  clear(): void {
    this.files.clear();
    this.byProvince.clear();
  }
}

export const store = new RegionStore();
