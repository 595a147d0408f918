/**
 * A worker thread of the build, in one of two roles handed to it by the main thread:
 * - `check`: validates region files (quotes against the texts) and reads their search words,
 *   or takes both from the cache when the file and the code are as an earlier build saw them;
 * - `build`: loads the server renderer once and builds regions (scripts/build-region.ts).
 * Either way it takes one region file at a time and answers with what the main thread keeps.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { pageWriter } from './prerender';
import { buildRegion, checkRegion, type RegionBuilt, type RegionChecked } from './build-region';
import { buildCache } from './buildCache';
import { readSources } from './sources';

export type WorkerSetup =
  | { role: 'check'; code: string; cache: string }
  | {
      role: 'build';
      dist: string;
      ssr: string;
      /** The page templates, as read before any page was written (the home page replaces index.html). */
      templates: { app: string; embed: string };
    };
export type ToWorker = { path: string } | { end: true };
export type FromWorker =
  { path: string; result: RegionBuilt | RegionChecked } | { path: string; error: string };

const port = parentPort;
if (!port) throw new Error('build-worker.ts runs only as a worker thread');
const setup = workerData as WorkerSetup;
const sources = readSources();

async function work(): Promise<(path: string) => Promise<RegionBuilt | RegionChecked>> {
  if (setup.role === 'check') {
    const cache = buildCache(setup.cache);
    return (path) => Promise.resolve(checkRegion(path, sources, setup.code, cache));
  }
  const ssr = (await import(pathToFileURL(setup.ssr).href)) as typeof import('../src/ssr');
  const pages = pageWriter(setup.dist, ssr, setup.templates);
  return (path) => buildRegion(pages, path, sources);
}

const run = await work();
port.on('message', (message: ToWorker) => {
  if ('end' in message) {
    port.close();
    return;
  }
  run(message.path).then(
    (result) => port.postMessage({ path: message.path, result } satisfies FromWorker),
    (error: unknown) =>
      port.postMessage({
        path: message.path,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies FromWorker),
  );
});
port.postMessage({ ready: true });
