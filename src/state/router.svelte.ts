/**
 * Hash routes, so deep links work from any sub-path and inside an iframe:
 *   #/                                 home (region picker)
 *   #/<region>                         a region: its unit types, flows, rules and notes
 *   #/<region>/<unit>[?jabatan=<id>]   the chart of one unit type (with a selected position)
 *   #/<region>/<unit>/daftar           the same unit type as a nested list (text alternative)
 *   #/cari?q=<text>                    search across regions
 *   #/posisi[?wilayah=&unit=&jabatan=]  "Posisi saya": an official's own place, answered
 *   #/banding?a=<region>/<unit>&b=<region>/<unit>   two unit types side by side
 *   #/glosarium[?istilah=<id>]          the glossary
 *   #/impor                            import a region file (validated in the browser)
 *   #/susun                            encode a regulation in the browser (Susun)
 *   #/presentasi?dek=<items>[&butir=<n>&jalur=<events>&tur=1]   presentation of a deck
 *   #/<region>/surat/<form>            a letter template from the annex, to fill in and print
 *   #/<region>/alur/<flow>[?unit=<unit>&varian=<individu|tim>&jalur=<events>]
 *                                      one flow played on a unit type's chart; `jalur` is the
 *                                      comma-separated events taken so far (replayed on load)
 */
export type UnitView = 'bagan' | 'daftar';

