/**
 * The wide chart: chart model -> ELK layered graph -> ChartLayout. Pure: ELK itself is passed in
 * (elkjs at build time, the worker in the browser), so this runs anywhere and is tested without a
 * DOM.
 *
 * For layering every edge points from its superior end down (kedudukan, pertanggungjawaban and
 * rekomendasi go up in the law's reading; their points are turned back at the end so each edge
 * runs from its `from` box to its `to` box). An expanded kelompok is one ELK node of fixed size
 * (title on top, members stacked, see groupFrame.ts) with fixed ports: a line to a member enters
 * at a lane port in the frame's gutter, so ELK routes every line around the group and its title.
 * This file builds the graph ELK lays out; `fromElk` (elkResult.ts) reads its answer back.
 */
import { sizeBox, type SizedBox } from './box';
import { superiorEnd, type ChartModel, type ModelEdge, type ModelNode } from './chartModel';
import { groupFrame, type GroupFrame } from './groupFrame';
import type { ElkEdge, ElkNode, ElkPort } from './types';

export { fromElk } from './elkResult';

const ROOT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': '24',
  'elk.layered.spacing.nodeNodeBetweenLayers': '44',
  'elk.layered.spacing.edgeNodeBetweenLayers': '16',
  'elk.spacing.edgeEdge': '8',
  'elk.spacing.edgeNode': '12',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '8',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.padding': '[top=16,left=16,bottom=16,right=16]',
};

/** Where an edge end sits when it is a member of a group: its lane and the member's middle. */
export interface Tee {
  group: string;
  lane: number;
  member: string;
}
/** One drawn edge: the ELK edge it follows (shared by a lane's edges) and the tees at its ends. */
interface Route {
  edge: ModelEdge;
  /** ELK edge id; absent for an edge between two members of one group (drawn in its gutter). */
  elk?: string;
  supTee?: Tee;
  subTee?: Tee;
  /** Inside one group: lane and the two members. */
  inner?: { group: string; lane: number };
}

export interface WideDraft {
  model: ChartModel;
  graph: ElkNode;
  boxes: Map<string, SizedBox>;
  frames: Map<string, GroupFrame>;
  routes: Route[];
}

export function wideDraft(model: ChartModel): WideDraft {
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const groupOf = (id: string) => byId.get(id)?.parent;
  // Lanes per group, keyed so lines of one kind from one box to several members share a lane.
  const lanes = new Map<string, Map<string, number>>();
  const lane = (group: string, key: string) => {
    const m = lanes.get(group) ?? new Map<string, number>();
    lanes.set(group, m);
    if (!m.has(key)) m.set(key, m.size);
    return m.get(key) as number;
  };
  const routes: Route[] = [];
  for (const edge of model.edges) {
    const sup = superiorEnd(edge);
    const sub = sup === edge.from ? edge.to : edge.from;
    const gSup = groupOf(sup);
    const gSub = groupOf(sub);
    const style = `${edge.kind}|${edge.as ?? ''}|${edge.basis ?? ''}`;
    if (gSup && gSup === gSub) {
      routes.push({ edge, inner: { group: gSup, lane: lane(gSup, `inner|${edge.id}`) } });
      continue;
    }
    const route: Route = { edge };
    if (gSup)
      route.supTee = { group: gSup, member: sup, lane: lane(gSup, `S|${style}|${gSub ? edge.id : sub}`) };
    if (gSub)
      route.subTee = { group: gSub, member: sub, lane: lane(gSub, `N|${style}|${gSup ? edge.id : sup}`) };
    routes.push(route);
  }

  const boxes = new Map<string, SizedBox>();
  const frames = new Map<string, GroupFrame>();
  for (const n of model.nodes) {
    if (n.kind === 'group') {
      const members = (n.members ?? []).flatMap((id) => {
        const m = byId.get(id);
        return m ? [{ id, content: m.content }] : [];
      });
      frames.set(n.id, groupFrame(n.content, members, lanes.get(n.id)?.size ?? 0));
    } else if (!n.parent) boxes.set(n.id, sizeBox(n.content));
  }
  return { model, graph: elkGraph(model.nodes, routes, boxes, frames), boxes, frames, routes };
}

function elkGraph(
  nodes: ModelNode[],
  routes: Route[],
  boxes: Map<string, SizedBox>,
  frames: Map<string, GroupFrame>,
): ElkNode {
  const elkNodes = new Map<string, ElkNode>();
  for (const n of nodes) {
    if (n.parent) continue;
    const frame = frames.get(n.id);
    const size = frame ?? boxes.get(n.id);
    const node: ElkNode = {
      id: n.id,
      width: size?.width ?? 0,
      height: size?.height ?? 0,
      // Top-aligned in its layer: a short box beside a tall group stays level with the group's title.
      layoutOptions: { 'elk.alignment': 'TOP' },
    };
    if (frame) {
      node.layoutOptions = { ...node.layoutOptions, 'elk.portConstraints': 'FIXED_POS' };
      node.ports = [];
    }
    elkNodes.set(n.id, node);
  }
  const port = (group: string, side: 'NORTH' | 'SOUTH', x: number, id: string): string => {
    const node = elkNodes.get(group) as ElkNode;
    const full = `${group}::${id}`;
    if (!node.ports?.some((p) => p.id === full)) {
      const p: ElkPort = {
        id: full,
        x,
        y: side === 'NORTH' ? 0 : (node.height ?? 0),
        width: 0,
        height: 0,
        layoutOptions: { 'elk.port.side': side },
      };
      node.ports?.push(p);
    }
    return full;
  };
  // Ports of lines to a whole group sit along its top (or bottom) right of the gutter.
  const wholePorts = new Map<string, number>();
  const wholeCount = new Map<string, number>();
  for (const r of routes) {
    if (r.inner) continue;
    for (const end of [superiorEnd(r.edge), r.edge.from === superiorEnd(r.edge) ? r.edge.to : r.edge.from])
      if (frames.has(end)) wholeCount.set(end, (wholeCount.get(end) ?? 0) + 1);
  }
  const wholeX = (group: string) => {
    const frame = frames.get(group) as GroupFrame;
    const i = wholePorts.get(group) ?? 0;
    wholePorts.set(group, i + 1);
    const n = wholeCount.get(group) ?? 1;
    const left = frame.inset + 16;
    const span = Math.max(0, frame.width - 16 - left);
    return Math.round(left + (span * (i + 1)) / (n + 1));
  };

  const edges: ElkEdge[] = [];
  const seen = new Set<string>();
  for (const r of routes) {
    if (r.inner) continue;
    const sup = superiorEnd(r.edge);
    const sub = sup === r.edge.from ? r.edge.to : r.edge.from;
    const end = (id: string, tee: Tee | undefined, side: 'NORTH' | 'SOUTH'): string => {
      if (tee) {
        const frame = frames.get(tee.group) as GroupFrame;
        return port(tee.group, side, frame.laneX[tee.lane] ?? 0, `${side}${tee.lane}`);
      }
      if (frames.has(id)) return port(id, side, wholeX(id), `${side}-${r.edge.id}`);
      return id;
    };
    const source = end(sup, r.supTee, 'SOUTH');
    const target = end(sub, r.subTee, 'NORTH');
    const id = `${source}=>${target}|${r.edge.kind}|${r.edge.as ?? ''}|${r.edge.basis ?? ''}`;
    r.elk = id;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push({ id, sources: [source], targets: [target] });
  }
  return { id: '__root', layoutOptions: ROOT_OPTIONS, children: [...elkNodes.values()], edges };
}
