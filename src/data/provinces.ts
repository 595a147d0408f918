/**
 * The region list grouped by province, so that no file a page loads grows with the number of
 * regions: `data/provinsi.json` has one row per province (what the home page and the pickers
 * list first), and `data/provinsi/<slug>.json` the regions of one province (what its page and a
 * picker list once the province is chosen). Indonesia has 38 provinces and at most a few dozen
 * regions in each, whatever the number of regions published.
 *
 * No valibot here: the browser reads these files on the first view.
 */
import type { RegionIndexEntry } from './regionIndex';

/** The slug of regions whose file names no province (`province` is optional in the format). */
export const NO_PROVINCE = 'lainnya';

export interface ProvinceRow {
  slug: string;
  /** Absent for the regions whose files name no province (the UI names that group). */
  name?: string;
  /** How many regions the province's file lists. */
  regions: number;
}
/** data/provinsi.json */
export interface ProvinceList {
  schemaVersion: 1;
  provinces: ProvinceRow[];
}
/** data/provinsi/<slug>.json */
export interface ProvinceRegions {
  schemaVersion: 1;
  slug: string;
  name?: string;
  regions: RegionIndexEntry[];
}

/** "Nusa Tenggara Barat" -> "nusa-tenggara-barat"; no name -> NO_PROVINCE. */
export function provinceSlug(name: string | undefined): string {
  const slug = (name ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? NO_PROVINCE : slug;
}

const byName = (a: { name?: string | undefined }, b: { name?: string | undefined }) =>
  (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff', 'id');

/**
 * Groups region entries by province: provinces by name (the group without a province last), and
 * in each, the province's own government first, then its regencies and cities by name.
 */
export function groupByProvince(entries: readonly RegionIndexEntry[]): {
  list: ProvinceList;
  files: ProvinceRegions[];
} {
  const groups = new Map<string, ProvinceRegions>();
  for (const entry of entries) {
    const slug = provinceSlug(entry.province);
    let group = groups.get(slug);
    if (!group) {
      group = { schemaVersion: 1, slug, ...(entry.province ? { name: entry.province } : {}), regions: [] };
      groups.set(slug, group);
    }
    group.regions.push(entry);
  }
  const files = [...groups.values()].sort(byName);
  for (const file of files)
    file.regions.sort(
      (a, b) => Number(b.level === 'provinsi') - Number(a.level === 'provinsi') || byName(a, b),
    );
  return {
    list: {
      schemaVersion: 1,
      provinces: files.map((f) => ({
        slug: f.slug,
        ...(f.name !== undefined ? { name: f.name } : {}),
        regions: f.regions.length,
      })),
    },
    files,
  };
}
