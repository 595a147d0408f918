/**
 * Bytes a search fetches (gzip) with the shipped regions and with synthetic copies, for the scale
 * table: `npx tsx scripts/bench/search-bytes.ts [5 20 100 542]`.
 */
import { SearchClient } from '../../src/search/client';
import { countingFetcher, publishedSearchFiles, shippedSources, syntheticRegion } from './searchScale';

const QUERIES = [
  'Kepala Puskesmas',
  'dinas perhubungan',
  'penilai kinerja jf ahli muda',
  'mulai berlaku pada tanggal diundangkan',
];
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const shipped = shippedSources();
const kb = (n: number) => (n / 1024).toFixed(1);

console.log(
  '| regions | build s | files | head KB | largest shard KB | query | across all KB | within one KB |',
);
for (const n of sizes.length > 0 ? sizes : [5, 20]) {
  const sources = [
    ...shipped,
    ...Array.from({ length: Math.max(0, n - shipped.length) }, (_, i) => syntheticRegion(shipped, i + 1)),
  ];
  const t0 = performance.now();
  const files = publishedSearchFiles(sources);
  const seconds = (performance.now() - t0) / 1000;
  const probe = countingFetcher(files);
  let largest = 0;
  for (const path of files.keys()) {
    await probe.fetchJson(path);
    if (path.includes('/terms/')) largest = Math.max(largest, probe.fetched.get(path)!);
  }
  const head = probe.fetched.get('data/search/index.json')!;
  for (const q of QUERIES) {
    const all = countingFetcher(files);
    await new SearchClient(all.fetchJson).run(q);
    const one = countingFetcher(files);
    const scoped = await new SearchClient(one.fetchJson).run(q, { scope: 'semarang' });
    console.log(
      `| ${n} | ${seconds.toFixed(1)} | ${files.size} | ${kb(head)} | ${kb(largest)} | ${q} | ${kb(all.bytes())} | ${kb(one.bytes())}${scoped.everywhere ? ' (none there: looked further)' : ''} |`,
    );
  }
}
