/**
 * One entry point for every consumer (CLI, build, browser loader, import page):
 * text -> JSON -> schema -> cross-checks -> (when sources are given) citation checks.
 * Never throws: every problem comes back as a DataIssue naming file, path and reason.
 */
import * as v from 'valibot';
import { Region, type RegionData } from './schema';
import { RegionIndex } from './regionIndex';
import { crossCheck } from './crossCheck';
import { checkCitations } from './citations';
import { formatPath, type DataIssue, type PathItem } from './issues';
import { LIMITS, overLimit, type LimitName } from './limits';
import { decodeUtf8, describeJsonError, forbiddenText, stripBom } from './textDoor';
import type { ValidationPhase } from './importProtocol';
import { hierarchyOf } from '../model/hierarchy';

export type ValidationResult =
  { ok: true; region: RegionData; issues: [] } | { ok: false; issues: DataIssue[] };

export interface ValidateOptions {
  /** Plain texts of the regulations by file name; when given, quotes are checked. */
  sources?: ReadonlyMap<string, string>;
  /** Largest accepted file, in characters (tests use a smaller one; default LIMITS.fileChars). */
  maxChars?: number;
  /** Told as each phase starts (the import page shows it). */
  onPhase?: (phase: ValidationPhase) => void;
}

/** A file as bytes (from disk or a file picker): strict UTF-8, then as text. */
export function validateRegionBytes(
  bytes: Uint8Array,
  file: string,
  options: ValidateOptions = {},
): ValidationResult & { text?: string } {
  options.onPhase?.('decode');
  const maxChars = options.maxChars ?? LIMITS.fileChars.max;
  // Every UTF-8 character is at least one byte: a file within the limit in characters is at most
  // four times as many bytes.
  if (bytes.length > maxChars * 4) return fail(file, '$', tooLarge(bytes.length, maxChars, 'bita'));
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return fail(file, '$', decoded.message);
  return { ...validateRegionText(decoded.text, file, options), text: decoded.text };
}

export function validateRegionText(
  text: string,
  file: string,
  options: ValidateOptions = {},
): ValidationResult {
  const body = stripBom(text);
  const maxChars = options.maxChars ?? LIMITS.fileChars.max;
  if (body.length > maxChars) return fail(file, '$', tooLarge(body.length, maxChars, 'karakter'));
  options.onPhase?.('parse');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return fail(file, '$', `bukan JSON yang sah: ${describeJsonError(error, body)}`);
  }
  return validateRegion(json, file, options);
}

function tooLarge(size: number, max: number, unit: string): string {
  return `berkas terlalu besar (${size.toLocaleString('id-ID')} ${unit}); batas ${max.toLocaleString('id-ID')} ${LIMITS.fileChars.what} (${LIMITS.fileChars.why})`;
}

export function validateRegion(json: unknown, file: string, options: ValidateOptions = {}): ValidationResult {
  options.onPhase?.('limits');
  // Counts first: they read only the top lists, so a file of 60,000 steps is refused at once.
  const counted = countIssues(json, file);
  if (counted.length > 0) return { ok: false, issues: counted };
  const depth = depthOf(json);
  if (depth > LIMITS.nesting.max)
    return fail(file, '$', `struktur terlalu dalam: ${overLimit('nesting', depth)}`);
  const textIssues = forbiddenText(json).map((i) => ({ file, ...i }));
  options.onPhase?.('schema');
  const parsed = v.safeParse(Region, json, { abortEarly: false });
  if (!parsed.success) {
    const issues = parsed.issues.map((issue) => ({
      file,
      path: formatPath((issue.path ?? []).map((p) => p.key as PathItem)),
      message: describeSchemaIssue(issue),
    }));
    return { ok: false, issues: dedupe([...textIssues, ...issues]) };
  }
  const region = parsed.output;
  options.onPhase?.('references');
  const issues = [...textIssues, ...crossCheck(region, file)];
  if (issues.length === 0) issues.push(...depthIssues(region, file));
  if (options.sources) issues.push(...checkCitations(region, file, options.sources));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, region, issues: [] };
}

function fail(file: string, path: string, message: string): ValidationResult {
  return { ok: false, issues: [{ file, path, message }] };
}

/** Nesting depth of a JSON value, iteratively, stopping just past the limit. */
function depthOf(value: unknown): number {
  let max = 0;
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const at = stack.pop() as { value: unknown; depth: number };
    max = Math.max(max, at.depth);
    if (max > LIMITS.nesting.max) return max;
    if (at.value !== null && typeof at.value === 'object')
      for (const child of Object.values(at.value)) stack.push({ value: child, depth: at.depth + 1 });
  }
  return max;
}

/** An own array-valued field of a JSON object, or undefined (the schema names what is wrong). */
function list(value: unknown, key: string): unknown[] | undefined {
  if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
  const got: unknown = Object.getOwnPropertyDescriptor(value, key)?.value;
  return Array.isArray(got) ? got : undefined;
}

/**
 * Counts against LIMITS before the schema runs, so a file of 60,000 steps is refused in
 * milliseconds, with the path of the list that is too long.
 */
function countIssues(json: unknown, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const check = (items: unknown[] | undefined, name: LimitName, path: PathItem[]) => {
    if (items && items.length > LIMITS[name].max)
      issues.push({ file, path: formatPath(path), message: overLimit(name, items.length) });
  };
  const units = list(json, 'unitTypes');
  check(units, 'unitTypes', ['unitTypes']);
  units?.slice(0, LIMITS.unitTypes.max).forEach((unit, u) => {
    check(list(unit, 'positions'), 'positionsPerUnit', ['unitTypes', u, 'positions']);
    check(list(unit, 'relations'), 'relationsPerUnit', ['unitTypes', u, 'relations']);
  });
  const flows = list(json, 'flows');
  check(flows, 'flows', ['flows']);
  flows?.slice(0, LIMITS.flows.max).forEach((flow, f) => {
    check(list(flow, 'steps'), 'stepsPerFlow', ['flows', f, 'steps']);
    check(list(flow, 'participants'), 'participantsPerFlow', ['flows', f, 'participants']);
  });
  check(list(json, 'rules'), 'rules', ['rules']);
  check(list(json, 'forms'), 'forms', ['forms']);
  check(list(json, 'notes'), 'notes', ['notes']);
  check(list(json, 'offices'), 'offices', ['offices']);
  return issues;
}

/** The outline (and the chart) of each unit type stays within LIMITS.hierarchyDepth levels. */
function depthIssues(region: RegionData, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  region.unitTypes.forEach((unit, u) => {
    const height = hierarchyOf(unit).height;
    if (height > LIMITS.hierarchyDepth.max)
      issues.push({ file, path: formatPath(['unitTypes', u]), message: overLimit('hierarchyDepth', height) });
  });
  return issues;
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

export { describeJsonError, lineColumn } from './textDoor';

/**
 * Every shape problem of a published file, named by path (the browser loads this only when the
 * light check of shape.ts found something wrong).
 */
export function schemaIssues(kind: 'region' | 'index', json: unknown, file: string): DataIssue[] {
  const schema: v.GenericSchema = kind === 'region' ? Region : RegionIndex;
  const parsed = v.safeParse(schema, json, { abortEarly: false });
  return parsed.success
    ? []
    : parsed.issues.slice(0, 50).map((i) => ({
        file,
        path: formatPath((i.path ?? []).map((p) => p.key as PathItem)),
        message: describeSchemaIssue(i),
      }));
}
