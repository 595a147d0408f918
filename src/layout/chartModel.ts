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
import { placement } from '../model/hierarchy';
import { rolesOf } from '../model/queries';
import type { Position, RelationKind, Role, UnitType } from '../model/types';
import type { BoxContent } from './box';
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

/** The placement tree over the boxes shown (a collapsed member's superior is its group's). */
function shownTree(unit: UnitType, nodes: ModelNode[], shown: (id: string) => string): Map<string, string> {
  const place = placement(unit);
  const ids = new Set(nodes.map((n) => n.id));
  const tree = new Map<string, string>();
  for (const n of nodes) {
    if (n.parent) {
      tree.set(n.id, n.parent);
      continue;
    }
    let up = place.get(n.id);
    const seen = new Set<string>();
    while (up !== undefined && !seen.has(up) && (!ids.has(shown(up)) || shown(up) === n.id)) {
      seen.add(up);
      up = place.get(up);
    }
    if (up !== undefined && ids.has(shown(up)) && shown(up) !== n.id) tree.set(n.id, shown(up));
  }
  return tree;
}

/**
 * Boxes in a part of the chart no edge joins to the head's part: each top of such a part is
 * joined to the head "menurut susunan" (the placement already hangs it there).
 */
function inferredEdges(
  head: string,
  nodes: ModelNode[],
  edges: ModelEdge[],
  tree: Map<string, string>,
): ModelEdge[] {
  const root = new Map(nodes.map((n) => [n.id, n.id]));
  const find = (id: string): string => {
    let at = id;
    while (root.get(at) !== at) at = root.get(at) ?? at;
    root.set(id, at);
    return at;
  };
  const join = (a: string, b: string) => {
    if (root.has(a) && root.has(b)) root.set(find(a), find(b));
  };
  for (const e of edges) join(e.from, e.to);
  for (const n of nodes) if (n.parent) join(n.id, n.parent);
  if (!root.has(head)) return [];
  const out: ModelEdge[] = [];
  for (const n of nodes) {
    if (n.id === head || n.parent || tree.get(n.id) !== head || find(n.id) === find(head)) continue;
    out.push({
      id: `susunan:${n.id}->${head}`,
      kind: 'kedudukan',
      from: n.id,
      to: head,
      relations: [],
      basis: 'inferred',
    });
  }
  // Joined one at a time: a second top of the same part is already joined through the first.
  return out.filter((e) => {
    if (find(e.from) === find(head)) return false;
    join(e.from, head);
    return true;
  });
}
