/**
 * Routes into links: the path of every page of the route table (`./table.ts`) with its query
 * string, and the shell page that serves the pages of a region imported into this browser.
 */
import { IMPORTED_SHELL, PAGE_SEGMENTS, REGION_SEGMENTS, isImported, type Route } from './table';

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
