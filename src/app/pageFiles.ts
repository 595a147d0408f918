/**
 * The files a page is made of, fetched and checked: a published file's shape (a light check, the
 * full validator only for a file that fails it), the region file or the region imported into this
 * browser, a unit type's precomputed layouts, the province lists, and the page for a unit type or
 * flow id the region no longer has (renamed: a redirect; else not found).
 */
import type { Route } from '../routes';
import { isImported } from '../routes';
import type { DataIssue } from '../data/issues';
import type { ProvinceList, ProvinceRegions } from '../data/provinces';
import { provinceShape, provincesShape, regionShape } from '../data/shape';
import { DATA, type RegionSummary } from '../data/publish';
import type { Region } from '../model/types';
import type { UnitLayouts } from '../layout/regionLayouts';
import { notFound, type Fetcher, type ImportedSource, type LayoutSeed, type Page } from './page';

type Got<T> = { ok: true; value: T } | { ok: false; page: Page } | { ok: false; missing: true };

export async function getJson<T>(
  fetcher: Fetcher,
  route: Route,
  path: string,
  check: (json: unknown, file: string) => DataIssue[] | Promise<DataIssue[]>,
): Promise<Got<T>> {
  const got = await fetcher(path);
  if (!got.ok) {
    if (got.status === 404) return { ok: false, missing: true };
    return { ok: false, page: { status: 'unavailable', route, reason: got.reason } };
  }
  let json: unknown;
  try {
    json = got.json ?? JSON.parse(got.text);
  } catch {
    // The validator names the line and column of a syntax error.
    const { validateRegionText } = await import('../data/validate');
    return {
      ok: false,
      page: { status: 'invalid', route, issues: validateRegionText(got.text, path).issues },
    };
  }
  // The dev server sends a file that failed validation as its list of problems.
  if (json && typeof json === 'object' && Array.isArray((json as { $invalid?: unknown }).$invalid))
    return {
      ok: false,
      page: { status: 'invalid', route, issues: (json as { $invalid: DataIssue[] }).$invalid },
    };
  const issues = await check(json, path);
  if (issues.length > 0) return { ok: false, page: { status: 'invalid', route, issues } };
  return { ok: true, value: json as T };
}

/**
 * The shape of a published file (its cross-references were checked when it was built). A light
 * check runs first; only a file that fails it loads the full validator, to name every problem.
 */
const schemaCheck =
  (light: (json: unknown, file: string) => DataIssue[], full: 'region' | 'index') =>
  async (json: unknown, file: string): Promise<DataIssue[]> => {
    const issues = light(json, file);
    if (issues.length === 0) return [];
    const { schemaIssues } = await import('../data/validate');
    const detailed = schemaIssues(full, json, file);
    return detailed.length > 0 ? detailed : issues;
  };
export const regionCheck = schemaCheck(regionShape, 'region');
/** The province lists have no full validator: the light check names what is missing. */
const provincesCheck = provincesShape;
const provinceCheck = provinceShape;
export const summaryCheck = (json: unknown, file: string): DataIssue[] =>
  json && typeof json === 'object' && Array.isArray((json as RegionSummary).unitTypes)
    ? []
    : [{ file, path: '$', message: 'bukan ringkasan wilayah' }];

/** The region file, or the region imported into this browser. */
export async function fullRegion(
  fetcher: Fetcher,
  route: Route,
  id: string,
  imported?: ImportedSource,
): Promise<Got<Region>> {
  if (id.startsWith('impor-')) {
    const got = await imported?.(id);
    if (got?.status === 'ok') return { ok: true, value: got.value };
    if (got?.status === 'invalid')
      return { ok: false, page: { status: 'invalid', route, issues: got.issues } };
    return { ok: false, missing: true };
  }
  return getJson<Region>(fetcher, route, DATA.region(id), regionCheck);
}

export async function layoutsFor(fetcher: Fetcher, region: string, unit: string): Promise<LayoutSeed[]> {
  const got = await fetcher(DATA.layouts(region, unit));
  if (!got.ok) return [];
  try {
    return [{ region, unit, layouts: (got.json ?? JSON.parse(got.text)) as UnitLayouts }];
  } catch {
    return [];
  }
}

/** A unit type or flow id that is not (or no longer) in the region: renamed, or not found. */
export async function missingIn(
  fetcher: Fetcher,
  route: Route & { region: string },
  kind: 'unit' | 'flow',
  id: string,
  imported?: ImportedSource,
): Promise<Page> {
  type Ids = { id: string; formerIds?: string[] | undefined }[];
  let summary: { name: string; unitTypes: Ids; flows: Ids } | undefined;
  if (isImported(route)) {
    const got = await imported?.(route.region);
    summary = got?.status === 'ok' ? got.value : undefined;
  } else {
    const got = await getJson<RegionSummary>(fetcher, route, DATA.summary(route.region), summaryCheck);
    if (!got.ok) return 'page' in got ? got.page : notFound(route);
    summary = got.value;
  }
  if (!summary) return notFound(route);
  const back = { route: { name: 'region', region: route.region } as Route, name: summary.name };
  const list = kind === 'unit' ? summary.unitTypes : summary.flows;
  const renamed = list.find((x) => x.formerIds?.includes(id));
  if (renamed) {
    const to = { ...route, [kind]: renamed.id } as Route;
    return { status: 'redirect', route, to };
  }
  return notFound(route, back);
}

export function provinceList(fetcher: Fetcher, route: Route): Promise<Got<ProvinceList>> {
  return getJson<ProvinceList>(fetcher, route, DATA.provinces, provincesCheck);
}

export function provinceRegions(fetcher: Fetcher, route: Route, slug: string): Promise<Got<ProvinceRegions>> {
  return getJson<ProvinceRegions>(fetcher, route, DATA.province(slug), provinceCheck);
}
