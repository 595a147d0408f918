/**
 * Every mode's layout of a unit type, as the build publishes it and the dev server answers it:
 * from the layout cache on disk (scripts/layoutCache.ts) when the unit's data and the layout code
 * are unchanged, and held in memory for the units asked for lately.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { RegionData } from '../src/data/schema';
import { layoutUnit } from '../src/layout/layoutUnit';
import { MODES, type UnitLayouts } from '../src/layout/regionLayouts';
import { unitHash } from '../src/layout/chartModel';
import { layoutCacheKey, readCachedLayouts, writeCachedLayouts } from './layoutCache';

const elk = new ELK();

/** Every mode's layout of a unit type, from the cache when the unit's data and the layout code are unchanged. */
export function unitLayouts(unit: RegionData['unitTypes'][number]): Promise<UnitLayouts> {
  const key = layoutCacheKey(unitHash(unit));
  let hit = recent.get(key);
  if (hit) {
    recent.delete(key);
  } else {
    hit = computeLayouts(key, unit);
    hit.catch(() => recent.delete(key));
  }
  recent.set(key, hit);
  // The dev server answers again from memory; the build touches each unit once.
  for (const old of recent.keys()) {
    if (recent.size <= RECENT) break;
    recent.delete(old);
  }
  return hit;
}

/** Layouts asked for lately (most recent last), so a page reload reads no file. */
const recent = new Map<string, Promise<UnitLayouts>>();
const RECENT = 64;

async function computeLayouts(key: string, unit: RegionData['unitTypes'][number]): Promise<UnitLayouts> {
  const cached = readCachedLayouts(key);
  if (cached) return cached;
  const out: UnitLayouts = {};
  for (const mode of MODES) out[mode] = await layoutUnit(elk, unit, mode);
  writeCachedLayouts(key, out);
  return out;
}
