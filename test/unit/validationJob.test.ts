/**
 * F18 / F4: a validation job always ends — with the worker's answer, or as cancelled, timed out
 * or failed when the worker cannot load — and terminates its worker.
 */
import { describe, expect, it } from 'vitest';
import { startValidation } from '../../src/data/validationJob';
import type { ImportRequest, ImportResponse } from '../../src/data/importProtocol';

/** A stand-in Worker: records what it is sent; the test decides what it answers. */
class FakeWorker {
  onmessage: ((e: MessageEvent<ImportResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  sent: ImportRequest[] = [];
  terminated = false;
  postMessage(request: ImportRequest) {
    this.sent.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer(response: ImportResponse) {
    this.onmessage?.({ data: response } as MessageEvent<ImportResponse>);
  }
}

function job(options: { timeoutMs?: number } = {}) {
  const worker = new FakeWorker();
  const phases: string[] = [];
  const started = startValidation({ text: '{}' }, 'a.json', {
    ...options,
    onPhase: (p) => phases.push(p),
    createWorker: () => worker as unknown as Worker,
  });
  return { worker, phases, started };
}

describe('validation job', () => {
  it('passes progress on and ends with the answer, then terminates its worker', async () => {
    const { worker, phases, started } = job();
    const id = worker.sent[0]!.id;
    worker.answer({ id, kind: 'progress', phase: 'schema' });
    worker.answer({ id: id + 1000, kind: 'done', ok: false, issues: [], total: 0 }); // not ours
    worker.answer({
      id,
      kind: 'done',
      ok: false,
      issues: [{ file: 'a.json', path: '$', message: 'x' }],
      total: 1,
    });
    expect(await started.done).toMatchObject({ ok: false, total: 1 });
    expect(phases).toEqual(['schema']);
    expect(worker.terminated).toBe(true);
  });

  it('F18: a worker that fails to load ends the job as failed', async () => {
    const { worker, started } = job();
    worker.onerror?.({ message: '', preventDefault() {} } as unknown as ErrorEvent);
    expect(await started.done).toEqual({ ok: false, failure: 'worker' });
    expect(worker.terminated).toBe(true);
  });

  it('a file the worker cannot read ends the job as unreadable, with the reason', async () => {
    const { worker, started } = job();
    worker.answer({ id: worker.sent[0]!.id, kind: 'unreadable', detail: 'NotFoundError' });
    expect(await started.done).toEqual({ ok: false, failure: 'read', detail: 'NotFoundError' });
    expect(worker.terminated).toBe(true);
  });

  it('a worker that never answers is stopped at the timeout', async () => {
    const { worker, started } = job({ timeoutMs: 20 });
    expect(await started.done).toEqual({ ok: false, failure: 'timeout' });
    expect(worker.terminated).toBe(true);
  });

  it('F4: cancel ends the job at once; a late answer changes nothing', async () => {
    const { worker, started } = job();
    started.cancel();
    worker.answer({ id: worker.sent[0]!.id, kind: 'done', ok: false, issues: [], total: 0 });
    expect(await started.done).toEqual({ ok: false, failure: 'cancelled' });
    expect(worker.terminated).toBe(true);
  });
});
