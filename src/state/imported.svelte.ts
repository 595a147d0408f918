/**
 * Regions a reader imported from a file: validated in a worker, shown in every view, kept in this
 * browser's storage only if asked, never uploaded. Their ids get the prefix `impor-` so they never
 * shadow a bundled region (a bundled region's own file can be imported to compare).
 */
import type { ImportRequest, ImportResponse, LocatedIssue } from '../data/importProtocol';
import type { RegionData } from '../data/schema';
import { validateRegion } from '../data/validate';

export const IMPORT_PREFIX = 'impor-';
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const STORAGE_KEY = 'bagan.impor';

export type ImportOutcome =
  { ok: true; region: RegionData } | { ok: false; issues: LocatedIssue[]; total: number };

class ImportedStore {
  regions = $state.raw<RegionData[]>(loadSaved());
  busy = $state(false);
  private worker: Worker | undefined;
  private nextId = 1;

  async importText(text: string, fileName: string): Promise<ImportOutcome> {
    this.busy = true;
    try {
      const response = await this.validate(text, fileName);
      if (!response.ok) return { ok: false, issues: response.issues, total: response.total };
      const region = {
        ...response.region,
        id: `${IMPORT_PREFIX}${response.region.id.replace(/^impor-/, '')}`,
      };
      this.regions = [...this.regions.filter((r) => r.id !== region.id), region];
      return { ok: true, region };
    } finally {
      this.busy = false;
    }
  }

  private validate(text: string, fileName: string): Promise<ImportResponse> {
    if (!this.worker)
      this.worker = new Worker(new URL('../data/validate.worker.ts', import.meta.url), {
        type: 'module',
        name: 'validasi',
      });
    const worker = this.worker;
    const id = this.nextId++;
    return new Promise((resolve) => {
      const onmessage = (event: MessageEvent<ImportResponse>) => {
        if (event.data.id !== id) return;
        worker.removeEventListener('message', onmessage);
        resolve(event.data);
      };
      worker.addEventListener('message', onmessage);
      const request: ImportRequest = { id, text, fileName: `import:${fileName}`, maxChars: MAX_IMPORT_BYTES };
      worker.postMessage(request);
    });
  }

  get(id: string): RegionData | undefined {
    return this.regions.find((r) => r.id === id);
  }

  remove(id: string): void {
    this.regions = this.regions.filter((r) => r.id !== id);
    this.save();
  }

  isSaved(id: string): boolean {
    return readSaved().some((r) => r.id === id);
  }

  /** Keeps an imported region in this browser (localStorage); false when storage is refused or full. */
  keep(id: string): boolean {
    const region = this.get(id);
    if (!region) return false;
    try {
      const saved = readSaved().filter((r) => r.id !== id);
      localStorage.setItem(STORAGE_KEY, JSON.stringify([...saved, region]));
      return true;
    } catch {
      return false;
    }
  }

  private save(): void {
    try {
      const keep = new Set(readSaved().map((r) => r.id));
      localStorage.setItem(STORAGE_KEY, JSON.stringify(this.regions.filter((r) => keep.has(r.id))));
    } catch {
      // storage refused (sandboxed iframe, private mode): nothing was kept anyway
    }
  }
}

function readSaved(): RegionData[] {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (!raw) return [];
    const list = JSON.parse(raw) as unknown[];
    // Stored data is checked again: storage can be edited by hand.
    return list.flatMap((r) => {
      const result = validateRegion(r, 'import:storage');
      return result.ok ? [result.region] : [];
    });
  } catch {
    return [];
  }
}

function loadSaved(): RegionData[] {
  return readSaved();
}

export const imported = new ImportedStore();
