/**
 * Hash routes, so deep links work from any sub-path and inside an iframe:
 *   #/                                 home (region picker)
 *   #/<region>                         a region: its unit types, flows, rules and notes
 *   #/<region>/<unit>[?jabatan=<id>]   the chart of one unit type (with a selected position)
 *   #/<region>/<unit>/daftar           the same unit type as a nested list (text alternative)
 *   #/<region>/alur/<flow>             one flow as an ordered step list
 */
export type UnitView = 'bagan' | 'daftar';

export type Route =
  | { name: 'home' }
  | { name: 'region'; region: string }
  | { name: 'unit'; region: string; unit: string; view: UnitView; selected?: string }
  | { name: 'flow'; region: string; flow: string }
  | { name: 'unknown'; hash: string; region?: string };

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
  if (parts.length === 1) return { name: 'region', region };
  if (second === 'alur') {
    if (parts.length === 3 && third !== undefined) return { name: 'flow', region, flow: third };
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
      return `#/${route.region}`;
    case 'unit': {
      const base = `#/${route.region}/${route.unit}${route.view === 'daftar' ? '/daftar' : ''}`;
      return route.selected ? `${base}?jabatan=${route.selected}` : base;
    }
    case 'flow':
      return `#/${route.region}/alur/${route.flow}`;
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
