/**
 * What a page's first view downloads in JavaScript, gzip-sized: the entry script, the chunks it
 * imports, the app it starts once the page is painted (src/app/start.ts), and the chunks of the
 * page's own view (from the build's manifest), before anything the
 * reader asks for later (ELK, exports, other pages).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}
type Manifest = Record<string, Chunk>;

/** The view components pages open on (src/app/views.ts). */
export const VIEWS = {
  home: 'src/ui/Home.svelte',
  unit: 'src/ui/UnitPage.svelte',
  flow: 'src/ui/FlowPage.svelte',
  region: 'src/ui/RegionPage.svelte',
  myPosition: 'src/ui/position/MyPositionPage.svelte',
  province: 'src/ui/regions/ProvincePage.svelte',
} as const;

/** The app the entry starts after the first paint (a dynamic import of src/main.ts). */
const APP = 'src/app/start.ts';

function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** The files of `key` and of every chunk it imports statically. */
function closure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const dep of chunk.imports ?? []) closure(manifest, dep, into);
  return into;
}

export function firstViewBytes(
  dist: string,
  view: keyof typeof VIEWS = 'home',
): { js: number; files: string[] } {
  const manifest = readManifest(dist);
  const files = [
    ...closure(manifest, 'index.html'),
    ...closure(manifest, APP),
    ...closure(manifest, VIEWS[view]),
  ];
  const unique = [...new Set(files)].filter((f) => f.endsWith('.js'));
  const js = unique.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
  return { js, files: unique };
}
