/**
 * A worker thread of the build: loads the server renderer once, then builds the regions the main
 * thread hands it, one at a time (scripts/build-region.ts), answering with each region's pages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { pageWriter } from './prerender';
import { buildRegion, type RegionBuilt } from './build-region';
import { readSources } from './sources';

export interface WorkerSetup {
  dist: string;
  ssr: string;
  /** The page templates, as read before any page was written (the home page replaces index.html). */
  templates: { app: string; embed: string };
}
export type ToWorker = { path: string } | { end: true };
export type FromWorker = { ready: true } | ({ path: string } & RegionBuilt) | { path: string; error: string };

const port = parentPort;
if (!port) throw new Error('build-worker.ts runs only as a worker thread');
const setup = workerData as WorkerSetup;
const ssr = (await import(pathToFileURL(setup.ssr).href)) as typeof import('../src/ssr');
const pages = pageWriter(setup.dist, ssr, setup.templates);
const sources = readSources();
const send = (message: FromWorker) => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  if ('end' in message) {
    port.close();
    return;
  }
  buildRegion(pages, message.path, sources).then(
    (built) => send({ path: message.path, ...built }),
    (error: unknown) =>
      send({
        path: message.path,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
send({ ready: true });
