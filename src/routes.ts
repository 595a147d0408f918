/**
 * The one route table: every page of the app, its path, and the two functions that turn a route
 * into a link (`href`) and a location back into a route (`parseLocation`). Nothing else in the
 * code writes a URL.
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

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EVENT = /^[a-z]+(?:\.[a-z][a-zA-Z]*)?$/;
const PAIR = /^[a-z0-9-]+\/[a-z0-9-]+$/;

const seg = (v: string | null | undefined): string | undefined => (v && SEGMENT.test(v) ? v : undefined);
const pair = (v: string | null): string | undefined => (v && PAIR.test(v) ? v : undefined);
const events = (v: string | null): string[] =>
  (v ?? '')
    .split(',', LIMITS.pathEvents + 1)
    .slice(0, LIMITS.pathEvents)
    .filter((e) => EVENT.test(e));

function query(pairs: [string, string | number | undefined][]): string {
  const parts = pairs
    .filter((p): p is [string, string | number] => p[1] !== undefined && p[1] !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v)).replace(/%2C/g, ',').replace(/%2F/g, '/')}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** The path of a route relative to the site's root, without the imported-region shell. */
function pathOf(route: Route): string {
  switch (route.name) {
    case 'home':
      return '';
    case 'province':
      return `${PAGE_SEGMENTS.province}/${route.province}/`;
    case 'region':
      return `${route.region}/${query([['ketentuan', route.focus]])}`;
    case 'unit':
      return `${route.region}/${route.unit}/${route.view === 'daftar' ? `${REGION_SEGMENTS.outline}/` : ''}${query([['jabatan', route.selected]])}`;
    case 'flow':
      return `${route.region}/${REGION_SEGMENTS.flow}/${route.flow}/${query([
        ['unit', route.unit],
        ['varian', route.variant],
        ['jalur', route.path && route.path.length > 0 ? route.path.join(',') : undefined],
      ])}`;
    case 'letter':
      return `${route.region}/${REGION_SEGMENTS.letter}/${route.form}/`;
    case 'passage':
      return `${route.region}/${REGION_SEGMENTS.passage}/${query([['baris', route.from > 0 ? `${route.from}-${route.to}` : undefined]])}`;
    case 'myPosition':
      return (
        [
          PAGE_SEGMENTS.myPosition,
          route.region,
          route.region && route.unit,
          route.region && route.unit && route.position,
        ]
          .filter((s): s is string => typeof s === 'string' && s !== '')
          .map((s) => `${s}/`)
          .join('') + (!route.region && route.province ? `${PAGE_SEGMENTS.province}/${route.province}/` : '')
      );
    case 'search':
      return `${PAGE_SEGMENTS.search}/${query([
        ['q', route.query],
        ['wilayah', route.region],
      ])}`;
    case 'compare':
      return `${PAGE_SEGMENTS.compare}/${query([
        ['a', route.a],
        ['b', route.b],
        ['fa', route.fa],
        ['fb', route.fb],
      ])}`;
    case 'glossary':
      return `${PAGE_SEGMENTS.glossary}/${query([['istilah', route.term]])}`;
    case 'import':
      return `${PAGE_SEGMENTS.import}/`;
    case 'susun':
      return `${PAGE_SEGMENTS.susun}/`;
    case 'presentation':
      return `${PAGE_SEGMENTS.presentation}/${query([
        ['dek', route.deck],
        ['butir', route.item > 0 ? route.item : undefined],
        ['jalur', route.path.length > 0 ? route.path.join(',') : undefined],
        ['tur', route.tour ? 1 : undefined],
      ])}`;
    case 'embed':
      return `${PAGE_SEGMENTS.embed}/${route.region}/${
        route.flow ? `${REGION_SEGMENTS.flow}/${route.flow}/` : `${route.unit ?? ''}/`
      }${query([
        ['unit', route.flow ? route.unit : undefined],
        ['jabatan', route.selected],
        ['bahasa', route.lang],
        ['tema', route.theme],
        ['tinggi', route.height],
      ])}`;
    case 'unknown':
      return route.path;
  }
}

