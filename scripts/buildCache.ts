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
  };
}

/**
 * Moves a region's files from the previous build's folder into the new one. False when one is
 * missing (the region is then built again, writing over what was moved).
 */
export function moveOver(files: readonly string[], from: string, to: string, made: Set<string>): boolean {
  try {
    for (const file of files) {
      const target = join(to, file);
      const folder = dirname(target);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      renameSync(join(from, file), target);
    }
    return true;
  } catch {
    return false;
  }
}
