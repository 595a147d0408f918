/**
 * Browser loading of the published data: fetch, then the same validation as the CLI (without
 * the quote check, which needs the regulation texts). Never throws: a failure is a value the
 * page can show.
 */
import * as v from 'valibot';
import { RegionIndex } from './regionIndex';
import { validateRegionText } from './validate';
import type { DataIssue } from './issues';
import type { RegionData } from './schema';
import { fetchOnce, forget } from './fetchOnce';
import { hashText } from './hash';

export type Loaded<T> =
  | { status: 'ok'; value: T }
  | { status: 'invalid'; issues: DataIssue[] }
  | { status: 'unavailable'; reason: string };

export async function loadIndex(base = './data/'): Promise<Loaded<RegionIndex>> {
  const file = 'data/index.json';
  const got = await fetchOnce(`${base}index.json`);
  if (!got.ok) return { status: 'unavailable', reason: got.reason };
  let json: unknown;
  try {
    json = JSON.parse(got.text);
  } catch (error) {
    return {
      status: 'invalid',
      issues: [{ file, path: '$', message: `bukan JSON yang sah: ${(error as Error).message}` }],
    };
  }
  const parsed = v.safeParse(RegionIndex, json);
  if (!parsed.success)
    return {
      status: 'invalid',
      issues: parsed.issues.map((i) => ({ file, path: v.getDotPath(i) ?? '$', message: i.message })),
    };
  return { status: 'ok', value: parsed.output };
}

/**
 * Loads a region file. When the index carries the hash of the file the build validated and the
 * text matches it, the validation already done at build time stands; anything else (an edited or
 * replaced file, an import) is validated here in full.
 */
export async function loadRegion(
  fileName: string,
  validatedHash?: string,
  base = './data/',
): Promise<Loaded<RegionData>> {
  const got = await fetchOnce(`${base}${fileName}`);
  if (!got.ok) return { status: 'unavailable', reason: got.reason };
  if (validatedHash !== undefined && hashText(got.text) === validatedHash) {
    try {
      return { status: 'ok', value: JSON.parse(got.text) as RegionData };
    } catch {
      // fall through to the full check, which names the problem
    }
  }
  const result = validateRegionText(got.text, `data/${fileName}`);
  return result.ok ? { status: 'ok', value: result.region } : { status: 'invalid', issues: result.issues };
}

/** Starts fetching what a deep link will need, before the index has arrived. */
export function prefetchRegion(regionId: string, base = './data/'): void {
  void fetchOnce(`${base}${regionId}.json`);
}

export function forgetRegion(fileName: string, base = './data/'): void {
  forget(`${base}${fileName}`);
}

export function forgetIndex(base = './data/'): void {
  forget(`${base}index.json`);
}
