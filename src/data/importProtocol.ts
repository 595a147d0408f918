import type { DataIssue } from './issues';
import type { RegionData } from './schema';

/**
 * A file to check in the validation worker: the file picked (read there: a megabytes-long read
 * would hold the page's thread), its bytes (decoded there, strictly as UTF-8) or, for what was
 * kept in this browser, its text.
 */
export interface ImportRequest {
  id: number;
  file?: Blob;
  bytes?: ArrayBuffer;
  text?: string;
  fileName: string;
  /**
   * What this browser keeps (the stored list, as stored): the worker tells whether the region is
   * kept as it is. Parsing kept regions (megabytes, some) on the page's thread would hold it.
   */
  kept?: string | null;
}

/** 'yes': this version of the region is the kept one; 'other': another version of its id is. */
export type KeptState = 'yes' | 'no' | 'other';

export type LocatedIssue = DataIssue & { line?: number; column?: number };

/** What the worker is doing now, for the progress line. */
export type ValidationPhase = 'decode' | 'parse' | 'limits' | 'schema' | 'references' | 'locate';

export type ImportResponse =
  | { id: number; kind: 'progress'; phase: ValidationPhase }
  /** `text`: the region as JSON with its `impor-` id, ready to keep. */
  | { id: number; kind: 'done'; ok: true; region: RegionData; text: string; kept: KeptState }
  | { id: number; kind: 'done'; ok: false; issues: LocatedIssue[]; total: number }
  /** The file picked could not be read (it was moved or removed since). */
  | { id: number; kind: 'unreadable'; detail: string };

export type ImportResult = Extract<ImportResponse, { kind: 'done' }>;

export const IMPORT_PREFIX = 'impor-';

/** The id an imported region is shown under: never a bundled region's id. */
export function importedId(id: string): string {
  return `${IMPORT_PREFIX}${id.replace(/^(?:impor-)+/, '')}`;
}
