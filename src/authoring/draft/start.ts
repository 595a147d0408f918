/**
 * How a draft starts: an empty region, or the structure of a bundled region with its citations
 * cleared and marked to re-cite.
 */
import type { RegionData } from '../../data/schema';
import { SCHEMA_VERSION } from '../../data/schema';
import type { Citation, DraftRegion } from '../draft';
import { missing } from './cite';

/** An empty region with one unit type, ready for forms. */
export function emptyRegion(sourceFile = 'peraturan.txt'): DraftRegion {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'wilayah-baru',
    name: '',
    level: 'kabupaten',
    regulation: {
      type: 'Peraturan Bupati',
      number: '',
      year: new Date().getFullYear(),
      title: 'Sistem Kerja',
      date: '',
      cite: missing(),
    },
    source: sourceFile,
    unitTypes: [],
    flows: [],
    rules: [],
    forms: [],
    notes: [],
  };
}

/**
 * The structure of a bundled region with every citation cleared and marked to re-cite
 * ("mulai dari pola ..."): its unit types, positions, relations, flows and steps stay; the
 * regional facts that are not structure (name, regulation, perangkat daerah lists, offices,
 * rules, forms and notes) are left for the new text.
 */
export function fromRegionStructure(region: RegionData, sourceFile: string): DraftRegion {
  const cleared = clearCitations(structuredClone(region)) as DraftRegion;
  return {
    ...emptyRegion(sourceFile),
    unitTypes: cleared.unitTypes.map((u) => omit(u, ['perangkatDaerah', 'criterion', 'formerIds'])),
    flows: cleared.flows.map((f) => ({
      ...omit(f, ['formerIds']),
      // letter templates are the old region's: the new text's forms are cited anew
      steps: f.steps.map((s) => omit(s, ['form'])),
    })),
  };
}

function omit<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Omit<T, K> {
  const out = { ...value };
  for (const key of keys) delete out[key];
  return out;
}

/** Replaces every citation in a value with a missing mark that remembers the old locator. */
function clearCitations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clearCitations);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (
      key === 'basis' &&
      child &&
      typeof child === 'object' &&
      (child as { kind?: string }).kind === 'supplied'
    )
      continue; // a supplied basis names a note of the old region; the new text needs its own
    if (key === 'cite' && child && typeof child === 'object' && 'locator' in child)
      out[key] = missing(String((child as Citation).locator));
    else out[key] = clearCitations(child);
  }
  return out;
}
