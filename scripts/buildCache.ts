/**
 * What a build keeps about each region for the next one, so that rebuilding after one region
 * changed redoes that region (and the regions whose pages list it) and moves the others' files
 * over from the previous build:
 *
 * - `<id>.check.json`: the region file as validated — its list entry and its search words — under
 *   a stamp of the file's text and every file that can change how it is read or shown (the code,
 *   the texts, the package versions). A file whose stamp matches is not validated again.
 * - `<id>.out.json`: every file the region's step wrote below the site's root, its pages for the
 *   sitemap, under a stamp that adds what its pages show of other regions (the province lists).
 * - `vite.json`: every file Vite wrote and its two page templates, under the code's stamp.
 *
 * Kept under node_modules/.cache, one folder per output folder; never published.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RegionIndexEntry } from '../src/data/regionIndex';
import type { SearchHeadRegion } from '../src/search/termIndex';

const ROOT = join(import.meta.dirname, '..');

export interface CheckRecord {
  stamp: string;
  entry: RegionIndexEntry;
  head: SearchHeadRegion;
  words: [string, number][];
}

/** What Vite wrote into the output folder under a code stamp, and its two page templates. */
export interface ViteRecord {
  stamp: string;
  files: string[];
  templates: { app: string; embed: string };
}

export interface OutputRecord {
  stamp: string;
  files: string[];
  urls: string[];
  count: number;
}

/** Everything but the region files that the build's output depends on, as one hash. */
export function codeStamp(): string {
  const h = createHash('sha256');
  const add = (path: string) => {
    const full = join(ROOT, path);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of readdirSync(full).sort()) add(join(path, name));
    } else h.update(path).update('\0').update(readFileSync(full)).update('\0');
  };
  for (const path of [
    'src',
    'scripts',
    'public',
    'data/sources',
    'data/glossary.json',
    'data/schema.json',
    'data/template.json',
    'index.html',
    'embed.html',
    'vite.config.ts',
    // Vite reads these in a build (VITE_ variables).
    '.env',
    '.env.local',
    '.env.production',
    '.env.production.local',
    'package-lock.json',
  ])
    add(path);
  h.update(process.env['BASE_PATH'] ?? '');
  return h.digest('hex');
}

export const stampOf = (...parts: string[]): string => {
  const h = createHash('sha256');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('hex');
};

export function buildCache(dir: string) {
  mkdirSync(dir, { recursive: true });
  const read = <T>(name: string): T | undefined => {
    try {
      return JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
    } catch {
      return undefined;
    }
  };
  return {
    check: (id: string, stamp: string): CheckRecord | undefined => {
      const got = read<CheckRecord>(`${id}.check.json`);
      return got?.stamp === stamp ? got : undefined;
    },
    keepCheck: (id: string, record: CheckRecord) =>
      writeFileSync(join(dir, `${id}.check.json`), JSON.stringify(record)),
    output: (id: string, stamp: string): OutputRecord | undefined => {
      const got = read<OutputRecord>(`${id}.out.json`);
      return got?.stamp === stamp ? got : undefined;
    },
    keepOutput: (id: string, record: OutputRecord) =>
      writeFileSync(join(dir, `${id}.out.json`), JSON.stringify(record)),
    vite: (stamp: string): ViteRecord | undefined => {
      const got = read<ViteRecord>('vite.json');
      return got?.stamp === stamp ? got : undefined;
    },
    keepVite: (record: ViteRecord) => writeFileSync(join(dir, 'vite.json'), JSON.stringify(record)),
  };
}

/**
 * Folders that hold only region `id`'s files: those named by its id at the top or one level down
 * (`<id>/`, `posisi/<id>/`, `data/<id>/`, `sematkan/<id>/`); no other step writes into them. The
 * other files are listed one by one.
 */
export function ownFolders(id: string, files: readonly string[]): { folders: string[]; loose: string[] } {
  const folders = new Set<string>();
  const loose: string[] = [];
  for (const file of files) {
    const parts = file.split('/');
    const at = parts.slice(0, 2).indexOf(id);
    if (at >= 0 && at < parts.length - 1) folders.add(parts.slice(0, at + 1).join('/'));
    else loose.push(file);
  }
  return { folders: [...folders], loose };
}

/**
 * Moves a region's files from the previous build's folder into the new one: its own folders whole
 * (one rename each, so nothing of them is left behind to delete), the rest file by file. False when
 * one is missing (the region is then built again, writing over what was moved).
 */
export function moveOver(
  id: string,
  files: readonly string[],
  from: string,
  to: string,
  made: Set<string>,
): boolean {
  const { folders, loose } = ownFolders(id, files);
  return moveFiles([...folders, ...loose], from, to, made);
}

/** Moves files or folders (paths relative to `from`) into `to`; false when one is missing. */
export function moveFiles(paths: readonly string[], from: string, to: string, made: Set<string>): boolean {
  try {
    for (const path of paths) {
      const target = join(to, path);
      const folder = dirname(target);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      renameSync(join(from, path), target);
    }
    return true;
  } catch {
    return false;
  }
}

/** Every file below `dir`, as paths relative to it. */
export function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(dir, path) : [path];
  });
}

/**
 * Whether dist/ was built from the code as it is now (the stamp `npm run build` kept with Vite's
 * files): tests that read dist/ check it, so that a stale build cannot pass for a fresh one.
 */
export function distIsCurrent(): { ok: boolean; why: string } {
  const file = join(ROOT, 'node_modules', '.cache', 'bagan-build', 'vite.json');
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as ViteRecord;
    return kept.stamp === codeStamp()
      ? { ok: true, why: '' }
      : { ok: false, why: 'dist/ was built from other code: run `npm run build` (npm test does)' };
  } catch {
    return { ok: false, why: 'no build on record: run `npm run build` first (npm test does)' };
  }
}
