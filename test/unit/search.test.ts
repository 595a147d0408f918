/** Search over the bundled regions: every perangkat daerah the texts list is found by its name. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RegionData } from '../../src/data/schema';
import { search, searchEntries } from '../../src/model/searchIndex';
import { matchUnits } from '../../src/model/myPosition';
import { regionFiles } from '../../scripts/sources';

const regions = regionFiles().map((p) => JSON.parse(readFileSync(p, 'utf8')) as RegionData);
const entries = regions.flatMap(searchEntries);

describe('search', () => {
  it('finds every perangkat daerah name listed in the texts, by its full name, and maps it to its unit type', () => {
    let names = 0;
    for (const r of regions) {
      for (const u of r.unitTypes) {
        for (const name of u.perangkatDaerah?.names ?? []) {
          names++;
          const hits = search(entries, name, 200);
          expect(
            hits.some(
              (h) => h.kind === 'perangkatDaerah' && h.label === name && h.href === `#/${r.id}/${u.id}`,
            ),
            `${r.id}: ${name}`,
          ).toBe(true);
          expect(
            matchUnits(r, name).map((m) => m.unit.id),
            `${r.id}: ${name}`,
          ).toContain(u.id);
        }
      }
    }
    expect(names).toBeGreaterThan(10);
  });

  it('tolerates typos and understands abbreviations', () => {
    const semarangPd = (q: string) =>
      search(entries, q)
        .filter((h) => h.region === 'semarang' && h.kind === 'perangkatDaerah')
        .map((h) => h.label);
    expect(semarangPd('dinas perhubngan')).toContain('Dinas Perhubungan');
    expect(semarangPd('dinsa perhubungan')).toContain('Dinas Perhubungan');
    expect(
      semarangPd('DPMPTSP').length + search(entries, 'DPMPTSP').filter((h) => h.region === 'semarang').length,
    ).toBeGreaterThan(0);
    expect(search(entries, 'rsud').some((h) => /Rumah Sakit Umum Daerah/i.test(h.label))).toBe(true);
    expect(
      search(entries, 'setwan').some((h) =>
        /Sekretariat (Dewan Perwakilan Rakyat Daerah|DPRD)/i.test(h.label),
      ),
    ).toBe(true);
    expect(
      search(entries, 'puskesmas').some((h) => /Pusat Kesehatan Masyarakat|Puskesmas/i.test(h.label)),
    ).toBe(true);
  });

  it('finds positions by role, in either language', () => {
    const appraisers = search(entries, 'penilai kinerja', 1000).filter((h) => h.kind === 'position');
    expect(appraisers.length).toBeGreaterThan(0);
    expect(appraisers[0]!.detail).toMatch(/Penilai Kinerja/);
    const leads = search(entries, 'team lead', 1000).filter((h) => h.kind === 'position');
    expect(leads.length).toBeGreaterThan(0);
    expect(leads.every((h) => /Ketua Tim/.test(h.detail))).toBe(true);
  });

  it('returns nothing for nonsense and for one letter', () => {
    expect(search(entries, 'qzxwv')).toEqual([]);
    expect(search(entries, 'd')).toEqual([]);
  });
});
