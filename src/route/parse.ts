/**
 * Locations back into routes: a path below the site's root and its query string (`parsePath`), the
 * imported-region shell page and old hash links (`parseLocation`, `parseLegacyHash`). What a link
 * may ask for is checked here: anything that is not a page comes back as `unknown`.
 */
import {
  IMPORTED_SHELL,
  LIMITS,
  PAGE_SEGMENTS,
  REGION_SEGMENTS,
  type EmbedOptions,
  type Route,
} from './table';

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
