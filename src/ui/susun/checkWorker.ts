/**
 * The check worker of a Susun session: started on first use, given the regulation text, then
 * each draft to check soon after the forms stop changing; its answers (only the latest check's)
 * are written to the session, and a worker that does not load is said as such.
 */
import { snapshot } from '../../authoring/snapshot';
import type { Draft, DraftRegion } from '../../authoring/draft';
import type { CheckRequest, CheckResponse } from '../../authoring/checkProtocol';
import type { DataIssue } from '../../data/issues';

/** What the checker reads of its session (the text, the draft) and writes back (the results). */
interface Checked {
  readonly source: string;
  readonly draft: Draft | undefined;
  issues: DataIssue[];
  checkedAt: number;
  checkMs: number;
  checkFailed: boolean;
}

export class CheckWorker {
  private worker: Worker | undefined;
  private checkId = 0;
  private checkTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly session: Checked) {}

  post(message: CheckRequest): void {
    if (typeof Worker === 'undefined') return;
    if (!this.worker) {
      this.worker = new Worker(new URL('../../authoring/check.worker.ts', import.meta.url), {
        type: 'module',
        name: 'periksa-susun',
      });
      this.worker.onmessage = (event: MessageEvent<CheckResponse>) => {
        if (event.data.id !== this.checkId) return;
        this.session.issues = event.data.issues;
        this.session.checkMs = event.data.ms;
        this.session.checkedAt = Date.now();
      };
      // Its script could not be fetched (or it failed): say so rather than show stale checks.
      this.worker.onerror = () => {
        this.worker?.terminate();
        this.worker = undefined;
        this.session.checkFailed = true;
      };
      this.worker.postMessage({ type: 'source', text: this.session.source } satisfies CheckRequest);
    }
    if (message.type === 'source' && this.worker) this.worker.postMessage(message);
    else this.worker?.postMessage(message);
  }

  /** After the worker failed: a new one, given the text, then the draft. */
  retry(): void {
    this.session.checkFailed = false;
    this.post({ type: 'source', text: this.session.source });
    this.schedule(0);
  }

  schedule(delay: number): void {
    if (this.checkTimer) clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => {
      const draft = this.session.draft;
      if (!draft) return;
      const id = ++this.checkId;
      this.post({ type: 'check', id, region: snapshot(draft.region) as DraftRegion });
    }, delay);
  }

  dispose(): void {
    if (this.checkTimer) clearTimeout(this.checkTimer);
    this.worker?.terminate();
    this.worker = undefined;
  }
}
