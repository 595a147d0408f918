/**
 * Offline reading in the browser: registers the service worker the build wrote (scripts/offline.ts)
 * through workbox-window, says when a new version waits, and keeps a whole region for a training
 * room ("Simpan untuk luring": the files its data/<region>/luring.json lists, in the cache the
 * worker reads pages and data from).
 *
 * Never registered in the dev server, inside a frame (an embed, a sandboxed iframe) or where the
 * browser has no service workers; workbox-window is loaded only then, after the page is drawn.
 */
import { DATA, type OfflineList } from '../data/publish';

/** The worker's cache for pages and data (the same name as scripts/offline.ts OFFLINE_CACHE). */
const CACHE = 'bagan-luring';
/** Files fetched at once while a region is saved. */
const PARALLEL = 4;

export type RegionKeep =
  | { state: 'unknown' }
  | { state: 'none' }
  | { state: 'saving'; done: number; total: number }
  | { state: 'saved'; files: number }
  | { state: 'failed'; reason: string };

interface WorkboxLike {
  messageSkipWaiting(): void;
  addEventListener(type: 'controlling', listener: () => void): void;
}

class Offline {
  /** Whether this page can keep regions (a service worker controls it, or will). */
  available = $state(false);
  /** A new version is installed and waits for the reader's "Muat ulang". */
  updateReady = $state(false);
  private keeps = $state<Record<string, RegionKeep>>({});
  private wb: WorkboxLike | undefined;

  /** Registers the worker once the page is drawn (called from main.ts). */
  async start(): Promise<void> {
    // What was decided, on <html data-offline> (the browser tests read it).
    const decided = (why: string) => (document.documentElement.dataset['offline'] = why);
    if (import.meta.env.DEV) return void decided('dev');
    if (!('serviceWorker' in navigator) || typeof caches === 'undefined') return void decided('unsupported');
    let framed: boolean;
    try {
      framed = window.top !== window;
    } catch {
      framed = true; // a cross-origin frame
    }
    if (framed) return void decided('framed');
    const { Workbox } = await import('workbox-window');
    const wb = new Workbox(new URL('sw.js', document.baseURI).href, {
      scope: new URL('./', document.baseURI).pathname,
    });
    wb.addEventListener('waiting', () => (this.updateReady = true));
    this.wb = wb;
    try {
      await wb.register();
      this.available = true;
      decided('registered');
    } catch {
      decided('failed');
    }
  }

  /** Moves to the waiting version: the worker takes over, then the page reloads once. */
  applyUpdate(): void {
    const wb = this.wb;
    if (!wb) return;
    wb.addEventListener('controlling', () => location.reload());
    wb.messageSkipWaiting();
  }

  keepOf(region: string): RegionKeep {
    return Object.hasOwn(this.keeps, region) ? this.keeps[region]! : { state: 'unknown' };
  }

  /** Whether the region was kept whole before (its list is the last file saved). */
  async check(region: string): Promise<void> {
    if (typeof caches === 'undefined') return;
    const cache = await caches.open(CACHE);
    const list = await cache.match(this.url(DATA.offline(region)));
    if (!list) {
      this.keeps[region] = { state: 'none' };
      return;
    }
    const { files } = (await list.json()) as OfflineList;
    this.keeps[region] = { state: 'saved', files: files.length };
  }

  /** Keeps every page and file of a region, its list last (so a half-kept region is not "saved"). */
  async save(region: string): Promise<void> {
    try {
      const response = await fetch(this.url(DATA.offline(region)), { cache: 'no-cache' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const list = (await response.json()) as OfflineList;
      const files = list.files.filter((f) => f !== DATA.offline(region));
      const cache = await caches.open(CACHE);
      let done = 0;
      this.keeps[region] = { state: 'saving', done, total: files.length };
      const queue = [...files];
      const worker = async () => {
        for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
          await cache.add(this.url(file));
          this.keeps[region] = { state: 'saving', done: ++done, total: files.length };
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      await cache.put(
        this.url(DATA.offline(region)),
        new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json' } }),
      );
      this.keeps[region] = { state: 'saved', files: files.length };
    } catch (error) {
      this.keeps[region] = {
        state: 'failed',
        reason: error instanceof Error ? error.message : String(error),
      };
    }
  }

  /** Forgets a kept region (pages opened later are kept again as they are read). */
  async remove(region: string): Promise<void> {
    const cache = await caches.open(CACHE);
    const list = await cache.match(this.url(DATA.offline(region)));
    if (list) {
      const { files } = (await list.json()) as OfflineList;
      await Promise.all(files.map((f) => cache.delete(this.url(f), { ignoreSearch: true })));
    }
    this.keeps[region] = { state: 'none' };
  }

  private url(path: string): string {
    return new URL(path, document.baseURI).href;
  }
}

export const offline = new Offline();