/** Whether a route shows a region imported into this browser (served by the shell page). */
export function isImported(route: Route): boolean {
  return 'region' in route && typeof route.region === 'string' && route.region.startsWith(IMPORT_PREFIX);
}

/**
 * The link to a route, relative to the site's root (every page's `<base href>`): a plain string,
 * the same on the server and in the browser.
 */
export function href(route: Route): string {
  const path = pathOf(route);
  if (route.name !== 'embed' && route.name !== 'unknown' && isImported(route))
    return `${IMPORTED_SHELL}#/${path}`;
  return path === '' ? './' : path;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * A path relative to the site's root (with or without the trailing slash) and its query string,
 * back into a route. Anything that is not a page comes back as `unknown`, never as an error.
 */
export function parsePath(rawPath: string, search = ''): Route {
  const path = rawPath
    .replace(/^\.\//, '')
    .replace(/^\/+|\/+$/g, '')
    .replace(/(?:^|\/)index\.html$/, '');
  if (path === '') return { name: 'home' };
  const parts = path.split('/').map(safeDecode);
  const unknown = (region?: string): Route => ({
    name: 'unknown',
    path: rawPath.slice(0, 300),
    ...(region ? { region } : {}),
  });
  if (!parts.every((p) => SEGMENT.test(p))) return unknown();
  const q = new URLSearchParams(search);
  const [first, second, third, fourth] = parts as [string, string?, string?, string?];
  const n = parts.length;
  switch (first) {
    case PAGE_SEGMENTS.search: {
      if (n !== 1) return unknown();
      const region = seg(q.get('wilayah'));
      return {
        name: 'search',
        query: (q.get('q') ?? '').slice(0, LIMITS.query),
        ...(region ? { region } : {}),
      };
    }
    case PAGE_SEGMENTS.myPosition: {
      if (n > 4) return unknown();
      if (second === PAGE_SEGMENTS.province)
        return n === 3 && third ? { name: 'myPosition', province: third } : unknown();
      // Old links carried the answer in the query (?wilayah=&unit=&jabatan=).
      const region = second ?? seg(q.get('wilayah'));
      const unit = region ? (third ?? seg(q.get('unit'))) : undefined;
      const position = unit ? (fourth ?? seg(q.get('jabatan'))) : undefined;
      return {
        name: 'myPosition',
        ...(region ? { region } : {}),
        ...(unit ? { unit } : {}),
        ...(position ? { position } : {}),
      };
    }
    case PAGE_SEGMENTS.compare: {
      if (n > 1) return unknown();
      const [a, b, fa, fb] = [pair(q.get('a')), pair(q.get('b')), pair(q.get('fa')), pair(q.get('fb'))];
      return {
        name: 'compare',
        ...(a ? { a } : {}),
        ...(b ? { b } : {}),
        ...(fa ? { fa } : {}),
        ...(fb ? { fb } : {}),
      };
    }
    case PAGE_SEGMENTS.glossary: {
      if (n > 1) return unknown();
      const term = seg(q.get('istilah'));
      return { name: 'glossary', ...(term ? { term } : {}) };
    }
    case PAGE_SEGMENTS.import:
      return n === 1 || (n === 2 && second === 'lihat') ? { name: 'import' } : unknown();
    case PAGE_SEGMENTS.susun:
      return n === 1 ? { name: 'susun' } : unknown();
    case PAGE_SEGMENTS.presentation: {
      if (n > 1) return unknown();
      const item = Number(q.get('butir') ?? '0');
      return {
        name: 'presentation',
        deck: (q.get('dek') ?? '').slice(0, LIMITS.deckChars),
        item: Number.isInteger(item) && item >= 0 ? Math.min(item, LIMITS.deckItem) : 0,
        path: events(q.get('jalur')),
        tour: q.get('tur') === '1',
      };
    }
    case PAGE_SEGMENTS.province:
      return n === 2 && second ? { name: 'province', province: second } : unknown();
    case PAGE_SEGMENTS.embed: {
      if (!second) return unknown();
      const lang = q.get('bahasa');
      const theme = q.get('tema');
      const height = Number(q.get('tinggi'));
      const options: EmbedOptions = {
        ...(lang === 'id' || lang === 'en' ? { lang } : {}),
        ...(theme === 'terang' || theme === 'kontras' ? { theme } : {}),
        ...(Number.isInteger(height) && height >= 200 && height <= 4000 ? { height } : {}),
      };
      const selected = seg(q.get('jabatan'));
      if (n === 3 && third && third !== REGION_SEGMENTS.flow)
        return { name: 'embed', region: second, unit: third, ...(selected ? { selected } : {}), ...options };
      if (n === 4 && third === REGION_SEGMENTS.flow && fourth) {
        const unit = seg(q.get('unit'));
        return { name: 'embed', region: second, flow: fourth, ...(unit ? { unit } : {}), ...options };
      }
      return unknown(second);
    }
  }
  const region = first;
  if (n === 1) {
    const focus = seg(q.get('ketentuan'));
    return { name: 'region', region, ...(focus ? { focus } : {}) };
  }
  if (second === REGION_SEGMENTS.passage) {
    if (n !== 2) return unknown(region);
    const lines = /^(\d{1,6})-(\d{1,6})$/.exec(q.get('baris') ?? '');
    const [from, to] = lines ? [Number(lines[1]), Number(lines[2])] : [0, 0];
    return { name: 'passage', region, ...(from >= 1 && from <= to ? { from, to } : { from: 0, to: 0 }) };
  }
  if (second === REGION_SEGMENTS.letter)
    return n === 3 && third ? { name: 'letter', region, form: third } : unknown(region);
  if (second === REGION_SEGMENTS.flow) {
    if (n !== 3 || !third) return unknown(region);
    const unit = seg(q.get('unit'));
    const variant = q.get('varian');
    const path = events(q.get('jalur'));
    return {
      name: 'flow',
      region,
      flow: third,
      ...(unit ? { unit } : {}),
      ...(variant === 'individu' || variant === 'tim' ? { variant } : {}),
      ...(path.length > 0 ? { path } : {}),
    };
  }
  if (second && (n === 2 || (n === 3 && third === REGION_SEGMENTS.outline))) {
    const selected = seg(q.get('jabatan'));
    return {
      name: 'unit',
      region,
      unit: second,
      view: n === 3 ? 'daftar' : 'bagan',
      ...(selected ? { selected } : {}),
    };
  }
  return unknown(region);
}

/**
 * Reads a location: its path below the site's root, or, on the imported-region shell page (or on
 * an old link), the path in its hash.
 */
export function parseLocation(pathBelowRoot: string, search: string, hash: string): Route {
  const inShell = pathBelowRoot.replace(/^\/+/, '').replace(/index\.html$/, '') === IMPORTED_SHELL;
  if (
    inShell ||
    (hash.startsWith('#/') && (pathBelowRoot === '' || /^\/?(index\.html)?$/.test(pathBelowRoot)))
  ) {
    const legacy = parseLegacyHash(hash);
    if (legacy) return legacy;
  }
  return parsePath(pathBelowRoot, search);
}

/** An old hash link (`#/semarang/kecamatan?jabatan=camat`), or undefined if the hash is not one. */
export function parseLegacyHash(hash: string): Route | undefined {
  if (!hash.startsWith('#/')) return undefined;
  const raw = hash.slice(1);
  const at = raw.indexOf('?');
  return at === -1 ? parsePath(raw) : parsePath(raw.slice(0, at), raw.slice(at + 1));
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
