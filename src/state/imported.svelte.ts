/**
 * Regions a reader imported from a file: validated in a worker, shown in every view, kept in this
 * browser's storage only if asked, never uploaded. Their ids get the prefix `impor-` so they never
 * shadow a bundled region (a bundled region's own file can be imported to compare).
 *
 * What is on screen and what is kept are separate: an import lives for this visit until the
 * reader keeps it, and keeping writes that one region's text; nothing else is ever written over
 * what was kept (see keptRegions.ts). Nothing touches storage until `load()` (server rendering).
 */
import type { ValidationPhase } from '../data/importProtocol';
import type { DataIssue } from '../data/issues';
import type { Loaded } from '../data/load';
import type { RegionData } from '../data/schema';
import { IMPORT_PREFIX } from '../data/importProtocol';
import { startValidation, type JobFailure, type ValidationJob } from '../data/validationJob';
import { keepEntry, readShelf, removeEntry, removeUnreadableEntry, type KeptEntry } from './keptRegions';
import {
  keptText,
  storage,
  type ImportedEntry,
  type ImportOutcome,
  type StoreOutcome,
  type Unreadable,
} from './importedEntries';

export { IMPORT_PREFIX } from '../data/importProtocol';
export { MAX_IMPORT_BYTES, type ImportOutcome, type StoreOutcome, type Unreadable } from './importedEntries';

class ImportedStore {
  entries = $state.raw<ImportedEntry[]>([]);
  regions = $derived(this.entries.map((e) => e.region));
  /** Kept regions not yet checked again since this page loaded. */
  checking = $state.raw<KeptEntry[]>([]);
  unreadable = $state.raw<Unreadable[]>([]);
  /** The check of kept regions could not run (worker failed or timed out): "Coba lagi". */
  checkFailure = $state<JobFailure['failure'] | undefined>(undefined);
  busy = $state(false);
  phase = $state<ValidationPhase | undefined>(undefined);
  /** Whether `load()` has read what was kept: until then no imported id can be said missing. */
  started = $state(false);
  private job: ValidationJob | undefined;
  private loading: Promise<void> | undefined;

  /** Reads what was kept and checks it again; once per page, safe to call from any view. */
  load(): Promise<void> {
    if (this.loading) return this.loading;
    if (typeof window === 'undefined') return Promise.resolve();
    const shelf = readShelf(storage());
    this.unreadable = shelf.unreadable;
    this.checking = shelf.entries;
    this.started = true;
    this.loading = this.checkKept();
    return this.loading;
  }

  /** After a failed check of what was kept: try again. */
  retryLoad(): Promise<void> {
    this.checkFailure = undefined;
    this.loading = this.checkKept();
    return this.loading;
  }

  private async checkKept(): Promise<void> {
    for (const entry of this.checking) {
      const outcome = await startValidation({ text: entry.text }, 'import:storage').done;
      if (!outcome.ok && 'failure' in outcome) {
        this.checkFailure = outcome.failure;
        return;
      }
      this.checking = this.checking.filter((c) => c !== entry);
      if (outcome.ok) {
        // A file imported meanwhile stays on screen; the kept one is still kept.
        const shown = this.entries.find((e) => e.region.id === entry.id);
        if (shown) this.entries = this.entries.map((e) => (e === shown ? { ...e, kept: 'other' } : e));
        else this.entries = [...this.entries, { region: outcome.region, text: entry.text, kept: 'yes' }];
      } else {
        const { id, text, name } = entry;
        const named = name === undefined ? {} : { name };
        this.unreadable = [
          ...this.unreadable,
          { text, id, reason: 'invalid', issues: outcome.issues, ...named },
        ];
      }
    }
  }

