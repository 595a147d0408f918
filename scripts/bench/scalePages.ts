/**
 * What npm run bench:scale and the scale build test share: the shipped regions with synthetic
 * copies (new ids, names and provinces), and the gzip bytes each kind of page fetches before its
 * first paint (its HTML, the JS and CSS it references from the build's manifest, and the data
 * files its loader fetches, run against the built files).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadPage, type Fetcher } from '../../src/app/load';
import type { Route } from '../../src/routes';
import type { RegionData } from '../../src/data/schema';
import { firstViewBytes, VIEWS } from '../firstView';
import { regionFiles } from '../sources';
import { syntheticWord } from './searchScale';

const ROOT = join(import.meta.dirname, '..', '..');
/** Indonesia's 38 provinces: synthetic regions are spread over them. */
const PROVINCES = [
  'Aceh',
  'Sumatera Utara',
  'Sumatera Barat',
  'Riau',
  'Kepulauan Riau',
  'Jambi',
  'Bengkulu',
  'Sumatera Selatan',
  'Kepulauan Bangka Belitung',
  'Lampung',
  'Banten',
  'DKI Jakarta',
  'Jawa Barat',
  'Jawa Tengah',
  'DI Yogyakarta',
  'Jawa Timur',
  'Bali',
  'Nusa Tenggara Barat',
  'Nusa Tenggara Timur',
  'Kalimantan Barat',
  'Kalimantan Tengah',
  'Kalimantan Selatan',
  'Kalimantan Timur',
  'Kalimantan Utara',
  'Sulawesi Utara',
  'Gorontalo',
  'Sulawesi Tengah',
  'Sulawesi Barat',
  'Sulawesi Selatan',
  'Sulawesi Tenggara',
  'Maluku',
  'Maluku Utara',
  'Papua',
  'Papua Barat',
  'Papua Barat Daya',
  'Papua Tengah',
  'Papua Pegunungan',
  'Papua Selatan',
];

/** Writes the shipped regions and n - 5 synthetic copies into `dir`. */
export function writeRegions(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  const shipped = regionFiles(join(ROOT, 'data', 'regions')).map((p) => readFileSync(p, 'utf8'));
  shipped.forEach((text) => writeFileSync(join(dir, `${(JSON.parse(text) as RegionData).id}.json`), text));
  for (let i = 0; i < n - shipped.length; i++) {
    const region = JSON.parse(shipped[i % shipped.length]!) as RegionData;
    region.id = `sintetis-${i}`;
    region.name = `Kabupaten ${syntheticWord(i, 2)}`;
    region.level = 'kabupaten';
    region.province = PROVINCES[i % PROVINCES.length]!;
    writeFileSync(join(dir, `${region.id}.json`), JSON.stringify(region));
  }
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** The kinds of page measured, with the view whose chunks they load. */
export const PAGES: { kind: string; route: Route; view: keyof typeof VIEWS }[] = [
  { kind: 'home', route: { name: 'home' }, view: 'home' },
  { kind: 'province', route: { name: 'province', province: 'jawa-tengah' }, view: 'province' },
  { kind: 'region', route: { name: 'region', region: 'semarang' }, view: 'region' },
  {
    kind: 'unit',
    route: { name: 'unit', region: 'semarang', unit: 'kecamatan', view: 'bagan' },
    view: 'unit',
  },
  {
    kind: 'flow',
    route: { name: 'flow', region: 'semarang', flow: 'penunjukan-lintas-perangkat-daerah' },
    view: 'flow',
  },
];

/** Gzip bytes a page fetches before its first paint: HTML, JS, CSS, and its loader's data. */
export async function pageBytes(
  dist: string,
  page: (typeof PAGES)[number],
  path: string,
): Promise<{ html: number; code: number; data: number; dataFiles: string[] }> {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const cssBytes = css.reduce((n, f) => n + gz(readFileSync(join(dist, f))), 0);
  const dataFiles: string[] = [];
  const fetcher: Fetcher = (file) => {
    dataFiles.push(file);
    try {
      return Promise.resolve({ ok: true, text: readFileSync(join(dist, file), 'utf8') });
    } catch {
      return Promise.resolve({ ok: false, reason: 'HTTP 404', status: 404 });
    }
  };
  await loadPage(page.route, fetcher);
  const data = dataFiles.reduce((n, f) => {
    try {
      return n + gz(readFileSync(join(dist, f)));
    } catch {
      return n;
    }
  }, 0);
  return { html: gz(html), code: firstViewBytes(dist, page.view).js + cssBytes, data, dataFiles };
}
