/**
 * Step 1 of the build (scripts/build.ts): every region file (or those REGIONS names) validated
 * with its quotes against the texts, on every core. Each region is read once and let go: what is
 * kept is its list entry and its words. A broken file stops the build with the validator's
 * messages.
 */
import { basename } from 'node:path';
import type { RegionIndexEntry } from '../src/data/regionIndex';
import { TermIndexBuilder } from '../src/search/termIndex';
import { provinceSlug } from '../src/data/provinces';
import type { RegionChecked } from './build-region';
import { regionFiles } from './sources';
import { runPool, workerCount } from './buildPool';

/** What the build keeps of the valid region files. */
export interface RegionsChecked {
  /** Each region's list entry, in the order of the files. */
  entries: RegionIndexEntry[];
  /** Valid region files, in order, with the stamp of each text under this code and its province. */
  stamps: Map<string, { stamp: string; province: string }>;
  /** Every region's search words. */
  terms: TermIndexBuilder;
  /** How many files came from the cache. */
  reused: number;
}

/**
 * Checks the region files under the code stamped `code`; a file this build's code has checked
 * before (same text, same code) comes from the cache in folder `cache`.
 */
export async function checkRegions(code: string, cache: string): Promise<RegionsChecked> {
  const only = process.env['REGIONS']
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const files = regionFiles().filter((p) => !only || only.includes(basename(p, '.json')));
  const problems: string[] = [];
  if (only && files.length < only.length)
    problems.push(`REGIONS: tidak ditemukan di data/regions: ${only.join(', ')}`);
  const checked: RegionsChecked = {
    entries: [],
    stamps: new Map(),
    terms: new TermIndexBuilder(),
    reused: 0,
  };
  await runPool<RegionChecked>(
    files,
    { role: 'check', code, cache },
    workerCount(files.length),
    (path, region) => {
      if ('problems' in region) return void problems.push(...region.problems);
      const { record } = region;
      checked.entries.push(record.entry);
      checked.terms.addWords(record.head, record.words);
      checked.stamps.set(path, { stamp: record.stamp, province: provinceSlug(record.entry.province) });
      if (region.reused) checked.reused++;
    },
  );
  if (problems.length > 0) {
    console.error(`\ndata tidak valid:\n${problems.join('\n')}`);
    process.exit(1);
  }
  return checked;
}
