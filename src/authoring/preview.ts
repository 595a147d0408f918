/**
 * What the live chart and player can show of a draft while it is being written: a unit type
 * with only the positions and relations that hold together, and a flow only once it would run.
 * Missing citations are stood in for: the preview is never the published file.
 */
import * as v from 'valibot';
import { Region, type RegionData } from '../data/schema';
import { crossCheck } from '../data/crossCheck';
import { toRegion, type DraftRegion } from './draft';

type UnitType = RegionData['unitTypes'][number];
type Flow = RegionData['flows'][number];

const STAND_IN = {
  file: 'draft.txt',
  locator: '-',
  lines: [1, 1] as [number, number],
  quote: '(belum dikutip)',
};
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function filled(region: DraftRegion): RegionData {
  return toRegion(region, () => ({ ...STAND_IN, file: region.source })) as RegionData;
}

/** The unit type as a chart can draw it, or undefined when it has no position yet. */
export function previewUnit(region: DraftRegion, unitIndex: number): UnitType | undefined {
  const unit = filled(region).unitTypes[unitIndex];
  if (!unit) return undefined;
  const seen = new Set<string>();
  const positions = unit.positions.filter((p) => {
    if (!ID.test(p.id) || seen.has(p.id)) return false;
    seen.add(p.id);
    return true;
  });
  if (positions.length === 0) return undefined;
  const ids = new Set(positions.map((p) => p.id));
  const keys = new Set<string>();
  const relations = unit.relations.filter((r) => {
    const key = `${r.kind}:${r.from}->${r.to}`;
    if (!ids.has(r.from) || !ids.has(r.to) || r.from === r.to || keys.has(key)) return false;
    keys.add(key);
    return true;
  });
  return {
    ...unit,
    id: ID.test(unit.id) ? unit.id : 'tipe-unit',
    name: unit.name || unit.id || '—',
    head: ids.has(unit.head) ? unit.head : positions[0]!.id,
    positions: positions.map((p) => {
      const { group, ...rest } = p;
      const named = { ...rest, name: rest.name || rest.id };
      return group !== undefined && ids.has(group) ? { ...named, group } : named;
    }),
    relations,
  };
}

export type FlowPreview = { ok: true; region: RegionData; flow: Flow } | { ok: false; problems: string[] };

/**
 * A region holding the flow and its unit types, ready for the player, when the flow would run
 * (schema and cross-checks pass for it); else the problems in the flow, in the validator's words.
 */
export function previewFlow(region: DraftRegion, flowIndex: number): FlowPreview {
  const full = filled(region);
  const flow = full.flows[flowIndex];
  if (!flow) return { ok: false, problems: [] };
  const units = full.unitTypes.filter((u) => flow.unitTypes.length === 0 || flow.unitTypes.includes(u.id));
  // Only the flow and its unit types are checked here: the region's own facts are stood in for.
  const mini = {
    ...full,
    id: 'pratinjau',
    name: 'pratinjau',
    regulation: {
      type: 'x',
      number: '1',
      year: 2024,
      title: 'x',
      date: '2024-01-01',
      cite: { ...STAND_IN, file: region.source },
    },
    unitTypes: units,
    flows: [flow],
    rules: [],
    forms: [],
    notes: [],
    offices: undefined,
  };
  const prefix = `$.flows[0]`;
  const parsed = v.safeParse(Region, mini);
  if (!parsed.success) {
    const problems = parsed.issues
      .map((i) => `${(i.path ?? []).map((p) => String(p.key)).join('.')}: ${i.message}`)
      .filter((m) => m.startsWith('flows.'));
    const first = parsed.issues[0];
    return {
      ok: false,
      problems:
        problems.length > 0
          ? problems
          : [`tipe unit alur ini belum lengkap${first ? `: ${pathText(first)} ${first.message}` : ''}`],
    };
  }
  const problems = crossCheck(parsed.output, 'draft')
    .filter((i) => i.path.startsWith(prefix) && !/\.form$/.test(i.path))
    .map((i) => `${i.path.replace(prefix, `alur`)}: ${i.message}`);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, region: parsed.output, flow: parsed.output.flows[0]! };
}

function pathText(issue: { path?: readonly { key: unknown }[] }): string {
  return (issue.path ?? []).map((p) => String(p.key)).join('.');
}
