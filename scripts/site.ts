/**
 * The site's published data and its pages, shared by the build (scripts/build.ts) and the dev
 * server (scripts/vite-plugin-data.ts): which files exist for a region, what each holds, and
 * which pages a region has.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { validateRegionText } from '../src/data/validate';
import type { DataIssue } from '../src/data/issues';
import type { RegionData } from '../src/data/schema';
import { DATA, flowSlice, regionSummary, unitSlice, type OfflineList } from '../src/data/publish';
import { searchPaths } from '../src/search/paths';
import { href } from '../src/routes';
import { indexEntry, type RegionIndex } from '../src/data/regionIndex';
import { groupByProvince, type ProvinceList } from '../src/data/provinces';
import type { Route } from '../src/routes';
import { readSources } from './sources';
import { unitLayouts } from './unitLayouts';

export { unitLayouts };

export interface RegionFile {
  path: string;
  text: string;
}

export type Checked =
  { ok: true; region: RegionData; text: string } | { ok: false; file: string; issues: DataIssue[] };

/** Reads and validates one region file (with its quotes checked against the texts). */
export function checkRegionFile(path: string, sources: ReadonlyMap<string, string> = readSources()): Checked {
  return checkRegionText(path, readFileSync(path, 'utf8'), sources);
}

export function checkRegionText(path: string, text: string, sources: ReadonlyMap<string, string>): Checked {
  const file = `data/regions/${basename(path)}`;
  const result = validateRegionText(text, file, { sources });
  return result.ok ? { ok: true, region: result.region, text } : { ok: false, file, issues: result.issues };
}

/** The files one region publishes, by path below the site's root. */
export async function* regionOutputs(region: RegionData): AsyncGenerator<RegionFile> {
  yield { path: DATA.region(region.id), text: JSON.stringify(region) };
  yield { path: DATA.summary(region.id), text: JSON.stringify(regionSummary(region)) };
  for (const unit of region.unitTypes) {
    yield { path: DATA.unit(region.id, unit.id), text: JSON.stringify(unitSlice(region, unit.id)) };
    yield { path: DATA.layouts(region.id, unit.id), text: JSON.stringify(await unitLayouts(unit)) };
  }
  for (const flow of region.flows)
    yield { path: DATA.flow(region.id, flow.id), text: JSON.stringify(flowSlice(region, flow.id)) };
}

/** The region list (open data, and the pickers of the pages that list regions). */
export function regionList(regions: RegionData[]): RegionIndex {
  return { schemaVersion: 1, regions: regions.map((r) => indexEntry(r, JSON.stringify(r))) };
}

/** The province list and one region list per province (src/data/provinces.ts). */
export function provinceFiles(index: RegionIndex): { list: ProvinceList; files: RegionFile[] } {
  const { list, files } = groupByProvince(index.regions);
  return {
    list,
    files: [
      { path: DATA.provinces, text: JSON.stringify(list) },
      ...files.map((f) => ({ path: DATA.province(f.slug), text: JSON.stringify(f) })),
    ],
  };
}

/** The pages of each province: its regions, and Posisi saya with that province chosen. */
export function provinceRoutes(list: ProvinceList): Route[] {
  return list.provinces.flatMap((p): Route[] => [
    { name: 'province', province: p.slug },
    { name: 'myPosition', province: p.slug },
  ]);
}

/** The app's pages that exist once, whatever the regions. */
export const STATIC_ROUTES: Route[] = [
  { name: 'home' },
  { name: 'search', query: '' },
  { name: 'myPosition' },
  { name: 'compare' },
  { name: 'glossary' },
  { name: 'import' },
  { name: 'susun' },
  { name: 'presentation', deck: '', item: 0, path: [], tour: false },
];

/** Every page of one region, in the order the build writes them. */
export function regionRoutes(region: RegionData): Route[] {
  const r = region.id;
  const out: Route[] = [
    { name: 'region', region: r },
    // The regulation's text: the page a passage link (?baris=) opens on, its lines chosen in the browser.
    { name: 'passage', region: r, from: 0, to: 0 },
    { name: 'myPosition', region: r },
  ];
  for (const unit of region.unitTypes) {
    out.push(
      { name: 'unit', region: r, unit: unit.id, view: 'bagan' },
      { name: 'unit', region: r, unit: unit.id, view: 'daftar' },
      { name: 'embed', region: r, unit: unit.id },
      { name: 'myPosition', region: r, unit: unit.id },
    );
    for (const p of unit.positions)
      out.push({ name: 'myPosition', region: r, unit: unit.id, position: p.id });
  }
  for (const flow of region.flows)
    out.push({ name: 'flow', region: r, flow: flow.id }, { name: 'embed', region: r, flow: flow.id });
  for (const form of region.forms) out.push({ name: 'letter', region: r, form: form.id });
  return out;
}

/**
 * What a region needs to be read offline (data/<region>/luring.json): the pages a reader opens by
 * address (the region, each unit type's chart and outline, each flow and letter, its text,
 * Posisi saya) and every data file those pages load. Pages of single positions and embeds are
 * left out: inside the app they are drawn from the same data without loading their page. The
 * list is the region's own: it does not grow with the number of regions.
 */
export function offlineList(region: RegionData, province: string): OfflineList {
  const r = region.id;
  const pages = regionRoutes(region)
    .filter((route) => route.name !== 'embed' && !(route.name === 'myPosition' && route.position))
    .map((route) => href(route));
  const data = [
    DATA.region(r),
    DATA.summary(r),
    ...region.unitTypes.flatMap((u) => [DATA.unit(r, u.id), DATA.layouts(r, u.id)]),
    ...region.flows.map((f) => DATA.flow(r, f.id)),
    searchPaths.region(r),
    searchPaths.text(r),
    DATA.province(province),
  ];
  return {
    schemaVersion: 1,
    region: r,
    files: [
      ...new Set([
        ...pages,
        href({ name: 'province', province }),
        href({ name: 'glossary' }),
        ...data,
        DATA.offline(r),
      ]),
    ],
  };
}

/** Old ids (`formerIds`) of a region's unit types and flows: pages that send readers on. */
export function redirectRoutes(region: RegionData): { from: Route; to: Route }[] {
  const r = region.id;
  const out: { from: Route; to: Route }[] = [];
  for (const unit of region.unitTypes)
    for (const old of unit.formerIds ?? [])
      for (const view of ['bagan', 'daftar'] as const)
        out.push({
          from: { name: 'unit', region: r, unit: old, view },
          to: { name: 'unit', region: r, unit: unit.id, view },
        });
  for (const flow of region.flows)
    for (const old of flow.formerIds ?? [])
      out.push({
        from: { name: 'flow', region: r, flow: old },
        to: { name: 'flow', region: r, flow: flow.id },
      });
  return out;
}
