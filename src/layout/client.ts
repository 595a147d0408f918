/**
 * Where the browser gets a layout: the precomputed file for the region when its hash matches the
 * data, else the ELK worker (created on first need, so ELK's code is only fetched then).
 */
import type { Region, UnitType } from '../model/types';
import { fetchOnce } from '../data/fetchOnce';
import { unitHash } from './chartModel';
import type { UnitLayouts } from './regionLayouts';
import { DATA } from '../data/publish';
import { IMPORT_PREFIX } from '../routes';
import { LAYOUT_VERSION, type ChartLayout, type LayoutMode } from './types';
import { LayoutAssembler, type WorkerRequest, type WorkerResponse } from './workerProtocol';

/** The layout worker's code could not be loaded (offline, or a deploy replaced the file). */
export class LayoutWorkerUnavailable extends Error {
  constructor() {
    super('layout worker could not be loaded');
    this.name = 'LayoutWorkerUnavailable';
  }
}

export class LayoutCancelled extends Error {
  constructor() {
    super('layout cancelled');
    this.name = 'LayoutCancelled';
  }
}

/** The ELK worker: one at a time, cancellable (terminate drops every pending job). */
export class ElkWorkerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private pending = new Map<
    number,
    { resolve: (l: ChartLayout) => void; reject: (e: Error) => void; parts: LayoutAssembler }
  >();

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./elk.worker.ts', import.meta.url), {
      type: 'module',
      name: 'elk-layout',
    });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const job = this.pending.get(event.data.id);
      if (!job) return;
      if (!event.data.ok) {
        this.pending.delete(event.data.id);
        job.reject(new Error(event.data.message));
        return;
      }
      const layout = job.parts.add(event.data);
      if (!layout) return;
      this.pending.delete(event.data.id);
      job.resolve(layout);
    };
    // A script that cannot be fetched fires a plain event, an error inside the worker an ErrorEvent.
    worker.onerror = (event) => {
      const error = event.message ? new Error(event.message) : new LayoutWorkerUnavailable();
      for (const job of this.pending.values()) job.reject(error);
      this.pending.clear();
      this.worker?.terminate();
      this.worker = undefined;
    };
    this.worker = worker;
    return worker;
  }

  layout(unit: UnitType, mode: LayoutMode): Promise<ChartLayout> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, parts: new LayoutAssembler() });
      // JSON text: plain data (state proxies cannot be cloned), serialised once.
      const request: WorkerRequest = { id, unit: JSON.stringify(unit), mode };
      this.ensure().postMessage(request);
    });
  }

  cancel(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const job of this.pending.values()) job.reject(new LayoutCancelled());
    this.pending.clear();
  }
}

/** Precomputed layouts by `region/unit`: seeded from a page's data, or fetched on first need. */
const precomputed = new Map<string, UnitLayouts>();
const pending = new Map<string, Promise<UnitLayouts | undefined>>();
const key = (regionId: string, unitId: string) => `${regionId}/${unitId}`;

/** Puts layouts that came with a page into the cache, so the chart draws without waiting. */
export function seedLayouts(regionId: string, unitId: string, layouts: UnitLayouts): void {
  precomputed.set(key(regionId, unitId), layouts);
}

/** Forgets every layout at hand (the build, between regions, so its memory stays flat). */
export function forgetLayouts(): void {
  precomputed.clear();
  pending.clear();
}

/** A precomputed layout already at hand whose hash matches the data, or undefined. */
export function precomputedLayout(
  regionId: string,
  unit: UnitType,
  mode: LayoutMode,
): ChartLayout | undefined {
  const layout = precomputed.get(key(regionId, unit.id))?.[mode];
  return layout && layout.version === LAYOUT_VERSION && layout.hash === unitHash(unit) ? layout : undefined;
}

function loadPrecomputed(regionId: string, unitId: string): Promise<UnitLayouts | undefined> {
  const k = key(regionId, unitId);
  const have = precomputed.get(k);
  if (have) return Promise.resolve(have);
  let hit = pending.get(k);
  if (!hit) {
    hit = fetchOnce(DATA.layouts(regionId, unitId)).then((got) => {
      if (!got.ok) return undefined;
      try {
        const layouts = JSON.parse(got.text) as UnitLayouts;
        precomputed.set(k, layouts);
        return layouts;
      } catch {
        return undefined;
      }
    });
    pending.set(k, hit);
  }
  return hit;
}

export const elkWorker = new ElkWorkerClient();

export interface LayoutSource {
  layout: ChartLayout;
  from: 'precomputed' | 'worker';
}

export async function getLayout(
  region: Region,
  unit: UnitType,
  mode: LayoutMode,
  usePrecomputed = true,
): Promise<LayoutSource> {
  if (usePrecomputed && !region.id.startsWith(IMPORT_PREFIX)) {
    await loadPrecomputed(region.id, unit.id);
    const layout = precomputedLayout(region.id, unit, mode);
    if (layout) return { layout, from: 'precomputed' };
  }
  return { layout: await elkWorker.layout(unit, mode), from: 'worker' };
}
