/**
 * Layouts computed by earlier builds, keyed by the unit type's data and by the layout code
 * itself: rebuilding after one region changed lays out only that region's changed unit types.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UnitLayouts } from '../src/layout/regionLayouts';

const ROOT = join(import.meta.dirname, '..');
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'bagan-layouts');
const LAYOUT_SOURCES = join(ROOT, 'src', 'layout');

let codeHash: string | undefined;

/** A hash of the code that computes layouts (src/layout/*.ts): a change there empties the cache. */
function layoutCodeHash(): string {
  if (codeHash) return codeHash;
  const h = createHash('sha256');
  for (const name of readdirSync(LAYOUT_SOURCES).sort())
    if (name.endsWith('.ts')) h.update(name).update(readFileSync(join(LAYOUT_SOURCES, name)));
  codeHash = h.digest('hex').slice(0, 16);
  return codeHash;
}

export function layoutCacheKey(unitHash: string): string {
  return `${layoutCodeHash()}-${unitHash}`;
}

export function readCachedLayouts(key: string): UnitLayouts | undefined {
  if (process.env['BAGAN_NO_LAYOUT_CACHE']) return undefined;
  try {
    return JSON.parse(readFileSync(join(CACHE_DIR, `${key}.json`), 'utf8')) as UnitLayouts;
  } catch {
    return undefined;
  }
}

export function writeCachedLayouts(key: string, layouts: UnitLayouts): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(join(CACHE_DIR, `${key}.json`), JSON.stringify(layouts));
  } catch {
    // a cache that cannot be written only costs time
  }
}
