/**
 * What each page needs before it can be drawn, fetched the same way at build time (from the
 * built files, to prerender the page) and in the browser (to hydrate it, or to move to another
 * page). A page's data is a value: an error is a page of its own, never an exception.
 */
import type { EmbedOptions, Route, Variant, UnitView } from '../routes';
import { href, isImported, RESERVED_UNIT_IDS } from '../routes';
import type { DataIssue } from '../data/issues';
import { provinceSlug, type ProvinceList, type ProvinceRegions } from '../data/provinces';
import { provinceShape, provincesShape, regionShape } from '../data/shape';
import { DATA, type RegionSummary } from '../data/publish';
import type { Flow, Form, Region, UnitType } from '../model/types';
import { unitType } from '../model/queries';
import type { UnitChoice } from '../model/unitGroups';
import type { UnitLayouts } from '../layout/regionLayouts';

export type Fetched =
  /** `json`: the text already parsed, when the fetcher keeps the files it read (the build's does). */
  { ok: true; text: string; json?: unknown } | { ok: false; reason: string; status?: number };
/** Fetches a file by its path below the site's root. */
export type Fetcher = (path: string) => Promise<Fetched>;

export type PageData =
  | { view: 'home'; provinces: ProvinceList }
  | { view: 'province'; province: ProvinceRegions }
  | { view: 'region'; region: Region; focus?: string }
  | {
      view: 'unit';
      region: Region;
      unit: UnitType;
      unitView: UnitView;
      selected?: string;
      /** Every unit type of the region (from its summary: a unit page's slice holds only its own). */
      unitTypes: UnitChoice[];
    }
  | { view: 'flow'; region: Region; flow: Flow; unitId?: string; variant?: Variant; path: string[] }
  | { view: 'letter'; region: Region; form: Form }
  | { view: 'passage'; region: Region; from: number; to: number }
  | {
      view: 'myPosition';
      provinces: ProvinceList;
      /** The regions of the chosen province (or of the chosen region's province). */
      province?: ProvinceRegions;
      regionId?: string;
      unitId?: string;
      positionId?: string;
    }
  | { view: 'search'; query: string; region?: string }
  | { view: 'compare'; provinces: ProvinceList; a?: string; b?: string; fa?: string; fb?: string }
  | { view: 'glossary'; term?: string }
  | { view: 'import' }
  | { view: 'susun'; provinces: ProvinceList }
  | { view: 'presentation'; deck: string; item: number; path: string[]; tour: boolean }
  | { view: 'notFound'; link: string; back?: { route: Route; name: string } }
  | {
      view: 'embed';
      /** Absent when the link names no region, unit type or flow that exists. */
      region?: Region;
      unit?: UnitType;
      flow?: Flow;
      selected?: string;
      options: EmbedOptions;
    };

export type ViewName = PageData['view'];

export type Page =
  | { status: 'ok'; route: Route; data: PageData; regions: Region[]; layouts: LayoutSeed[] }
  | { status: 'redirect'; route: Route; to: Route }
  | { status: 'invalid'; route: Route; issues: DataIssue[] }
  | { status: 'unavailable'; route: Route; reason: string };

/** Precomputed layouts that came with a page, to put in the layout cache before it is drawn. */
export interface LayoutSeed {
  region: string;
  unit: string;
  layouts: UnitLayouts;
}

/**
 * Where an imported region comes from (this browser's store; never on the server): the region,
 * the problems of a kept file that no longer passes the checks, or undefined when unknown.
 */
export type ImportedSource = (
  id: string,
) => Promise<{ status: 'ok'; value: Region } | { status: 'invalid'; issues: DataIssue[] } | undefined>;

type Got<T> = { ok: true; value: T } | { ok: false; page: Page } | { ok: false; missing: true };

