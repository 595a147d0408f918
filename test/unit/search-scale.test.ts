/**
 * Search that scales (issue 23): with the 5 shipped regions and 15 synthetic copies, a query
 * fetches the head, the term shards of its words and the documents of the regions it shows —
 * within 100 KB gzip across all regions and 50 KB within one — and finds an office that only a
 * synthetic region has.
 */
import { describe, expect, it } from 'vitest';
import { SearchClient } from '../../src/search/client';
import { searchPaths } from '../../src/search/paths';
import { buildSearchFiles, regionSearchFiles, TermIndexBuilder } from '../../src/search/termIndex';
import {
  countingFetcher,
  publishedSearchFiles,
  shippedSources,
  syntheticRegion,
} from '../../scripts/bench/searchScale';

const shipped = shippedSources();
const synthetic = Array.from({ length: 15 }, (_, i) => syntheticRegion(shipped, i + 1));
const five = publishedSearchFiles(shipped);
const twenty = publishedSearchFiles([...shipped, ...synthetic]);

const QUERIES = [
  'Kepala Puskesmas',
  'dinas perhubungan',
  'penilai kinerja jf ahli muda',
  'ketua tim',
  'surat perintah lintas perangkat daerah',
  'mulai berlaku pada tanggal diundangkan',
];

async function bytesOf(files: ReadonlyMap<string, string>, query: string, scope?: string) {
  const f = countingFetcher(files);
  const client = new SearchClient(f.fetchJson);
  const outcome = await client.run(query, scope ? { scope } : {});
  return { bytes: f.bytes(), fetched: [...f.fetched.keys()], outcome };
}

describe('search at scale: 5 shipped + 15 synthetic regions', () => {
  it('fetches no more than 100 KB gzip for a search across all regions, and never every region file', async () => {
    for (const q of QUERIES) {
      const { bytes, fetched, outcome } = await bytesOf(twenty, q);
      expect(bytes, q).toBeLessThanOrEqual(100 * 1024);
      const regionFiles = fetched.filter((p) => p.startsWith(searchPaths.region('').replace(/\.json$/, '')));
      expect(regionFiles.length, q).toBeLessThanOrEqual(5);
      expect(
        outcome.groups.some((g) => g.total > 0),
        q,
      ).toBe(true);
    }
  });

  it('fetches no more than 50 KB gzip for a search within one region (100 KB when it has nothing and looks further)', async () => {
    let within = 0;
    for (const q of QUERIES) {
      for (const scope of ['sambas', 'sintetis-3']) {
        const { bytes, outcome } = await bytesOf(twenty, q, scope);
        expect(outcome.groups[0]?.region.id).toBe(scope);
        if (outcome.everywhere) {
          expect(outcome.groups[0]?.total, `${scope}: ${q}`).toBe(0);
          expect(bytes, `${scope}: ${q}`).toBeLessThanOrEqual(100 * 1024);
        } else {
          within++;
          expect(bytes, `${scope}: ${q}`).toBeLessThanOrEqual(50 * 1024);
        }
      }
    }
    expect(within).toBeGreaterThan(8);
  });

  it('fetches about as much with 20 regions as with 5 (the index grows in files, not in what a query reads)', async () => {
    for (const q of QUERIES) {
      const small = await bytesOf(five, q);
      const large = await bytesOf(twenty, q);
      // The same kinds of files; which regions are opened depends on which match.
      expect(large.fetched.length, q).toBeLessThanOrEqual(small.fetched.length + 1);
      expect(large.bytes, q).toBeLessThanOrEqual(small.bytes * 1.4);
    }
  });

  it('finds an office that only a synthetic region has, from the home page (no region named)', async () => {
    for (const s of [synthetic[2]!, synthetic[11]!]) {
      const { outcome, fetched } = await bytesOf(twenty, s.office);
      const group = outcome.groups[0]!;
      expect(group.region.id).toBe(s.region.id);
      expect(group.hits[0]?.doc.kind).toBe('perangkatDaerah');
      expect(group.hits[0]?.doc.label).toBe(s.office);
      // Only that region's documents were opened.
      expect(fetched.filter((p) => p.includes('/regions/'))).toEqual([searchPaths.region(s.region.id)]);
    }
  });

  it('groups a query every region matches: a few regions searched in full, the rest counted', async () => {
    const { outcome } = await bytesOf(twenty, 'ketua tim');
    const expanded = outcome.groups.filter((g) => g.expanded);
    const collapsed = outcome.groups.filter((g) => !g.expanded);
    expect(expanded.length).toBeGreaterThanOrEqual(2);
    expect(expanded.length).toBeLessThanOrEqual(3);
    expect(collapsed.length).toBe(20 - expanded.length);
    expect(collapsed.every((g) => g.estimate > 0)).toBe(true);
  });
});

describe('the build indexes one region at a time', () => {
  it('gives the same head and shards whatever order the regions come in, as the whole-set builder does', () => {
    const all = [...shipped, ...synthetic];
    const whole = buildSearchFiles(all);
    for (const order of [
      all,
      [...all].reverse(),
      [...all].sort((a, b) => a.region.name.localeCompare(b.region.name)),
    ]) {
      const builder = new TermIndexBuilder();
      for (const source of order) builder.add(source);
      const streamed = builder.finish();
      expect(streamed.head).toEqual(whole.head);
      expect(Object.fromEntries(streamed.shards)).toEqual(Object.fromEntries(whole.shards));
    }
    // Each region's own files come from the region alone.
    for (const source of all) {
      const own = regionSearchFiles(source);
      expect(own.docs).toEqual(whole.regions.get(source.region.id));
      expect(own.text).toEqual(whole.texts.get(source.region.id));
    }
  });
});
