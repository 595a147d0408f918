import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const DATA_DIR = join(import.meta.dirname, '..', 'data');
/** BAGAN_REGIONS_DIR builds another set of region files (the scale bench's synthetic copies). */
export const REGIONS_DIR = process.env['BAGAN_REGIONS_DIR'] ?? join(DATA_DIR, 'regions');
export const SOURCES_DIR = join(DATA_DIR, 'sources');

/** The regulations' plain texts, by file name. */
export function readSources(dir = SOURCES_DIR): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir))
    if (name.endsWith('.txt')) out.set(name, readFileSync(join(dir, name), 'utf8'));
  return out;
}

export function regionFiles(dir = REGIONS_DIR): string[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => join(dir, n));
}