  /** Checks a file; a newer file cancels the check of an older one. */
  async importFile(file: File): Promise<ImportOutcome> {
    this.job?.cancel();
    this.busy = true;
    this.phase = undefined;
    // The worker reads the file (here its bytes would be copied in on the page's own thread) and
    // tells whether it is kept as it is (here the kept regions would be parsed on it).
    const job = startValidation({ file, kept: keptText() }, `import:${file.name}`, {
      onPhase: (phase) => {
        if (this.job === job) this.phase = phase;
      },
    });
    this.job = job;
    const outcome = await job.done;
    if (this.job === job) {
      this.job = undefined;
      this.busy = false;
      this.phase = undefined;
    }
    if (!outcome.ok)
      return 'issues' in outcome
        ? { ok: false, issues: outcome.issues, total: outcome.total }
        : { ok: false, failure: outcome.failure, ...(outcome.detail ? { detail: outcome.detail } : {}) };
    const { region, text } = outcome;
    this.entries = [
      ...this.entries.filter((e) => e.region.id !== region.id),
      { region, text, kept: outcome.kept },
    ];
    return { ok: true, region };
  }

  /** Stops the check of the file being imported. */
  cancel(): void {
    this.job?.cancel();
  }

  get(id: string): RegionData | undefined {
    return this.entries.find((e) => e.region.id === id)?.region;
  }

  entry(id: string): ImportedEntry | undefined {
    return this.entries.find((e) => e.region.id === id);
  }

  /**
   * For the views: an imported region, one still being checked or not yet read (undefined), one
   * whose check could not run (unavailable, "Coba lagi" runs it again), or null if unknown.
   */
  loaded(id: string): Loaded<RegionData> | undefined | null {
    const own = this.get(id);
    if (own) return { status: 'ok', value: own };
    if (this.checking.some((c) => c.id === id))
      return this.checkFailure ? { status: 'unavailable', reason: this.checkFailure } : undefined;
    const broken = this.unreadable.find((u) => u.id === id && u.issues);
    if (broken?.issues) return { status: 'invalid', issues: broken.issues };
    if (!this.started && id.startsWith(IMPORT_PREFIX)) return undefined;
    return null;
  }

  /** Ids and names of every imported region a view can link to (checked, being checked, or broken). */
  known(): { id: string; name: string }[] {
    const out = this.entries.map((e) => ({ id: e.region.id, name: e.region.name }));
    const seen = new Set(out.map((e) => e.id));
    for (const c of [...this.checking, ...this.unreadable])
      if (c.id !== undefined && !seen.has(c.id)) {
        seen.add(c.id);
        out.push({ id: c.id, name: c.name ?? c.id });
      }
    return out;
  }

  isSaved(id: string): boolean {
    return this.entry(id)?.kept === 'yes';
  }

  /** Keeps the region on screen in this browser, replacing a kept version of the same id. */
  keep(id: string): StoreOutcome {
    const entry = this.entry(id);
    if (!entry) return { ok: false, reason: 'gone' };
    const outcome = keepEntry(storage(), id, entry.text);
    if (outcome.ok) this.entries = this.entries.map((e) => (e === entry ? { ...e, kept: 'yes' } : e));
    return outcome;
  }

  /** Removes a region from this visit and, if a version of it is kept, from this browser. */
  remove(id: string): StoreOutcome {
    const entry = this.entry(id);
    if (!entry) return { ok: false, reason: 'gone' };
    if (entry.kept !== 'no') {
      const outcome = removeEntry(storage(), id);
      if (!outcome.ok) return outcome;
    }
    this.entries = this.entries.filter((e) => e !== entry);
    return { ok: true };
  }

  /** Removes a kept entry that cannot be read (after the reader could download it). */
  removeUnreadable(item: Unreadable): StoreOutcome {
    const outcome = removeUnreadableEntry(storage(), item.text);
    if (outcome.ok) this.unreadable = this.unreadable.filter((u) => u !== item);
    return outcome;
  }
}

export const imported = new ImportedStore();

/** Imported regions for the page loader: waits for the kept ones to be read and checked. */
export async function importedSource(
  id: string,
): Promise<{ status: 'ok'; value: RegionData } | { status: 'invalid'; issues: DataIssue[] } | undefined> {
  await imported.load();
  const got = imported.loaded(id);
  return got && got.status !== 'unavailable' ? got : undefined;
}
