/**
 * The one route table: every page of the app, its path, the types of a route and the names its
 * paths are made of. `./href.ts` turns a route into a link and `./parse.ts` reads a location back
 * into a route; nothing else in the code writes a URL.
 *
 * Paths are relative to the site's root and end in "/" (each page is a folder with its own
 * prerendered index.html). Every page carries `<base href>` pointing at the root, so one link
 * string works from any page and from any sub-path the site is deployed under.
 *
 *   ''                                   home
 *   provinsi/<province>/                 the regions of one province
 *   <region>/[?ketentuan=<rule>]         a region: unit types, flows, rules, notes
 *   <region>/<unit>/[?jabatan=<id>]      a unit type's chart (with a selected position)
 *   <region>/<unit>/daftar/              the same unit type as a nested list
 *   <region>/alur/<flow>/[?unit=&varian=&jalur=]   a flow played on a chart
 *   <region>/teks/?baris=<from>-<to>     a passage of the regulation's text
 *   <region>/surat/<form>/               a letter template from the annex
 *   posisi/[provinsi/<province>/]                   "Posisi saya": a province, then its regions
 *   posisi/<region>/[<unit>/[<position>/]]          … step by step to the answer
 *   cari/?q=   banding/?a=&b=   glosarium/[?istilah=]   impor/   susun/
 *   presentasi/?dek=&butir=&jalur=&tur=1
 *   sematkan/<region>/<unit>/  sematkan/<region>/alur/<flow>/   the embed pages (iframes)
 *   impor/lihat/#/<region path>          pages of a region imported into this browser: they have
 *                                        no file on the server, so one shell page serves them
 * Old links (`#/semarang/kecamatan`, `index.html#/…`) are read by `parseLegacyHash`.
 */
export type UnitView = 'bagan' | 'daftar';
export type Variant = 'individu' | 'tim';
export type Lang = 'id' | 'en';

export interface EmbedOptions {
  lang?: Lang;
  theme?: 'terang' | 'kontras';
  height?: number;
}

export type Route =
  | { name: 'home' }
  | { name: 'province'; province: string }
  | { name: 'region'; region: string; focus?: string }
  | { name: 'unit'; region: string; unit: string; view: UnitView; selected?: string }
  | { name: 'flow'; region: string; flow: string; unit?: string; variant?: Variant; path?: string[] }
  | { name: 'letter'; region: string; form: string }
  /** Lines `from`..`to` of the regulation's text (0, 0: the page before it knows which). */
  | { name: 'passage'; region: string; from: number; to: number }
  | { name: 'myPosition'; province?: string; region?: string; unit?: string; position?: string }
  | { name: 'search'; query: string; region?: string }
  | { name: 'compare'; a?: string; b?: string; fa?: string; fb?: string }
  | { name: 'glossary'; term?: string }
  | { name: 'import' }
  | { name: 'susun' }
  | { name: 'presentation'; deck: string; item: number; path: string[]; tour: boolean }
  | ({ name: 'embed'; region: string; unit?: string; flow?: string; selected?: string } & EmbedOptions)
  | { name: 'unknown'; path: string; region?: string };

export type RouteName = Route['name'];

/** First path segments of the app's own pages: no region may take one of these ids. */
export const PAGE_SEGMENTS = {
  province: 'provinsi',
  myPosition: 'posisi',
  search: 'cari',
  compare: 'banding',
  glossary: 'glosarium',
  import: 'impor',
  susun: 'susun',
  presentation: 'presentasi',
  embed: 'sematkan',
} as const;
/** Second path segments under a region: no unit type may take one of these ids. */
export const REGION_SEGMENTS = { flow: 'alur', letter: 'surat', passage: 'teks', outline: 'daftar' } as const;
/** Folders of the built site that are not pages. */
const SITE_FOLDERS = ['assets', 'data'] as const;

export const RESERVED_REGION_IDS: ReadonlySet<string> = new Set([
  ...Object.values(PAGE_SEGMENTS),
  ...SITE_FOLDERS,
]);
export const RESERVED_UNIT_IDS: ReadonlySet<string> = new Set([
  REGION_SEGMENTS.flow,
  REGION_SEGMENTS.letter,
  REGION_SEGMENTS.passage,
]);

/** Imported regions live only in this browser; their pages are served by one shell page. */
export const IMPORT_PREFIX = 'impor-';
export const IMPORTED_SHELL = `${PAGE_SEGMENTS.import}/lihat/`;

/** Bounds on what a link can ask for (a hostile link must not make the page work for seconds). */
export const LIMITS = { pathEvents: 500, deckChars: 4000, deckItem: 999, query: 200 } as const;

/** Whether a route shows a region imported into this browser (served by the shell page). */
export function isImported(route: Route): boolean {
  return 'region' in route && typeof route.region === 'string' && route.region.startsWith(IMPORT_PREFIX);
}

/** The same page without what only the browser can know (selection, path taken): what is prerendered. */
export function pageOf(route: Route): Route {
  switch (route.name) {
    case 'unit':
      return { name: 'unit', region: route.region, unit: route.unit, view: route.view };
    case 'flow':
      return { name: 'flow', region: route.region, flow: route.flow };
    case 'region':
      return { name: 'region', region: route.region };
    case 'search':
      return { name: 'search', query: '' };
    case 'compare':
      return { name: 'compare' };
    case 'passage':
      return { name: 'passage', region: route.region, from: 0, to: 0 };
    case 'glossary':
      return { name: 'glossary' };
    case 'presentation':
      return { name: 'presentation', deck: '', item: 0, path: [], tour: false };
    case 'embed':
      return route.flow
        ? { name: 'embed', region: route.region, flow: route.flow }
        : { name: 'embed', region: route.region, ...(route.unit ? { unit: route.unit } : {}) };
    default:
      return route;
  }
}
