/**
 * Browser loading of a whole region file (the views that open regions on demand). Bundled files
 * were validated at build; a file that fails to parse or does not match the format is shown as
 * its list of problems. Never throws: a failure is a value the page can show. The full validator
 * (valibot) is loaded only for a file that fails the light check of shape.ts.
 */
import type { DataIssue } from './issues';
import type { RegionData } from './schema';
import type { ProvinceList, ProvinceRegions } from './provinces';
import { fetchOnce, forget } from './fetchOnce';
import { DATA } from './publish';
import { provinceShape, provincesShape, regionShape } from './shape';

export type Loaded<T> =
  | { status: 'ok'; value: T }
  | { status: 'invalid'; issues: DataIssue[] }
  | { status: 'unavailable'; reason: string; missing?: boolean };

async function loadJson<T>(
  file: string,
  /** Whether a file that fails the light check is described by the full validator (region files). */
  kind: 'region' | undefined,
  light: (json: unknown, file: string) => DataIssue[],
): Promise<Loaded<T>> {
  const got = await fetchOnce(file);
  if (!got.ok)
    return { status: 'unavailable', reason: got.reason, ...(got.status === 404 ? { missing: true } : {}) };
  let json: unknown;
  try {
    json = JSON.parse(got.text);
  } catch {
    // The validator names the line and column of a syntax error.
    const { validateRegionText } = await import('./validate');
    return { status: 'invalid', issues: validateRegionText(got.text, file).issues };
  }
  if (json && typeof json === 'object' && Array.isArray((json as { $invalid?: unknown }).$invalid))
    return { status: 'invalid', issues: (json as { $invalid: DataIssue[] }).$invalid };
  const issues = light(json, file);
  if (issues.length > 0) {
    if (kind === undefined) return { status: 'invalid', issues };
    const { schemaIssues } = await import('./validate');
    const detailed = schemaIssues(kind, json, file);
    return { status: 'invalid', issues: detailed.length > 0 ? detailed : issues };
  }
  return { status: 'ok', value: json as T };
}

export function loadRegion(regionId: string): Promise<Loaded<RegionData>> {
  return loadJson<RegionData>(DATA.region(regionId), 'region', regionShape);
}

export function forgetRegion(regionId: string): void {
  forget(DATA.region(regionId));
}

/** The provinces (data/provinsi.json), for the pickers that start with a province. */
export function loadProvinces(): Promise<Loaded<ProvinceList>> {
  return loadJson<ProvinceList>(DATA.provinces, undefined, provincesShape);
}

/** The regions of one province (data/provinsi/<slug>.json). */
export function loadProvince(slug: string): Promise<Loaded<ProvinceRegions>> {
  return loadJson<ProvinceRegions>(DATA.province(slug), undefined, provinceShape);
}
