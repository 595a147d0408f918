import type { DataIssue } from './issues';
import type { RegionData } from './schema';

export interface ImportRequest {
  id: number;
  text: string;
  fileName: string;
  maxChars: number;
}

export type LocatedIssue = DataIssue & { line?: number; column?: number };

export type ImportResponse =
  | { id: number; ok: true; region: RegionData }
  | { id: number; ok: false; issues: LocatedIssue[]; total: number };
