/**
 * A draft: a region file being written, with the text of its regulation. The draft has the
 * region file's own shape, so the validator's JSON paths point into the forms; only a citation
 * may be missing (not cited yet, or cleared when the draft started from a bundled region's
 * structure and marked to re-cite).
 */
import type { RegionData } from '../data/schema';
import { SCHEMA_VERSION } from '../data/schema';
import { validateRegion } from '../data/validate';
import { formatPath, type DataIssue, type PathItem } from '../data/issues';

export type Citation = RegionData['regulation']['cite'];

/** A citation not given yet. `was`: the locator it had in the region the draft started from. */
export interface MissingCite {
  missing: true;
  was?: string;
}
export type DraftCite = Citation | MissingCite;

/** The region's shape with every `cite` allowed to be missing. */
export type Draftify<T> = T extends readonly (infer U)[]
  ? Draftify<U>[]
  : T extends object
    ? { [K in keyof T]: K extends 'cite' ? DraftCite | Exclude<T[K], Citation> : Draftify<T[K]> }
    : T;

export type DraftRegion = Draftify<RegionData>;
export type DraftUnit = DraftRegion['unitTypes'][number];
export type DraftPosition = DraftUnit['positions'][number];
export type DraftRelation = DraftUnit['relations'][number];
export type DraftFlow = DraftRegion['flows'][number];
export type DraftStep = DraftFlow['steps'][number];
export type DraftParticipant = DraftFlow['participants'][number];
export type DraftRule = DraftRegion['rules'][number];
export type DraftForm = DraftRegion['forms'][number];
export type DraftNote = DraftRegion['notes'][number];

export interface Draft {
  /** Storage key. */
  key: string;
  /** Shown in the draft list. */
  title: string;
  updated: number;
  region: DraftRegion;
}

export const missing = (was?: string): MissingCite => (was ? { missing: true, was } : { missing: true });

export function isMissing(cite: unknown): cite is MissingCite {
  return typeof cite === 'object' && cite !== null && (cite as MissingCite).missing === true;
}

/** kebab-case id from a name ("Kepala Bagian Umum" -> "kepala-bagian-umum"). */
export function slug(name: string, max = 60): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return s || 'tanpa-nama';
}

/** An id not yet in `taken`: the slug, else the slug with -2, -3, ... */
export function uniqueId(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slug(name);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** An empty region with one unit type, ready for forms. */
export function emptyRegion(sourceFile = 'peraturan.txt'): DraftRegion {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'wilayah-baru',
    name: '',
    level: 'kabupaten',
    regulation: {
      type: 'Peraturan Bupati',
      number: '',
      year: new Date().getFullYear(),
      title: 'Sistem Kerja',
      date: '',
      cite: missing(),
    },
    source: sourceFile,
    unitTypes: [],
    flows: [],
    rules: [],
    forms: [],
    notes: [],
  };
}

/**
 * The structure of a bundled region with every citation cleared and marked to re-cite
 * ("mulai dari pola ..."): its unit types, positions, relations, flows and steps stay; the
 * regional facts that are not structure (name, regulation, perangkat daerah lists, offices,
 * rules, forms and notes) are left for the new text.
 */
export function fromRegionStructure(region: RegionData, sourceFile: string): DraftRegion {
  const cleared = clearCitations(structuredClone(region)) as DraftRegion;
  return {
    ...emptyRegion(sourceFile),
    unitTypes: cleared.unitTypes.map((u) => omit(u, ['perangkatDaerah', 'criterion', 'formerIds'])),
    flows: cleared.flows.map((f) => ({
      ...omit(f, ['formerIds']),
      // letter templates are the old region's: the new text's forms are cited anew
      steps: f.steps.map((s) => omit(s, ['form'])),
    })),
  };
}

function omit<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Omit<T, K> {
  const out = { ...value };
  for (const key of keys) delete out[key];
  return out;
}

/** Replaces every citation in a value with a missing mark that remembers the old locator. */
function clearCitations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clearCitations);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (
      key === 'basis' &&
      child &&
      typeof child === 'object' &&
      (child as { kind?: string }).kind === 'supplied'
    )
      continue; // a supplied basis names a note of the old region; the new text needs its own
    if (key === 'cite' && child && typeof child === 'object' && 'locator' in child)
      out[key] = missing(String((child as Citation).locator));
    else out[key] = clearCitations(child);
  }
  return out;
}

export interface UncitedItem {
  /** JSON path of the item's `cite`. */
  path: string;
  pathItems: PathItem[];
  was?: string;
}

/** Every citation still missing, with its JSON path. */
export function uncited(region: DraftRegion): UncitedItem[] {
  const out: UncitedItem[] = [];
  const walk = (value: unknown, path: PathItem[]) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'cite' && isMissing(child)) {
          const at = [...path, key];
          out.push({ path: formatPath(at), pathItems: at, ...(child.was ? { was: child.was } : {}) });
        } else walk(child, [...path, key]);
      }
    }
  };
  walk(region, []);
  return out;
}

/**
 * The region file: missing citations are left out (the validator reports them), everything
 * else as the forms hold it. Pure JSON, in the schema's key order where it matters to readers.
 */
export function toRegion(region: DraftRegion, fill?: (path: PathItem[]) => Citation): unknown {
  const walk = (value: unknown, path: PathItem[]): unknown => {
    if (Array.isArray(value)) return value.map((item, i) => walk(item, [...path, i]));
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined) continue;
      if (key === 'cite' && isMissing(child)) {
        if (fill) out[key] = fill([...path, key]);
        continue;
      }
      out[key] = walk(child, [...path, key]);
    }
    return out;
  };
  return walk(region, []);
}

export function regionFileText(region: DraftRegion): string {
  return `${JSON.stringify({ $schema: '../schema.json', ...(toRegion(region) as object) }, null, 2)}\n`;
}

const PLACEHOLDER_QUOTE = '(belum dikutip)';

/**
 * Every problem of a draft, as the validator states it for the region file, plus one
 * "belum dikutip" per missing citation. Missing citations get a stand-in while the rest is
 * checked, so the checks across the file (ids, references, flow graph) still run.
 */
export function checkDraft(region: DraftRegion, sourceText: string | undefined): DataIssue[] {
  const file = `${region.id || 'wilayah'}.json`;
  const missingPaths = new Set<string>();
  const json = toRegion(region, (path) => {
    missingPaths.add(formatPath(path));
    return { file: region.source, locator: '-', lines: [1, 1], quote: PLACEHOLDER_QUOTE };
  });
  const sources = sourceText === undefined ? undefined : new Map([[region.source, sourceText]]);
  const result = validateRegion(json, file, sources ? { sources } : {});
  const issues = result.ok ? [] : result.issues.filter((i) => !standsInPlaceholder(i.path, missingPaths));
  for (const path of missingPaths)
    issues.push({ file, path, message: 'belum dikutip: pilih teks di sebelah kiri, lalu Kutip' });
  return issues;
}

function standsInPlaceholder(path: string, missingPaths: ReadonlySet<string>): boolean {
  for (const p of missingPaths)
    if (path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`)) return true;
  return false;
}
