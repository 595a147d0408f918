import type { DataIssue } from '../data/issues';
import type { DraftRegion } from './draft';

/** Messages to the draft-check worker: the source text once per change, then drafts to check. */
export type CheckRequest =
  { type: 'source'; text: string | undefined } | { type: 'check'; id: number; region: DraftRegion };

export interface CheckResponse {
  id: number;
  issues: DataIssue[];
  /** Milliseconds the check took in the worker. */
  ms: number;
}
