/// <reference lib="webworker" />
/**
 * Lays out unit types that were not precomputed (imported data, edited files) off the main
 * thread. The whole pipeline runs here: unit type -> ELK graph -> layout -> ChartLayout.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutUnit } from './layoutUnit';
import type { WorkerRequest, WorkerResponse } from './workerProtocol';

const elk = new ELK();

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, unit, mode } = event.data;
  let response: WorkerResponse;
  try {
    response = { id, ok: true, layout: await layoutUnit(elk, unit, mode) };
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(response);
};
