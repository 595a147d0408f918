/**
 * Hash routes, so deep links work from any sub-path and inside an iframe:
 *   #/                       home (region picker)
 *   #/<region>               a region: its unit types, flows, rules and notes
 *   #/<region>/<unit>        the outline of one unit type
 *   #/<region>/alur/<flow>   one flow as an ordered step list
 */
export type Route =
  | { name: 'home' }
  | { name: 'region'; region: string }
  | { name: 'unit'; region: string; unit: string }
  | { name: 'flow'; region: string; flow: string }
  | { name: 'unknown'; hash: string; region?: string };

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+|\/+$/g, '');
  if (path === '') return { name: 'home' };
  const parts = path.split('/').map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  if (!parts.every((p) => SEGMENT.test(p))) return { name: 'unknown', hash };
  const [region, second, third] = parts;
  if (region === undefined) return { name: 'home' };
  if (parts.length === 1) return { name: 'region', region };
  if (parts.length === 2 && second !== undefined && second !== 'alur')
    return { name: 'unit', region, unit: second };
  if (parts.length === 3 && second === 'alur' && third !== undefined)
    return { name: 'flow', region, flow: third };
  return { name: 'unknown', hash, region };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'region':
      return `#/${route.region}`;
    case 'unit':
      return `#/${route.region}/${route.unit}`;
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
}

export const router = new Router();
