/**
 * One validation in its own worker: cancellable (the worker is terminated), bounded in time, and
 * never left waiting when the worker cannot load or dies. Each job gets a fresh worker, so a
 * newer file never waits behind an older one and a failed worker leaves nothing behind.
 */
import type { ImportRequest, ImportResponse, ImportResult, ValidationPhase } from './importProtocol';

/** A job that ended without the worker's answer. */
export type JobFailure = {
  ok: false;
  failure: 'cancelled' | 'timeout' | 'worker' | 'read';
  detail?: string;
};
export type JobOutcome = ImportResult | JobFailure;

export interface ValidationJob {
  readonly done: Promise<JobOutcome>;
  cancel(): void;
}

export interface JobOptions {
  onPhase?: (phase: ValidationPhase) => void;
  /** Default 60 s: the largest file the limits allow is checked in a few seconds. */
  timeoutMs?: number;
  /** Makes the worker (tests pass a stand-in). */
  createWorker?: () => Worker;
}

export const VALIDATION_TIMEOUT_MS = 60_000;

const makeWorker = () =>
  new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module', name: 'validasi' });

let nextId = 1;

export function startValidation(
  input: ({ file: Blob } | { bytes: ArrayBuffer } | { text: string }) & { kept?: string | null },
  fileName: string,
  options: JobOptions = {},
): ValidationJob {
  const id = nextId++;
  let finish: (outcome: JobOutcome) => void = () => {};
  const done = new Promise<JobOutcome>((resolve) => (finish = resolve));
  let worker: Worker | undefined;
  let settled = false;
  const end = (outcome: JobOutcome) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    worker?.terminate();
    finish(outcome);
  };
  const timer = setTimeout(
    () => end({ ok: false, failure: 'timeout' }),
    options.timeoutMs ?? VALIDATION_TIMEOUT_MS,
  );
  try {
    worker = (options.createWorker ?? makeWorker)();
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const data = event.data;
      if (data.id !== id) return;
      if (data.kind === 'progress') options.onPhase?.(data.phase);
      else if (data.kind === 'unreadable') end({ ok: false, failure: 'read', detail: data.detail });
      else end(data);
    };
    // A worker script that fails to load or throws at the top fires 'error' on the Worker.
    worker.onerror = (event) => {
      event.preventDefault?.();
      end({ ok: false, failure: 'worker', ...(event.message ? { detail: event.message } : {}) });
    };
    worker.onmessageerror = () => end({ ok: false, failure: 'worker', detail: 'messageerror' });
    const request: ImportRequest = { id, fileName, ...input };
    worker.postMessage(request, 'bytes' in input ? [input.bytes] : []);
  } catch (error) {
    end({ ok: false, failure: 'worker', detail: error instanceof Error ? error.message : String(error) });
  }
  return { done, cancel: () => end({ ok: false, failure: 'cancelled' }) };
}
