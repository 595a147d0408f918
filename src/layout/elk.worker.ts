/// <reference lib="webworker" />
/**
 * Lays out unit types that were not precomputed (imported data, edited files) off the main
 * thread. The whole pipeline runs here: unit type -> chart model -> layout -> ChartLayout.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { UnitType } from '../model/types';
import { layoutUnit } from './layoutUnit';
import { layoutMessages, type WorkerRequest } from './workerProtocol';

const elk = new ELK();

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, unit, mode } = event.data;
  const post = (m: unknown) => (self as unknown as Worker).postMessage(m);
  try {
    const layout = await layoutUnit(elk, JSON.parse(unit) as UnitType, mode);
    for (const m of layoutMessages(id, layout)) post(m);
  } catch (error) {
    post({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
