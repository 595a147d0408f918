/**
 * The types of a page and what it is made from: the fetcher that reads the site's files, the data
 * each view is drawn from, the page a route loads into (drawn, redirected, invalid or unavailable)
 * and the two ways to build a drawn one (`ok`, `notFound`).
 */
import type { EmbedOptions, Route, Variant, UnitView } from '../routes';
import { href } from '../routes';
import type { DataIssue } from '../data/issues';
import type { ProvinceList, ProvinceRegions } from '../data/provinces';
import type { Flow, Form, Region, UnitType } from '../model/types';
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

export function notFound(route: Route, back?: { route: Route; name: string }): Page {
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

export const ok = (
  route: Route,
  data: PageData,
  regions: Region[] = [],
  layouts: LayoutSeed[] = [],
): Page => ({
  status: 'ok',
  route,
  data,
  regions,
  layouts,
});
