/**
 * The build's worker threads (scripts/build-worker.ts): how many run at once, and the pool that
 * hands them region files one at a time and hears their answers in the order of the files.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FromWorker, ToWorker, WorkerSetup } from './build-worker';

/** How many worker threads for `jobs` region files: the cores available, or BUILD_WORKERS. */
export function workerCount(jobs: number): number {
  return Math.max(1, Math.min(jobs, Number(process.env['BUILD_WORKERS']) || availableParallelism()));
}

/**
 * Hands region files to `count` worker threads (scripts/build-worker.ts), the next file to each
 * worker as it finishes one. `done` hears of each file in the order of `files`, whichever worker
 * answered first (a result that arrives early waits for those before it).
 */
export function runPool<T>(
  files: readonly string[],
  setup: WorkerSetup,
  count: number,
  done: (path: string, result: T) => void,
): Promise<void> {
  if (files.length === 0) return Promise.resolve();
  const early = new Map<number, T>();
  const position = new Map(files.map((f, i) => [f, i]));
  let next = 0;
  let answered = 0;
  return new Promise((resolve, reject) => {
    let running = count;
    const failed = (why: unknown) => {
      for (const w of pool) void w.terminate();
      reject(why instanceof Error ? why : new Error(String(why)));
    };
    const pool = Array.from({ length: count }, () => {
      const worker = new Worker(new URL('./build-worker.mjs', import.meta.url), { workerData: setup });
      const hand = () => {
        const path = files[next++];
        worker.postMessage((path === undefined ? { end: true } : { path }) satisfies ToWorker);
      };
      worker.on('message', (message: FromWorker | { ready: true }) => {
        if ('error' in message) return failed(new Error(`${message.path}: ${message.error}`));
        if ('path' in message) {
          early.set(position.get(message.path)!, message.result as T);
          for (let at = answered; early.has(at); at = answered) {
            done(files[at]!, early.get(at)!);
            early.delete(at);
            answered++;
          }
        }
        hand();
      });
      worker.on('error', failed);
      worker.on('exit', () => {
        if (--running > 0) return;
        if (answered < files.length)
          return failed(new Error('a build worker stopped before its files were done'));
        resolve();
      });
      return worker;
    });
  });
}
