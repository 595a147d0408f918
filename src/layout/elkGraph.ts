/**
 * Unit type -> ELK graph -> ChartLayout. Pure: ELK itself is passed in (elkjs at build time,
 * the worker in the browser), so this module runs anywhere and is tested without a DOM.
 *
 * Every relation of the data becomes an edge, because a position often has different superiors
 * for different relations. For layering, every edge points from the superior end down
 * (kedudukan and pertanggungjawaban go up in the law's reading and are reversed for ELK, then
 * turned back so each edge's points run from its `from` box to its `to` box).
 */
import { relationKey } from '../model/flowGraph';
import { rolesOf } from '../model/queries';
import type { Position, RelationKind, UnitType } from '../model/types';
import { hashOf } from '../data/hash';
import { boxLabels, LANGS } from './labels';
import { GROUP, measureBox, BOX } from './measure';
import {
  LAYOUT_VERSION,
  type ChartEdge,
  type ChartLayout,
  type ChartNode,
  type ElkEdge,
  type ElkLike,
  type ElkNode,
  type LayoutMode,
} from './types';

/** Relation kinds whose `to` is the superior end (drawn upwards). */
const UPWARD: ReadonlySet<RelationKind> = new Set(['kedudukan', 'pertanggungjawaban', 'rekomendasi']);

export const ROOT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.spacing.nodeNode': '28',
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.layered.spacing.edgeNodeBetweenLayers': '18',
  'elk.spacing.edgeEdge': '8',
  'elk.spacing.edgeNode': '14',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '8',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.padding': '[top=16,left=16,bottom=16,right=16]',
};

interface DraftNode extends Omit<ChartNode, 'x' | 'y'> {
  titleHeight?: number;
}
interface DraftEdge extends Omit<ChartEdge, 'points'> {
  reversed: boolean;
}
export interface ChartModel {
  unitId: string;
  mode: LayoutMode;
  hash: string;
  nodes: DraftNode[];
  edges: DraftEdge[];
  /** Relations drawn by containment (between a kelompok and its own member). */
  contained: string[];
}

export function unitHash(unit: UnitType): string {
  return hashOf(unit);
}

/** What will be drawn for a unit type, before positions are known. */
export function chartModel(unit: UnitType, mode: LayoutMode): ChartModel {
  const byId = new Map(unit.positions.map((p) => [p.id, p]));
  const members = new Map<string, Position[]>();
  for (const p of unit.positions) {
    if (p.group && byId.get(p.group)?.category === 'kelompok')
      members.set(p.group, [...(members.get(p.group) ?? []), p]);
  }
  // In collapsed mode a member is represented by its group.
  const shown = (id: string): string => {
    const p = byId.get(id);
    return mode === 'collapsed' && p?.group && members.has(p.group) ? p.group : id;
  };

  const nodes: DraftNode[] = [];
  const sizes = new Map<string, { width: number }>();
  // Members first: an expanded group's title is wrapped to its widest member, a width the group
  // is sure to have, so the title always fits whatever width ELK gives the group.
  const order = [...unit.positions].sort((a, b) => Number(members.has(a.id)) - Number(members.has(b.id)));
  for (const p of order) {
    if (shown(p.id) !== p.id) continue;
    const roles = rolesOf(unit, p.id);
    const count = members.get(p.id)?.length;
    const isGroup = mode === 'expanded' && count !== undefined;
    const maxWidth = isGroup
      ? Math.max(
          BOX.minWidth,
          ...(members.get(p.id) ?? []).map((m) => sizes.get(m.id)?.width ?? BOX.minWidth),
        )
      : BOX.maxWidth;
    const size = measureBox(
      p.name,
      LANGS.map((lang) => boxLabels(p, roles, lang, isGroup ? undefined : count)),
      maxWidth,
    );
    sizes.set(p.id, size);
    const node: DraftNode = {
      id: p.id,
      kind: isGroup ? 'group' : 'position',
      width: size.width,
      height: size.height,
      nameLines: size.nameLines,
      roles,
      ...(count !== undefined ? { memberCount: count } : {}),
      ...(mode === 'expanded' && p.group && members.has(p.group) ? { parent: p.group } : {}),
    };
    if (isGroup) node.titleHeight = size.height - BOX.padBottom + GROUP.titleGap;
    nodes.push(node);
  }
  // Keep the data's order (it is the text's order, and ELK considers model order).
  const rank = new Map(unit.positions.map((p, i) => [p.id, i]));
  nodes.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));

  const edges: DraftEdge[] = [];
  const contained: string[] = [];
  const merged = new Map<string, DraftEdge>();
  const parentOf = new Map(nodes.map((n) => [n.id, n.parent]));
  for (const rel of unit.relations) {
    const key = relationKey(rel);
    const from = shown(rel.from);
    const to = shown(rel.to);
    if (from === to || parentOf.get(from) === to || parentOf.get(to) === from) {
      contained.push(key);
      continue;
    }
    const id = from === rel.from && to === rel.to ? key : `${rel.kind}:${from}->${to}`;
    const existing = merged.get(`${rel.kind}|${rel.as ?? ''}|${from}|${to}`);
    if (existing) {
      existing.relations.push(key);
      continue;
    }
    const edge: DraftEdge = {
      id,
      kind: rel.kind,
      ...(rel.as ? { as: rel.as } : {}),
      from,
      to,
      relations: [key],
      reversed: UPWARD.has(rel.kind),
    };
    merged.set(`${rel.kind}|${rel.as ?? ''}|${from}|${to}`, edge);
    edges.push(edge);
  }
  return { unitId: unit.id, mode, hash: unitHash(unit), nodes, edges, contained };
}

