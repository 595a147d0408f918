/**
 * Where the browser gets a layout: the precomputed file for the region when its hash matches the
 * data, else the ELK worker (created on first need, so ELK's code is only fetched then).
 */
import type { Region, UnitType } from '../model/types';
import { fetchOnce } from '../data/fetchOnce';
import { unitHash } from './chartModel';
import type { RegionLayouts } from './regionLayouts';
import { LAYOUT_VERSION, type ChartLayout, type LayoutMode } from './types';
import { LayoutAssembler, type WorkerRequest, type WorkerResponse } from './workerProtocol';

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
    worker.onerror = (event) => {
      const error = new Error(event.message || 'layout worker failed');
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

const precomputed = new Map<string, Promise<RegionLayouts | undefined>>();

export function loadPrecomputed(
  regionId: string,
  base = './data/layouts/',
): Promise<RegionLayouts | undefined> {
  let hit = precomputed.get(regionId);
  if (!hit) {
    hit = fetchOnce(`${base}${regionId}.json`).then((got) => {
      if (!got.ok) return undefined;
      try {
        const layouts = JSON.parse(got.text) as RegionLayouts;
        return layouts.version === LAYOUT_VERSION ? layouts : undefined;
      } catch {
        return undefined;
      }
    });
    precomputed.set(regionId, hit);
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
  if (usePrecomputed) {
    const layouts = await loadPrecomputed(region.id);
    const layout = layouts?.units[unit.id]?.[mode];
    if (layout && layout.hash === unitHash(unit)) return { layout, from: 'precomputed' };
  }
  return { layout: await elkWorker.layout(unit, mode), from: 'worker' };
}
