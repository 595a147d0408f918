/**
 * The published data: which files the site serves and what each holds. A page loads only what it
 * shows — a unit type's page its unit slice and layouts, a flow's page its flow slice — and the
 * whole region file stays published for people who download the open data.
 *
 * A slice is a region file cut down to what one page needs, in the same shape, so the model's
 * queries work on it unchanged: the unit type (or flow) itself, the flows and rules that apply
 * to it, the notes about any of these, and the forms its flows issue.
 */
import type { RegionData } from './schema';

type UnitType = RegionData['unitTypes'][number];
type Flow = RegionData['flows'][number];

/** Where each published file lives, relative to the site's root. One place to change. */
export const DATA = {
  /** Every region: the open-data index (no page loads it: it grows with the number of regions). */
  regionList: 'data/index.json',
  /** One row per province: the home page and the region pickers (src/data/provinces.ts). */
  provinces: 'data/provinsi.json',
  /** The regions of one province: its page, and a picker once the province is chosen. */
  province: (slug: string) => `data/provinsi/${slug}.json`,
  region: (region: string) => `data/${region}.json`,
  summary: (region: string) => `data/${region}/index.json`,
  unit: (region: string, unit: string) => `data/${region}/unit/${unit}.json`,
  layouts: (region: string, unit: string) => `data/${region}/unit/${unit}.layout.json`,
  flow: (region: string, flow: string) => `data/${region}/alur/${flow}.json`,
  /** What "Simpan untuk luring" keeps of a region: its pages and files (src/app/offline.ts). */
  offline: (region: string) => `data/${region}/luring.json`,
} as const;

/** data/<region>/luring.json: the addresses, relative to the site's root, a region needs offline. */
export interface OfflineList {
  schemaVersion: 1;
  region: string;
  files: string[];
}

/** A unit type without its positions and relations: what lists and pickers need. */
export interface UnitSummary {
  id: string;
  name: string;
  group?: string;
  levels: number[];
  formerIds?: string[];
  perangkatDaerah?: string[];
  positions: number;
}
export interface FlowSummary {
  id: string;
  name: string;
  kind: Flow['kind'];
  scope?: Flow['scope'];
  unitTypes: string[];
  formerIds?: string[];
  steps: number;
}
/** data/<region>/index.json: the region's own table of contents. */
export interface RegionSummary {
  schemaVersion: 1;
  id: string;
  name: string;
  level: RegionData['level'];
  province?: string;
  regulation: RegionData['regulation'];
  source: string;
  unitTypes: UnitSummary[];
  flows: FlowSummary[];
  forms: { id: string; title: string }[];
}

export function regionSummary(region: RegionData): RegionSummary {
  return {
    schemaVersion: 1,
    id: region.id,
    name: region.name,
    level: region.level,
    ...(region.province ? { province: region.province } : {}),
    regulation: region.regulation,
    source: region.source,
    unitTypes: region.unitTypes.map((u) => ({
      id: u.id,
      name: u.name,
      ...(u.group ? { group: u.group } : {}),
      levels: u.levels,
      ...(u.formerIds ? { formerIds: u.formerIds } : {}),
      ...(u.perangkatDaerah ? { perangkatDaerah: u.perangkatDaerah.names } : {}),
      positions: u.positions.length,
    })),
    flows: region.flows.map((f) => ({
      id: f.id,
      name: f.name,
      kind: f.kind,
      ...(f.scope ? { scope: f.scope } : {}),
      unitTypes: f.unitTypes,
      ...(f.formerIds ? { formerIds: f.formerIds } : {}),
      steps: f.steps.length,
    })),
    forms: region.forms.map((f) => ({ id: f.id, title: f.title })),
  };
}

const appliesTo = (flow: Flow, unit: string) => flow.unitTypes.length === 0 || flow.unitTypes.includes(unit);

/** A note belongs to a slice when it is about anything in it, or about the region as a whole. */
function notesFor(region: RegionData, ids: ReadonlySet<string>): RegionData['notes'] {
  return region.notes.filter(
    (n) =>
      n.about === undefined ||
      n.about.length === 0 ||
      n.about.some((ref) => ref === 'regulation' || ids.has(ref) || ids.has(ref.split('/')[0] ?? '')),
  );
}

function slice(region: RegionData, units: UnitType[], flows: Flow[]): RegionData {
  const unitIds = new Set(units.map((u) => u.id));
  const rules = region.rules.filter(
    (r) => r.unitTypes === undefined || r.unitTypes.length === 0 || r.unitTypes.some((id) => unitIds.has(id)),
  );
  const formIds = new Set(flows.flatMap((f) => f.steps.flatMap((s) => (s.form ? [s.form] : []))));
  const forms = region.forms.filter((f) => formIds.has(f.id));
  const ids = new Set<string>([
    ...unitIds,
    ...flows.map((f) => f.id),
    ...rules.map((r) => r.id),
    ...forms.map((f) => f.id),
  ]);
  return { ...region, unitTypes: units, flows, rules, forms, notes: notesFor(region, ids) };
}

/** data/<region>/unit/<unit>.json: one unit type, with the flows, rules and notes that touch it. */
export function unitSlice(region: RegionData, unitId: string): RegionData | undefined {
  const unit = region.unitTypes.find((u) => u.id === unitId);
  if (!unit) return undefined;
  return slice(
    region,
    [unit],
    region.flows.filter((f) => appliesTo(f, unitId)),
  );
}

/** data/<region>/alur/<flow>.json: one flow, with the unit types it is played on. */
export function flowSlice(region: RegionData, flowId: string): RegionData | undefined {
  const flow = region.flows.find((f) => f.id === flowId);
  if (!flow) return undefined;
  const units = region.unitTypes.filter((u) => flow.unitTypes.length === 0 || flow.unitTypes.includes(u.id));
  return slice(region, units, [flow]);
}
