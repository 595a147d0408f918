/**
 * From a draft to the region file: its JSON (missing citations left out, or filled by a stand-in),
 * the file's text, and the draft's problems as the validator states them.
 */
import { validateRegion } from '../../data/validate';
import { formatPath, type DataIssue, type PathItem } from '../../data/issues';
import type { Citation, DraftRegion } from '../draft';
import { isMissing } from './cite';

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
