import type { DataIssue } from './issues';
import type { RegionData } from './schema';

/**
 * A file to check in the validation worker: its bytes (decoded there, strictly as UTF-8) or, for
 * what was kept in this browser, its text.
 */
export interface ImportRequest {
  id: number;
  bytes?: ArrayBuffer;
  text?: string;
  fileName: string;
}

export type LocatedIssue = DataIssue & { line?: number; column?: number };

/** What the worker is doing now, for the progress line. */
export type ValidationPhase = 'decode' | 'parse' | 'limits' | 'schema' | 'references' | 'locate';

export type ImportResponse =
  | { id: number; kind: 'progress'; phase: ValidationPhase }
  /** `text`: the region as JSON with its `impor-` id, ready to keep. */
  | { id: number; kind: 'done'; ok: true; region: RegionData; text: string }
  | { id: number; kind: 'done'; ok: false; issues: LocatedIssue[]; total: number };

export type ImportResult = Extract<ImportResponse, { kind: 'done' }>;

export const IMPORT_PREFIX = 'impor-';

/** The id an imported region is shown under: never a bundled region's id. */
export function importedId(id: string): string {
  return `${IMPORT_PREFIX}${id.replace(/^(?:impor-)+/, '')}`;
}
