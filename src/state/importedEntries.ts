/**
 * What the imported-regions store (imported.svelte.ts) deals in: a region on screen, a kept one
 * that no longer passes the checks, the outcome of an import and of a write to this browser's
 * storage, the largest file it reads, and that storage itself (absent on the server or when the
 * page may not use it).
 */
import type { LocatedIssue } from '../data/importProtocol';
import type { DataIssue } from '../data/issues';
import type { RegionData } from '../data/schema';
import { LIMITS } from '../data/limits';
import type { JobFailure } from '../data/validationJob';
import { STORAGE_KEY, type KeptStorage, type UnreadableEntry, type WriteOutcome } from './keptRegions';

/** Files larger than this are refused before they are read (a character is at most 4 bytes). */
export const MAX_IMPORT_BYTES = LIMITS.fileChars.max * 4;

export interface ImportedEntry {
  region: RegionData;
  /** The region's JSON as it would be (or was) kept. */
  text: string;
  /** 'yes': this version is the kept one; 'other': another version of this id is kept. */
  kept: 'yes' | 'no' | 'other';
}

/** A kept entry that failed re-validation, with the problems found. */
export type Unreadable = UnreadableEntry & { issues?: DataIssue[] };

export type ImportOutcome =
  | { ok: true; region: RegionData }
  | { ok: false; issues: LocatedIssue[]; total: number }
  | { ok: false; failure: JobFailure['failure']; detail?: string };

export type StoreOutcome = WriteOutcome | { ok: false; reason: 'gone' };

export function storage(): KeptStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // a sandboxed frame refuses storage outright
  }
}

/** The text kept in this browser's storage, or null (nothing kept, or storage refused). */
export function keptText(): string | null {
  try {
    return storage()?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null; // storage refused: nothing is kept
  }
}