export function toElkGraph(model: ChartModel): ElkNode {
  const elkNodes = new Map<string, ElkNode>();
  for (const n of model.nodes) {
    const node: ElkNode = { id: n.id, width: n.width, height: n.height };
    if (n.kind === 'group') {
      node.layoutOptions = {
        'elk.padding': `[top=${n.titleHeight ?? 40},left=${GROUP.padX},bottom=${GROUP.padBottom},right=${GROUP.padX}]`,
      };
      node.children = [];
      delete node.width;
      delete node.height;
    }
    elkNodes.set(n.id, node);
  }
  const root: ElkNode = { id: '__root', layoutOptions: ROOT_OPTIONS, children: [], edges: [] };
  for (const n of model.nodes) {
    const node = elkNodes.get(n.id) as ElkNode;
    const parent = n.parent ? elkNodes.get(n.parent) : undefined;
    (parent?.children ?? root.children)?.push(node);
  }
  root.edges = model.edges.map((e): ElkEdge => ({
    id: e.id,
    sources: [e.reversed ? e.to : e.from],
    targets: [e.reversed ? e.from : e.to],
  }));
  return root;
}

export function fromElk(model: ChartModel, result: ElkNode): ChartLayout {
  const abs = new Map<string, { x: number; y: number; width: number; height: number }>();
  const walk = (node: ElkNode, ox: number, oy: number) => {
    for (const child of node.children ?? []) {
      const x = ox + (child.x ?? 0);
      const y = oy + (child.y ?? 0);
      abs.set(child.id, { x, y, width: child.width ?? 0, height: child.height ?? 0 });
      walk(child, x, y);
    }
  };
  walk(result, 0, 0);
  const round = (v: number) => Math.round(v * 10) / 10;
  const nodes: ChartNode[] = model.nodes.map((n) => {
    const box = abs.get(n.id) ?? { x: 0, y: 0, width: n.width, height: n.height };
    const { titleHeight: _t, ...rest } = n;
    void _t;
    return { ...rest, x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height) };
  });
  const elkEdges = new Map((result.edges ?? []).map((e) => [e.id, e]));
  const edges: ChartEdge[] = model.edges.map((e) => {
    const elk = elkEdges.get(e.id);
    const origin = elk?.container && elk.container !== result.id ? abs.get(elk.container) : undefined;
    const ox = origin?.x ?? 0;
    const oy = origin?.y ?? 0;
    const points: [number, number][] = [];
    for (const s of elk?.sections ?? []) {
      for (const p of [s.startPoint, ...(s.bendPoints ?? []), s.endPoint])
        points.push([round(p.x + ox), round(p.y + oy)]);
    }
    if (e.reversed) points.reverse();
    const { reversed: _r, ...rest } = e;
    void _r;
    return { ...rest, points };
  });
  return {
    version: LAYOUT_VERSION,
    unitId: model.unitId,
    mode: model.mode,
    hash: model.hash,
    width: round(result.width ?? 0),
    height: round(result.height ?? 0),
    nodes,
    edges,
  };
}

export async function layoutUnit(elk: ElkLike, unit: UnitType, mode: LayoutMode): Promise<ChartLayout> {
  const model = chartModel(unit, mode);
  const result = await elk.layout(toElkGraph(model));
  return fromElk(model, result);
}

/** Relation keys a layout draws, as edges or by containment. */
export function drawnRelations(unit: UnitType, mode: LayoutMode): Set<string> {
  const model = chartModel(unit, mode);
  return new Set([...model.edges.flatMap((e) => e.relations), ...model.contained]);
}