export type Route =
  | { name: 'home' }
  | { name: 'region'; region: string; focus?: string }
  | { name: 'search'; query: string }
  | { name: 'myPosition'; region?: string; unit?: string; position?: string }
  | { name: 'compare'; a?: string; b?: string }
  | { name: 'glossary'; term?: string }
  | { name: 'import' }
  | { name: 'susun' }
  | { name: 'letter'; region: string; form: string }
  | { name: 'presentation'; deck: string; item: number; path: string[]; tour: boolean }
  | { name: 'unit'; region: string; unit: string; view: UnitView; selected?: string }
  | {
      name: 'flow';
      region: string;
      flow: string;
      unit?: string;
      variant?: 'individu' | 'tim';
      path?: string[];
    }
  | { name: 'unknown'; hash: string; region?: string };

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EVENT = /^[a-z]+(?:\.[a-z][a-zA-Z]*)?$/;

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const path = pathPart.replace(/^\/+|\/+$/g, '');
  if (path === '') return { name: 'home' };
  const parts = path.split('/').map(safeDecode);
  if (!parts.every((p) => SEGMENT.test(p))) return { name: 'unknown', hash };
  const query = new URLSearchParams(queryPart);
  const [region, second, third] = parts;
  if (region === undefined) return { name: 'home' };
  const pair = (v: string | null) => (v && /^[a-z0-9-]+\/[a-z0-9-]+$/.test(v) ? v : undefined);
  const seg = (v: string | null) => (v && SEGMENT.test(v) ? v : undefined);
  if (parts.length === 1) {
    if (region === 'cari') return { name: 'search', query: (query.get('q') ?? '').slice(0, 200) };
    if (region === 'posisi') {
      const [w, u, j] = [seg(query.get('wilayah')), seg(query.get('unit')), seg(query.get('jabatan'))];
      return {
        name: 'myPosition',
        ...(w ? { region: w } : {}),
        ...(u ? { unit: u } : {}),
        ...(j ? { position: j } : {}),
      };
    }
    if (region === 'banding') {
      const [a, b] = [pair(query.get('a')), pair(query.get('b'))];
      return { name: 'compare', ...(a ? { a } : {}), ...(b ? { b } : {}) };
    }
    if (region === 'impor') return { name: 'import' };
    if (region === 'susun') return { name: 'susun' };
    if (region === 'presentasi') {
      const item = Number(query.get('butir') ?? '0');
      const path = (query.get('jalur') ?? '').split(',').filter((e) => EVENT.test(e));
      return {
        name: 'presentation',
        deck: (query.get('dek') ?? '').slice(0, 4000),
        item: Number.isInteger(item) && item >= 0 ? item : 0,
        path,
        tour: query.get('tur') === '1',
      };
    }
    if (region === 'glosarium') {
      const term = seg(query.get('istilah'));
      return { name: 'glossary', ...(term ? { term } : {}) };
    }
    const focus = seg(query.get('ketentuan'));
    return { name: 'region', region, ...(focus ? { focus } : {}) };
  }
  if (second === 'surat') {
    if (parts.length === 3 && third !== undefined) return { name: 'letter', region, form: third };
    return { name: 'unknown', hash, region };
  }
  if (second === 'alur') {
    if (parts.length === 3 && third !== undefined) {
      const unit = query.get('unit');
      const variant = query.get('varian');
      const path = (query.get('jalur') ?? '').split(',').filter((e) => EVENT.test(e));
      return {
        name: 'flow',
        region,
        flow: third,
        ...(unit && SEGMENT.test(unit) ? { unit } : {}),
        ...(variant === 'individu' || variant === 'tim' ? { variant } : {}),
        ...(path.length > 0 ? { path } : {}),
      };
    }
    return { name: 'unknown', hash, region };
  }
  if (second !== undefined && (parts.length === 2 || (parts.length === 3 && third === 'daftar'))) {
    const selected = query.get('jabatan');
    return {
      name: 'unit',
      region,
      unit: second,
      view: third === 'daftar' ? 'daftar' : 'bagan',
      ...(selected && SEGMENT.test(selected) ? { selected } : {}),
    };
  }
  return { name: 'unknown', hash, region };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function href(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'region':
      return route.focus ? `#/${route.region}?ketentuan=${route.focus}` : `#/${route.region}`;
    case 'search':
      return route.query ? `#/cari?q=${encodeURIComponent(route.query)}` : '#/cari';
    case 'myPosition': {
      const q = new URLSearchParams();
      if (route.region) q.set('wilayah', route.region);
      if (route.unit) q.set('unit', route.unit);
      if (route.position) q.set('jabatan', route.position);
      const qs = q.toString();
      return qs ? `#/posisi?${qs}` : '#/posisi';
    }
    case 'compare': {
      const q: string[] = [];
      if (route.a) q.push(`a=${route.a}`);
      if (route.b) q.push(`b=${route.b}`);
      return q.length ? `#/banding?${q.join('&')}` : '#/banding';
    }
    case 'import':
      return '#/impor';
    case 'susun':
      return '#/susun';
    case 'presentation': {
      const parts = [`dek=${route.deck}`];
      if (route.item > 0) parts.push(`butir=${route.item}`);
      if (route.path.length > 0) parts.push(`jalur=${route.path.join(',')}`);
      if (route.tour) parts.push('tur=1');
      return `#/presentasi?${parts.join('&')}`;
    }
    case 'glossary':
      return route.term ? `#/glosarium?istilah=${route.term}` : '#/glosarium';
    case 'unit': {
      const base = `#/${route.region}/${route.unit}${route.view === 'daftar' ? '/daftar' : ''}`;
      return route.selected ? `${base}?jabatan=${route.selected}` : base;
    }
    case 'letter':
      return `#/${route.region}/surat/${route.form}`;
    case 'flow': {
      const query = new URLSearchParams();
      if (route.unit) query.set('unit', route.unit);
      if (route.variant) query.set('varian', route.variant);
      if (route.path && route.path.length > 0) query.set('jalur', route.path.join(','));
      const q = query.toString().replace(/%2C/g, ',');
      return `#/${route.region}/alur/${route.flow}${q ? `?${q}` : ''}`;
    }
    case 'unknown':
      return route.hash;
  }
}

class Router {
  route = $state.raw<Route>(parseHash(typeof location === 'undefined' ? '' : location.hash));

  constructor() {
    if (typeof window !== 'undefined')
      window.addEventListener('hashchange', () => {
        this.route = parseHash(location.hash);
      });
  }

  /** Changes the URL without adding a history entry (selection, view settings). */
  replace(route: Route): void {
    history.replaceState(history.state, '', href(route));
    this.route = route;
  }
}

export const router = new Router();
