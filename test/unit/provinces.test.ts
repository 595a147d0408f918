import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupByProvince, NO_PROVINCE, provinceSlug } from '../../src/data/provinces';
import { indexEntry, type RegionIndexEntry } from '../../src/data/regionIndex';
import type { RegionData } from '../../src/data/schema';
import { regionFiles } from '../../scripts/sources';

const shipped: RegionIndexEntry[] = regionFiles().map((p) =>
  indexEntry(JSON.parse(readFileSync(p, 'utf8')) as RegionData),
);

describe('region list by province', () => {
  it('has one row per province named in the files, with its count', () => {
    const { list, files } = groupByProvince(shipped);
    const named = new Set(shipped.map((r) => r.province));
    expect(list.provinces.map((p) => p.name).sort()).toEqual([...named].sort());
    for (const row of list.provinces) {
      const file = files.find((f) => f.slug === row.slug)!;
      expect(file.regions.map((r) => r.id).sort()).toEqual(
        shipped
          .filter((r) => r.province === row.name)
          .map((r) => r.id)
          .sort(),
      );
      expect(row.regions).toBe(file.regions.length);
    }
  });

  it('slugs are path segments; a file without a province goes to one group', () => {
    expect(provinceSlug('Nusa Tenggara Barat')).toBe('nusa-tenggara-barat');
    expect(provinceSlug('  D.I. Yogyakarta ')).toBe('d-i-yogyakarta');
    expect(provinceSlug(undefined)).toBe(NO_PROVINCE);
    const lone = { ...shipped[0]!, id: 'tanpa', province: undefined } as RegionIndexEntry;
    delete lone.province;
    const { list } = groupByProvince([...shipped, lone]);
    expect(list.provinces.at(-1)).toEqual({ slug: NO_PROVINCE, regions: 1 });
  });

  it('a province government is listed first in its province', () => {
    const province = shipped.find((r) => r.level === 'provinsi')!;
    const sibling = { ...shipped.find((r) => r.level !== 'provinsi')!, id: 'aaa', name: 'Kabupaten Aaa' };
    sibling.province = province.province!;
    const { files } = groupByProvince([sibling, province]);
    expect(files[0]!.regions.map((r) => r.id)).toEqual([province.id, 'aaa']);
  });

  it('the province list stays the same size as regions are added to known provinces', () => {
    const size = (entries: RegionIndexEntry[]) => JSON.stringify(groupByProvince(entries).list).length;
    const copies = Array.from({ length: 200 }, (_, i) => ({
      ...shipped[i % shipped.length]!,
      id: `salinan-${i}`,
      name: `Kabupaten Salinan ${i}`,
    }));
    // Only the counts' digits may grow.
    expect(size([...shipped, ...copies]) - size(shipped)).toBeLessThanOrEqual(3 * 4);
  });
});
