/**
 * Browser loading of a whole region file (the views that open regions on demand). Bundled files
 * were validated at build; a file that fails to parse or does not match the format is shown as
 * its list of problems. Never throws: a failure is a value the page can show.
 */
import * as v from 'valibot';
import type { DataIssue } from './issues';
import { Region, type RegionData } from './schema';
import { fetchOnce, forget } from './fetchOnce';
import { DATA } from './publish';
import { RegionIndex } from './regionIndex';
import { describeSchemaIssue, validateRegionText } from './validate';
import { formatPath, type PathItem } from './issues';

export type Loaded<T> =
  | { status: 'ok'; value: T }
  | { status: 'invalid'; issues: DataIssue[] }
  | { status: 'unavailable'; reason: string; missing?: boolean };

export async function loadRegion(regionId: string): Promise<Loaded<RegionData>> {
  const file = DATA.region(regionId);
  const got = await fetchOnce(file);
  if (!got.ok)
    return { status: 'unavailable', reason: got.reason, ...(got.status === 404 ? { missing: true } : {}) };
  let json: unknown;
  try {
    json = JSON.parse(got.text);
  } catch {
    // The validator names the line and column of a syntax error.
    return { status: 'invalid', issues: validateRegionText(got.text, file).issues };
  }
  if (json && typeof json === 'object' && Array.isArray((json as { $invalid?: unknown }).$invalid))
    return { status: 'invalid', issues: (json as { $invalid: DataIssue[] }).$invalid };
  const parsed = v.safeParse(Region, json, { abortEarly: false });
  if (!parsed.success)
    return {
      status: 'invalid',
      issues: parsed.issues.slice(0, 50).map((i) => ({
        file,
        path: formatPath((i.path ?? []).map((p) => p.key as PathItem)),
        message: describeSchemaIssue(i),
      })),
    };
  return { status: 'ok', value: parsed.output };
}

export function forgetRegion(regionId: string): void {
  forget(DATA.region(regionId));
}

/** The region list (data/index.json), for the views that list every region. */
export async function loadRegionIndex(): Promise<Loaded<RegionIndex>> {
  const file = DATA.regionList;
  const got = await fetchOnce(file);
  if (!got.ok) return { status: 'unavailable', reason: got.reason };
  try {
    const parsed = v.safeParse(RegionIndex, JSON.parse(got.text));
    return parsed.success
      ? { status: 'ok', value: parsed.output }
      : {
          status: 'invalid',
          issues: [{ file, path: v.getDotPath(parsed.issues[0]) ?? '$', message: parsed.issues[0].message }],
        };
  } catch {
    return { status: 'invalid', issues: validateRegionText(got.text, file).issues };
  }
}
