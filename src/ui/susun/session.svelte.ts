/**
 * The Susun page's state: the open draft (forms bind into it), its source text with the
 * recognised structure, the line range selected in the text, the check results from the worker,
 * and autosave to IndexedDB. Browser APIs are reached only from methods the page calls in
 * effects and handlers (server-render safe).
 */
import { snapshot } from '../../authoring/snapshot';
import { splitLines } from '../../authoring/lines';
import { parseLines, type Structure } from '../../authoring/structure';
import { proposeLocator } from '../../authoring/locator';
import { proposeQuote } from '../../authoring/quote';
import {
  emptyRegion,
  fromRegionStructure,
  type Citation,
  type Draft,
  type DraftRegion,
} from '../../authoring/draft';
import type { DataIssue } from '../../data/issues';
import type { RegionData } from '../../data/schema';
import type { DraftSummary } from '../../authoring/storage';
import { CheckWorker } from './checkWorker';

export interface LineSelection {
  from: number;
  to: number;
  /** The words selected with the mouse, when a part of the lines was selected. */
  text?: string;
}

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

const newKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export class SusunSession {
  drafts = $state.raw<DraftSummary[]>([]);
  draft = $state<Draft | undefined>(undefined);
  source = $state.raw('');
  lines = $derived(splitLines(this.source));
  structure: Structure = $derived(parseLines(this.lines));
  selection = $state.raw<LineSelection | undefined>(undefined);
  issues = $state.raw<DataIssue[]>([]);
  checkedAt = $state(0);
  checkMs = $state(0);
  /** The check worker did not load (or died): nothing is checked until "Coba lagi". */
  checkFailed = $state(false);
  save = $state<SaveState>('idle');
  /** Set when storage is refused (private mode): work stays on the page only. */
  storageError = $state<string | undefined>(undefined);

  private readonly checker = new CheckWorker(this);
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private lastSaved = '';
  private sourceSavedFor = '';

  get region(): DraftRegion | undefined {
    return this.draft?.region;
  }

  /** The citation of the selected lines: file, lines, a quote that stands there, the proposed locator. */
  citeSelection(): Citation | undefined {
    const s = this.selection;
    const region = this.region;
    if (!s || !region) return undefined;
    return {
      file: region.source,
      locator: proposeLocator(this.structure, s.from, s.to) || 'Judul',
      lines: [s.from, s.to],
      quote: proposeQuote(this.lines, s.from, s.to, s.text),
    };
  }

  // ---- drafts and storage -------------------------------------------------------------

  async refreshList(): Promise<void> {
    try {
      const { listDrafts } = await import('../../authoring/storage');
      this.drafts = await listDrafts();
    } catch (error) {
      this.storageError = error instanceof Error ? error.message : String(error);
    }
  }

  async open(key: string): Promise<boolean> {
    const { loadDraft, loadSource } = await import('../../authoring/storage');
    const draft = await loadDraft(key);
    if (!draft) return false;
    const source = (await loadSource(key)) ?? '';
    this.use(draft, source);
    return true;
  }

  /** A new draft, empty or with a bundled region's structure to re-cite. */
  create(title: string, source = '', from?: RegionData): void {
    const sourceFile = 'peraturan.txt';
    const region = from ? fromRegionStructure(from, sourceFile) : emptyRegion(sourceFile);
    this.use({ key: newKey(), title, updated: Date.now(), region }, source);
    this.lastSaved = '';
    this.scheduleSave(0);
  }

  /** A draft from a region file (and its text) opened again to continue. */
  continueFrom(region: DraftRegion, source: string, title: string): void {
    this.use({ key: newKey(), title, updated: Date.now(), region }, source);
    this.lastSaved = '';
    this.scheduleSave(0);
  }

  async remove(key: string): Promise<void> {
    const { deleteDraft } = await import('../../authoring/storage');
    await deleteDraft(key);
    if (this.draft?.key === key) this.draft = undefined;
    await this.refreshList();
  }

  private use(draft: Draft, source: string): void {
    this.draft = draft;
    this.selection = undefined;
    this.issues = [];
    this.setSource(source, false);
    this.lastSaved = JSON.stringify(draft);
    this.sourceSavedFor = `${draft.key}:${source.length}:${source.slice(0, 64)}`;
  }

  setSource(text: string, save = true): void {
    this.source = text;
    this.selection = undefined;
    this.checker.post({ type: 'source', text });
    if (save) this.scheduleSave(0);
    this.checker.schedule(0);
  }

  /** Autosave and check soon after the forms stop changing. */
  changed(): void {
    if (this.save !== 'saving') this.save = 'pending';
    this.scheduleSave(700);
    this.checker.schedule(350);
  }

  private scheduleSave(delay: number): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveNow(), delay);
  }

  async saveNow(): Promise<void> {
    const draft = this.draft;
    if (!draft) return;
    const copy = snapshot(draft);
    copy.title = copy.region.name || copy.title;
    const text = JSON.stringify({ ...copy, updated: 0 });
    const sourceKey = `${draft.key}:${this.source.length}:${this.source.slice(0, 64)}`;
    if (text === this.lastSaved && sourceKey === this.sourceSavedFor) {
      this.save = 'saved';
      return;
    }
    this.save = 'saving';
    try {
      const { saveDraft, saveSource } = await import('../../authoring/storage');
      if (sourceKey !== this.sourceSavedFor) {
        await saveSource(draft.key, this.source);
        this.sourceSavedFor = sourceKey;
      }
      if (text !== this.lastSaved) {
        await saveDraft({ ...copy, updated: Date.now() });
        this.lastSaved = text;
      }
      this.save = 'saved';
      this.storageError = undefined;
      void this.refreshList();
    } catch (error) {
      this.save = 'error';
      this.storageError = error instanceof Error ? error.message : String(error);
    }
  }

  /** After the check worker failed: a new one, given the text, then the draft. */
  retryCheck(): void {
    this.checker.retry();
  }

  dispose(): void {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      void this.saveNow();
    }
    this.checker.dispose();
  }
}

export { fieldId, focusField, parsePath } from './fields';
