/**
 * The light check of a published file in the browser. Published files were validated in full
 * when the site was built, so a page only needs to know that what arrived has the shape it reads
 * (a truncated or hand-edited file does not). When this check fails, the page loads the full
 * validator (validate.ts, with valibot) to name every problem; the first view never ships it.
 */
import type { DataIssue } from './issues';

type Need = 'string' | 'number' | 'array' | 'object';
type Shape = Record<string, Need>;

const REGION: Shape = {
  schemaVersion: 'number',
  id: 'string',
  name: 'string',
  level: 'string',
  regulation: 'object',
  source: 'string',
  unitTypes: 'array',
  flows: 'array',
  rules: 'array',
  forms: 'array',
  notes: 'array',
};
const UNIT: Shape = { id: 'string', name: 'string', positions: 'array', relations: 'array' };
const FLOW: Shape = { id: 'string', name: 'string', steps: 'array' };
const PROVINCES: Shape = { schemaVersion: 'number', provinces: 'array' };
const PROVINCE_ROW: Shape = { slug: 'string', regions: 'number' };
const PROVINCE: Shape = { schemaVersion: 'number', slug: 'string', regions: 'array' };
const INDEX_ENTRY: Shape = { id: 'string', name: 'string', level: 'string', file: 'string' };

function kind(x: unknown): Need | 'other' {
  if (Array.isArray(x)) return 'array';
  if (x !== null && typeof x === 'object') return 'object';
  if (typeof x === 'string') return 'string';
  if (typeof x === 'number') return 'number';
  return 'other';
}

function fields(value: unknown, shape: Shape, path: string, file: string, out: DataIssue[]): void {
  if (kind(value) !== 'object') {
    out.push({ file, path, message: 'harus berupa objek' });
    return;
  }
  for (const [key, need] of Object.entries(shape)) {
    const got: unknown = Object.getOwnPropertyDescriptor(value, key)?.value;
    if (kind(got) !== need)
      out.push({
        file,
        path: `${path}.${key}`,
        message: got === undefined ? 'tidak ada' : `harus berupa ${need}`,
      });
  }
}

function each(value: unknown, shape: Shape, path: string, file: string, out: DataIssue[]): void {
  if (!Array.isArray(value)) return;
  value.forEach((item: unknown, i) => fields(item, shape, `${path}[${i}]`, file, out));
}

/** Problems with the shape of a region file ([] when the page can read it). */
export function regionShape(json: unknown, file: string): DataIssue[] {
  const out: DataIssue[] = [];
  fields(json, REGION, '$', file, out);
  if (out.length > 0) return out;
  const r = json as Record<string, unknown>;
  each(r['unitTypes'], UNIT, '$.unitTypes', file, out);
  each(r['flows'], FLOW, '$.flows', file, out);
  return out;
}

/** Problems with the shape of the province list (data/provinsi.json). */
export function provincesShape(json: unknown, file: string): DataIssue[] {
  const out: DataIssue[] = [];
  fields(json, PROVINCES, '$', file, out);
  if (out.length === 0)
    each((json as Record<string, unknown>)['provinces'], PROVINCE_ROW, '$.provinces', file, out);
  return out;
}

/** Problems with the shape of one province's region list (data/provinsi/<slug>.json). */
export function provinceShape(json: unknown, file: string): DataIssue[] {
  const out: DataIssue[] = [];
  fields(json, PROVINCE, '$', file, out);
  if (out.length === 0)
    each((json as Record<string, unknown>)['regions'], INDEX_ENTRY, '$.regions', file, out);
  return out;
}