async function getJson<T>(
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
const regionCheck = schemaCheck(regionShape, 'region');
/** The province lists have no full validator: the light check names what is missing. */
const provincesCheck = provincesShape;
const provinceCheck = provinceShape;
const summaryCheck = (json: unknown, file: string): DataIssue[] =>
  json && typeof json === 'object' && Array.isArray((json as RegionSummary).unitTypes)
    ? []
    : [{ file, path: '$', message: 'bukan ringkasan wilayah' }];

function notFound(route: Route, back?: { route: Route; name: string }): Page {
  return {
    status: 'ok',
    route,
    data: { view: 'notFound', link: describe(route), ...(back ? { back } : {}) },
    regions: [],
    layouts: [],
  };
}

/** The address the reader asked for, as they would recognise it. */
function describe(route: Route): string {
  return route.name === 'unknown' ? route.path : href(route);
}

const ok = (route: Route, data: PageData, regions: Region[] = [], layouts: LayoutSeed[] = []): Page => ({
  status: 'ok',
  route,
  data,
  regions,
  layouts,
});

/** The region file, or the region imported into this browser. */
async function fullRegion(
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

async function layoutsFor(fetcher: Fetcher, region: string, unit: string): Promise<LayoutSeed[]> {
  const got = await fetcher(DATA.layouts(region, unit));
  if (!got.ok) return [];
  try {
    return [{ region, unit, layouts: (got.json ?? JSON.parse(got.text)) as UnitLayouts }];
  } catch {
    return [];
  }
}

/** A unit type or flow id that is not (or no longer) in the region: renamed, or not found. */
async function missingIn(
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

function provinceList(fetcher: Fetcher, route: Route): Promise<Got<ProvinceList>> {
  return getJson<ProvinceList>(fetcher, route, DATA.provinces, provincesCheck);
}

function provinceRegions(fetcher: Fetcher, route: Route, slug: string): Promise<Got<ProvinceRegions>> {
  return getJson<ProvinceRegions>(fetcher, route, DATA.province(slug), provinceCheck);
}

/** Loads what the page of a route needs. */
export async function loadPage(route: Route, fetcher: Fetcher, imported?: ImportedSource): Promise<Page> {
  switch (route.name) {
    case 'presentation':
      return ok(route, {
        view: 'presentation',
        deck: route.deck,
        item: route.item,
        path: route.path,
        tour: route.tour,
      });
    case 'province': {
      const province = await provinceRegions(fetcher, route, route.province);
      if (!province.ok) return 'page' in province ? province.page : notFound(route);
      return ok(route, { view: 'province', province: province.value });
    }
    case 'home':
    case 'susun':
    case 'myPosition':
    case 'compare': {
      const list = await provinceList(fetcher, route);
      if (!list.ok) return 'page' in list ? list.page : notFound(route);
      const provinces = list.value;
      if (route.name === 'home') return ok(route, { view: 'home', provinces });
      if (route.name === 'susun') return ok(route, { view: 'susun', provinces });
      if (route.name === 'compare')
        return ok(route, { view: 'compare', provinces, ...pick(route, ['a', 'b', 'fa', 'fb']) });
      // Posisi saya: a linked answer is drawn at once (and prerendered), so its region comes along,
      // with the other regions of its province (or those of the province chosen).
      const regions: Region[] = [];
      let slug = route.province;
      if (route.region) {
        const region = await fullRegion(fetcher, route, route.region, imported);
        if (region.ok) {
          regions.push(region.value);
          if (!isImported(route)) slug = provinceSlug(region.value.province);
        } else if ('page' in region) return region.page;
      }
      let province: ProvinceRegions | undefined;
      if (slug) {
        const got = await provinceRegions(fetcher, route, slug);
        if (got.ok) province = got.value;
        else if ('page' in got) return got.page;
      }
      return ok(
        route,
        {
          view: 'myPosition',
          provinces,
          ...(province ? { province } : {}),
          ...(route.region ? { regionId: route.region } : {}),
          ...(route.unit ? { unitId: route.unit } : {}),
          ...(route.position ? { positionId: route.position } : {}),
        },
        regions,
      );
    }
    case 'region':
    case 'passage':
    case 'letter': {
      const region = await fullRegion(fetcher, route, route.region, imported);
      if (!region.ok) return 'page' in region ? region.page : notFound(route);
      if (route.name === 'region')
        return ok(
          route,
          { view: 'region', region: region.value, ...(route.focus ? { focus: route.focus } : {}) },
          [region.value],
        );
      if (route.name === 'passage')
        return ok(route, { view: 'passage', region: region.value, from: route.from, to: route.to }, [
          region.value,
        ]);
      const form = region.value.forms.find((f) => f.id === route.form);
      if (!form)
        return notFound(route, { route: { name: 'region', region: route.region }, name: region.value.name });
      return ok(route, { view: 'letter', region: region.value, form }, [region.value]);
    }
    case 'unit': {
      if (RESERVED_UNIT_IDS.has(route.unit)) return notFound(route);
      // The region's summary comes beside the slice (one small file, shared with the region's
      // other pages); without it the page lists no other unit types and is otherwise whole.
      const [slice, summary] = await Promise.all([
        isImported(route)
          ? fullRegion(fetcher, route, route.region, imported)
          : getJson<Region>(fetcher, route, DATA.unit(route.region, route.unit), regionCheck),
        isImported(route)
          ? undefined
          : getJson<RegionSummary>(fetcher, route, DATA.summary(route.region), summaryCheck),
      ]);
      if (!slice.ok)
        return 'page' in slice ? slice.page : missingIn(fetcher, route, 'unit', route.unit, imported);
      const unit = unitType(slice.value, route.unit);
      if (!unit) return missingIn(fetcher, route, 'unit', route.unit, imported);
      const layouts = isImported(route) ? [] : await layoutsFor(fetcher, route.region, route.unit);
      const unitTypes: UnitChoice[] = (summary?.ok ? summary.value : slice.value).unitTypes.map((u) => ({
        id: u.id,
        name: u.name,
        ...(u.group ? { group: u.group } : {}),
      }));
      return ok(
        route,
        {
          view: 'unit',
          region: slice.value,
          unit,
          unitView: route.view,
          ...(route.selected ? { selected: route.selected } : {}),
          unitTypes,
        },
        [],
        layouts,
      );
    }
    case 'flow': {
      const slice = isImported(route)
        ? await fullRegion(fetcher, route, route.region, imported)
        : await getJson<Region>(fetcher, route, DATA.flow(route.region, route.flow), regionCheck);
      if (!slice.ok)
        return 'page' in slice ? slice.page : missingIn(fetcher, route, 'flow', route.flow, imported);
      const flow = slice.value.flows.find((f) => f.id === route.flow);
      if (!flow) return missingIn(fetcher, route, 'flow', route.flow, imported);
      const shown =
        (route.unit && slice.value.unitTypes.some((u) => u.id === route.unit) ? route.unit : undefined) ??
        flow.unitTypes[0] ??
        slice.value.unitTypes[0]?.id;
      const layouts = shown && !isImported(route) ? await layoutsFor(fetcher, route.region, shown) : [];
      return ok(
        route,
        {
          view: 'flow',
          region: slice.value,
          flow,
          ...(route.unit ? { unitId: route.unit } : {}),
          ...(route.variant ? { variant: route.variant } : {}),
          path: route.path ?? [],
        },
        [],
        layouts,
      );
    }
    case 'search':
      return ok(route, {
        view: 'search',
        query: route.query,
        ...(route.region ? { region: route.region } : {}),
      });
    case 'glossary':
      return ok(route, { view: 'glossary', ...(route.term ? { term: route.term } : {}) });
    case 'import':
      return ok(route, { view: 'import' });
    case 'embed': {
      const { lang, theme, height } = route;
      const options: EmbedOptions = {
        ...(lang ? { lang } : {}),
        ...(theme ? { theme } : {}),
        ...(height ? { height } : {}),
      };
      const inner: Route = route.flow
        ? {
            name: 'flow',
            region: route.region,
            flow: route.flow,
            ...(route.unit ? { unit: route.unit } : {}),
          }
        : { name: 'unit', region: route.region, unit: route.unit ?? '', view: 'bagan' };
      const page = await loadPage(inner, fetcher, imported);
      if (page.status !== 'ok') return { ...page, route } as Page;
      const d = page.data;
      if (d.view === 'unit')
        return ok(
          route,
          {
            view: 'embed',
            region: d.region,
            unit: d.unit,
            ...(route.selected ? { selected: route.selected } : {}),
            options,
          },
          [],
          page.layouts,
        );
      if (d.view === 'flow') {
        const unit = d.unitId ? unitType(d.region, d.unitId) : undefined;
        return ok(
          route,
          { view: 'embed', region: d.region, flow: d.flow, ...(unit ? { unit } : {}), options },
          [],
          page.layouts,
        );
      }
      return ok(route, { view: 'embed', options });
    }
    case 'unknown': {
      if (route.region) {
        const got = await getJson<RegionSummary>(fetcher, route, DATA.summary(route.region), summaryCheck);
        if (got.ok)
          return notFound(route, { route: { name: 'region', region: route.region }, name: got.value.name });
      }
      return notFound(route);
    }
  }
}

function pick<T extends object, K extends keyof T>(value: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k];
  return out;
}
