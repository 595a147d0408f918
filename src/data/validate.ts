/**
 * One entry point for every consumer (CLI, build, browser loader, import page):
 * text -> JSON -> schema -> cross-checks -> (when sources are given) citation checks.
 * Never throws: every problem comes back as a DataIssue naming file, path and reason.
 */
import * as v from 'valibot';
import { Region, type RegionData } from './schema';
import { crossCheck } from './crossCheck';
import { checkCitations } from './citations';
import { formatPath, type DataIssue, type PathItem } from './issues';

export type ValidationResult =
  { ok: true; region: RegionData; issues: [] } | { ok: false; issues: DataIssue[] };

export interface ValidateOptions {
  /** Plain texts of the regulations by file name; when given, quotes are checked. */
  sources?: ReadonlyMap<string, string>;
  /** Largest accepted file, in characters (hostile input guard). */
  maxChars?: number;
}

const DEFAULT_MAX_CHARS = 5_000_000;
const MAX_DEPTH = 40;

export function validateRegionText(
  text: string,
  file: string,
  options: ValidateOptions = {},
): ValidationResult {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (text.length > maxChars)
    return fail(file, '$', `berkas terlalu besar (${text.length} karakter; batas ${maxChars})`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(file, '$', `bukan JSON yang sah: ${describeJsonError(error, text)}`);
  }
  return validateRegion(json, file, options);
}

export function validateRegion(json: unknown, file: string, options: ValidateOptions = {}): ValidationResult {
  const depth = depthOf(json, 0);
  if (depth > MAX_DEPTH) return fail(file, '$', `struktur terlalu dalam (lebih dari ${MAX_DEPTH} tingkat)`);
  const parsed = v.safeParse(Region, json, { abortEarly: false });
  if (!parsed.success) {
    const issues = parsed.issues.map((issue) => ({
      file,
      path: formatPath((issue.path ?? []).map((p) => p.key as PathItem)),
      message: describeSchemaIssue(issue),
    }));
    return { ok: false, issues: dedupe(issues) };
  }
  const region = parsed.output;
  const issues = crossCheck(region, file);
  if (options.sources) issues.push(...checkCitations(region, file, options.sources));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, region, issues: [] };
}

function fail(file: string, path: string, message: string): ValidationResult {
  return { ok: false, issues: [{ file, path, message }] };
}

function depthOf(value: unknown, depth: number): number {
  if (depth > MAX_DEPTH) return depth;
  if (value === null || typeof value !== 'object') return depth;
  let max = depth;
  for (const child of Object.values(value)) {
    max = Math.max(max, depthOf(child, depth + 1));
    if (max > MAX_DEPTH) break;
  }
  return max;
}

export function describeSchemaIssue(issue: v.BaseIssue<unknown>): string {
  const key = issue.path?.at(-1)?.key;
  if (
    issue.kind === 'schema' &&
    issue.type === 'strict_object' &&
    issue.input !== undefined &&
    key !== undefined
  )
    return `kunci "${String(key)}" tidak dikenal`;
  if (issue.kind === 'schema' && issue.input === undefined)
    return `wajib diisi (${issue.expected ?? 'nilai'})`;
  return issue.message;
}

function dedupe(issues: DataIssue[]): DataIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}|${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "Unexpected token } at line 3 column 5" from whatever the engine said. */
export function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const { line, column } = lineColumn(text, Number(pos[1]));
    return `${message.replace(/ in JSON at position \d+.*$/, '')} (baris ${line}, kolom ${column})`;
  }
  if (/end of JSON input/i.test(message)) {
    const { line, column } = lineColumn(text, text.length);
    return `${message} (baris ${line}, kolom ${column})`;
  }
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return `${message} (baris ${lc[1]}, kolom ${lc[2]})`;
  return message;
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}
