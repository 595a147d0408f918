/**
 * What a chart draws for a unit type, before any position is known: the boxes (with their words),
 * the kelompok groups and their members, every relation as an edge, and the tree each layout
 * hangs the boxes on. Shared by the wide (ELK) and the narrow (indented tree) layouts.
 *
 * A position the text relates to nothing above it (a head no relation names, say) is joined to
 * the head by an `inferred` edge "menurut susunan", so the chart never reads as two trees.
 */
import { relationKey } from '../model/flowGraph';
import { hashOf } from '../data/hash';
import { rolesOf } from '../model/queries';
import type { Position, RelationKind, Role, UnitType } from '../model/types';
import type { BoxContent } from './box';
import { inferredEdges, shownTree } from './chartTree';
import { positionContent } from './labels';
import type { ChartEdge, GroupMode } from './types';

/** Relation kinds whose `to` is the superior end (drawn upwards). */
export const UPWARD: ReadonlySet<RelationKind> = new Set(['kedudukan', 'pertanggungjawaban', 'rekomendasi']);

export interface ModelNode {
  id: string;
  kind: 'position' | 'group';
  content: BoxContent;
  roles: Role[];
  memberCount?: number;
  /** The expanded group it is drawn inside. */
  parent?: string;
  /** For an expanded group: its members, in the data's order. */
  members?: string[];
}
export type ModelEdge = Omit<ChartEdge, 'points'>;

export interface ChartModel {
  unitId: string;
  groups: GroupMode;
  hash: string;
  head: string;
  /** In the data's order (the text's order). */
  nodes: ModelNode[];
  edges: ModelEdge[];
  /** Relations drawn by containment (between a kelompok and its own member). */
  contained: string[];
  /** Each shown box's superior in the tree the layouts hang boxes on (members: their group). */
  treeParent: Map<string, string>;
}

const hashes = new WeakMap<UnitType, string>();

/** Hash of a unit type's data (remembered per object: a page asks for it on every switch). */
export function unitHash(unit: UnitType): string {
  let h = hashes.get(unit);
  if (h === undefined) {
    h = hashOf(unit);
    hashes.set(unit, h);
  }
  return h;
}

/** The superior end of an edge (where a tree would put it above the other). */
export function superiorEnd(e: Pick<ModelEdge, 'kind' | 'from' | 'to'>): string {
  return UPWARD.has(e.kind) ? e.to : e.from;
}

export function chartModel(unit: UnitType, groups: GroupMode): ChartModel {
  const byId = new Map(unit.positions.map((p) => [p.id, p]));
  const members = new Map<string, Position[]>();
  for (const p of unit.positions) {
    if (p.group && byId.get(p.group)?.category === 'kelompok')
      members.set(p.group, [...(members.get(p.group) ?? []), p]);
  }
  // Collapsed: a member is represented by its group.
  const shown = (id: string): string => {
    const p = byId.get(id);
    return groups === 'collapsed' && p?.group && members.has(p.group) ? p.group : id;
  };
  const roles = rolesByPosition(unit);

  const nodes: ModelNode[] = [];
  for (const p of unit.positions) {
    if (shown(p.id) !== p.id) continue;
    const count = members.get(p.id)?.length;
    const isGroup = groups === 'expanded' && count !== undefined;
    const r = roles.get(p.id) ?? [];
    nodes.push({
      id: p.id,
      kind: isGroup ? 'group' : 'position',
      content: positionContent(p, r, isGroup ? undefined : count),
      roles: r,
      ...(count !== undefined ? { memberCount: count } : {}),
      ...(isGroup ? { members: (members.get(p.id) ?? []).map((m) => m.id) } : {}),
      ...(groups === 'expanded' && p.group && members.has(p.group) ? { parent: p.group } : {}),
    });
  }

  const edges: ModelEdge[] = [];
  const contained: string[] = [];
  const merged = new Map<string, ModelEdge>();
  const parentOf = new Map(nodes.map((n) => [n.id, n.parent]));
  for (const rel of unit.relations) {
    const key = relationKey(rel);
    const from = shown(rel.from);
    const to = shown(rel.to);
    if (from === to || parentOf.get(from) === to || parentOf.get(to) === from) {
      contained.push(key);
      continue;
    }
    const basis =
      rel.basis?.kind === 'derived' || rel.basis?.kind === 'supplied' ? rel.basis.kind : undefined;
    const mergeKey = `${rel.kind}|${rel.as ?? ''}|${basis ?? ''}|${from}|${to}`;
    const existing = merged.get(mergeKey);
    if (existing) {
      existing.relations.push(key);
      continue;
    }
    const edge: ModelEdge = {
      // A merged edge's id says all that sets it apart: kind, ends, coordination role, basis.
      id:
        from === rel.from && to === rel.to
          ? key
          : `${rel.kind}:${from}->${to}${rel.as ? `:${rel.as}` : ''}${basis ? `:${basis}` : ''}`,
      kind: rel.kind,
      ...(rel.as ? { as: rel.as } : {}),
      from,
      to,
      relations: [key],
      ...(basis ? { basis } : {}),
    };
    merged.set(mergeKey, edge);
    edges.push(edge);
  }

  const treeParent = shownTree(unit, nodes, shown);
  edges.push(...inferredEdges(unit.head, nodes, edges, treeParent));
  return {
    unitId: unit.id,
    groups,
    hash: unitHash(unit),
    head: unit.head,
    nodes,
    edges,
    contained,
    treeParent,
  };
}

function rolesByPosition(unit: UnitType): Map<string, Role[]> {
  // rolesOf reads every relation of the unit it is given: hand it each position with only the
  // relations it is the source of, so a unit of thousands of positions stays linear.
  const from = new Map<string, UnitType['relations']>();
  for (const r of unit.relations) {
    const list = from.get(r.from) ?? [];
    list.push(r);
    from.set(r.from, list);
  }
  const out = new Map<string, Role[]>();
  for (const p of unit.positions) {
    const relations = from.get(p.id) ?? [];
    if (relations.length === 0 && !p.roles?.length) continue;
    out.set(p.id, rolesOf({ ...unit, positions: [p], relations }, p.id));
  }
  return out;
}
