/**
 * The chart made for a phone: an indented tree, read top to bottom. Each level steps right; every
 * box takes the width that is left, so names wrap to a readable measure at the phone's own size.
 * The line that places a box under its superior is drawn in the indent (a comb from the superior's
 * bottom into the box's left side); every other relation is drawn in a gutter on the right, one
 * lane per line, from the right side of one box to the right side of the other.
 *
 * Pure and linear in the number of boxes and lines: it also lays out a user's own large files.
 */
import { fixedBox, type SizedBox } from './box';
import { superiorEnd, type ChartModel, type ModelEdge, type ModelNode } from './chartModel';
import { simplify } from './elkGraph';
import { groupFrame, type GroupFrame } from './groupFrame';
import { FONT } from './measure';
import { LAYOUT_VERSION, type ChartEdge, type ChartLayout, type ChartNode } from './types';

export const NARROW = {
  /** Layout width: a 360 px phone shows it at 1:1 with room for the frame. */
  width: 304,
  pad: 8,
  indent: 20,
  /** Trunks in the indent, per line kind, 5 px apart. */
  trunk: 6,
  trunkStep: 5,
  gap: 10,
  lane: 7,
  gutterPad: 8,
  /** A box is never narrower than this: deeper levels widen the chart instead. */
  minBox: 150,
} as const;

const TREE_PREFERENCE = ['kedudukan', 'penilaianKinerja', 'pimpinanUnit'];

interface Placed {
  node: ModelNode;
  depth: number;
  box?: SizedBox;
  frame?: GroupFrame;
  x: number;
  y: number;
  width: number;
  height: number;
}

export function narrowLayout(model: ChartModel): ChartLayout {
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const n of model.nodes) {
    if (n.parent) continue;
    const p = model.treeParent.get(n.id);
    if (p !== undefined && byId.has(p) && !byId.get(p)?.parent)
      children.set(p, [...(children.get(p) ?? []), n.id]);
    else roots.push(n.id);
  }
  roots.sort((a, b) => Number(b === model.head) - Number(a === model.head));

  const tree = treeEdges(model);
  const gutterEdges = model.edges.filter((e) => !tree.has(e.id));
  // Depth first, in the text's order.
  const order: { id: string; depth: number }[] = [];
  const visit = (id: string, depth: number) => {
    order.push({ id, depth });
    for (const c of children.get(id) ?? []) visit(c, depth + 1);
  };
  for (const r of roots) visit(r, 0);

  // Lanes are known before widths only by count: assign them on row order, then size.
  const rowOf = new Map<string, number>();
  order.forEach((o, i) => {
    rowOf.set(o.id, i);
    for (const m of byId.get(o.id)?.members ?? []) rowOf.set(m, i + 0.5);
  });
  const lanes = assignLanes(gutterEdges, rowOf);
  const laneCount = Math.max(0, ...lanes.values()) + (lanes.size > 0 ? 1 : 0);
  const gutter = laneCount > 0 ? NARROW.gutterPad + laneCount * NARROW.lane : 0;
  const maxDepth = Math.max(0, ...order.map((o) => o.depth));
  const right = Math.max(
    NARROW.width - NARROW.pad - gutter,
    NARROW.pad + maxDepth * NARROW.indent + NARROW.minBox,
  );

  const placed = new Map<string, Placed>();
  let y = NARROW.pad;
  for (const o of order) {
    const node = byId.get(o.id) as ModelNode;
    const x = NARROW.pad + o.depth * NARROW.indent;
    const width = right - x;
    if (node.kind === 'group') {
      const members = (node.members ?? []).flatMap((id) => {
        const m = byId.get(id);
        return m ? [{ id, content: m.content }] : [];
      });
      const frame = groupFrame(node.content, members, 0, width - 2 * 12);
      placed.set(o.id, { node, depth: o.depth, frame, x, y, width: frame.width, height: frame.height });
      for (const m of frame.members) {
        const mn = byId.get(m.id) as ModelNode;
        placed.set(m.id, {
          node: mn,
          depth: o.depth,
          box: m,
          x: x + m.x,
          y: y + m.y,
          width: m.width,
          height: m.height,
        });
      }
      y += frame.height + NARROW.gap;
    } else {
      const box = fixedBox(node.content, width);
      placed.set(o.id, { node, depth: o.depth, box, x, y, width, height: box.height });
      y += box.height + NARROW.gap;
    }
  }
  const height = y - NARROW.gap + NARROW.pad;
  const width = right + gutter + NARROW.pad;

  const edges = [...treePaths(model, tree, placed), ...gutterPaths(gutterEdges, lanes, placed, right)];
  const rank = new Map(model.edges.map((e, i) => [e.id, i]));
  edges.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));

  const nodes: ChartNode[] = model.nodes.flatMap((n) => {
    const p = placed.get(n.id);
    if (!p) return [];
    return [
      {
        id: n.id,
        kind: n.kind,
        x: p.x,
        y: p.y,
        width: p.width,
        height: p.height,
        ...(n.parent ? { parent: n.parent } : {}),
        roles: n.roles,
        ...(n.memberCount !== undefined ? { memberCount: n.memberCount } : {}),
        text: p.frame?.text ?? (p.box as SizedBox).text,
        ...(p.frame ? { titleHeight: p.frame.titleHeight } : {}),
      },
    ];
  });
  return {
    version: LAYOUT_VERSION,
    unitId: model.unitId,
    mode: model.groups === 'expanded' ? 'narrow' : 'narrow-collapsed',
    hash: model.hash,
    width,
    height,
    labelSize: FONT.name.size,
    head: model.head,
    nodes,
    edges,
    contained: model.contained,
  };
}

/** For each box, the one line to its tree parent drawn in the indent (kedudukan first). */
function treeEdges(model: ChartModel): Map<string, ModelEdge> {
  const out = new Map<string, ModelEdge>();
  const best = new Map<string, ModelEdge>();
  const score = (e: ModelEdge) => {
    const i = TREE_PREFERENCE.indexOf(e.kind);
    return (i < 0 ? TREE_PREFERENCE.length : i) * 2 + (e.basis && e.basis !== 'inferred' ? 1 : 0);
  };
  for (const e of model.edges) {
    const sup = superiorEnd(e);
    const sub = sup === e.from ? e.to : e.from;
    if (model.treeParent.get(sub) !== sup) continue;
    const held = best.get(sub);
    if (!held || score(e) < score(held)) best.set(sub, e);
  }
  for (const e of best.values()) out.set(e.id, e);
  return out;
}

/**
 * Gutter lanes. Lines of one look that share their superior end share a lane (a comb from that
 * box); a lane holds its rows and is reused once free.
 */
function laneKey(e: ModelEdge): string {
  return `${e.kind}|${e.as ?? ''}|${e.basis ?? ''}|${superiorEnd(e)}`;
}

function assignLanes(edges: ModelEdge[], rowOf: Map<string, number>): Map<string, number> {
  const spans = new Map<string, { lo: number; hi: number; ids: string[] }>();
  for (const e of edges) {
    const a = rowOf.get(e.from) ?? 0;
    const b = rowOf.get(e.to) ?? 0;
    const key = laneKey(e);
    const s = spans.get(key) ?? { lo: Infinity, hi: -Infinity, ids: [] };
    s.lo = Math.min(s.lo, a, b);
    s.hi = Math.max(s.hi, a, b);
    s.ids.push(e.id);
    spans.set(key, s);
  }
  const busyUntil: number[] = [];
  const out = new Map<string, number>();
  for (const s of [...spans.values()].sort((p, q) => p.lo - q.lo || p.hi - q.hi)) {
    let lane = busyUntil.findIndex((end) => end < s.lo);
    if (lane < 0) lane = busyUntil.length;
    busyUntil[lane] = s.hi;
    for (const id of s.ids) out.set(id, lane);
  }
  return out;
}

function treePaths(
  model: ChartModel,
  tree: Map<string, ModelEdge>,
  placed: Map<string, Placed>,
): ChartEdge[] {
  // Trunks under one superior: one per line look, side by side in the indent.
  const trunks = new Map<string, string[]>();
  const lookKey = (e: ModelEdge) => `${e.kind}|${e.basis ?? ''}`;
  for (const e of tree.values()) {
    const sup = superiorEnd(e);
    const list = trunks.get(sup) ?? [];
    if (!list.includes(lookKey(e))) list.push(lookKey(e));
    trunks.set(sup, list);
  }
  const out: ChartEdge[] = [];
  for (const e of tree.values()) {
    const sup = placed.get(superiorEnd(e));
    const sub = placed.get(superiorEnd(e) === e.from ? e.to : e.from);
    if (!sup || !sub) continue;
    const i = trunks.get(sup.node.id)?.indexOf(lookKey(e)) ?? 0;
    const x = sup.x + NARROW.trunk + i * NARROW.trunkStep;
    const cy = sub.y + Math.min(sub.height / 2, 20);
    let points: [number, number][] = [
      [x, sup.y + sup.height],
      [x, cy],
      [sub.x, cy],
    ];
    if (superiorEnd(e) !== e.from) points = points.reverse();
    out.push({ ...e, points });
  }
  void model;
  return out;
}

function gutterPaths(
  edges: ModelEdge[],
  lanes: Map<string, number>,
  placed: Map<string, Placed>,
  right: number,
): ChartEdge[] {
  // Each box spreads the lines on its right side downwards, 8 px apart; a comb's lines leave
  // their shared superior at one point.
  const used = new Map<string, number>();
  const shared = new Map<string, number>();
  const attach = (p: Placed, key?: string) => {
    const known = key === undefined ? undefined : shared.get(key);
    if (known !== undefined) return known;
    const j = used.get(p.node.id) ?? 0;
    used.set(p.node.id, j + 1);
    const top = p.frame ? Math.min(p.height - 8, 14) : 12;
    const y = p.y + Math.min(top + j * 8, p.height - 6);
    if (key !== undefined) shared.set(key, y);
    return y;
  };
  const out: ChartEdge[] = [];
  for (const e of edges) {
    const a = placed.get(e.from);
    const b = placed.get(e.to);
    if (!a || !b) continue;
    const x = right + NARROW.gutterPad + (lanes.get(e.id) ?? 0) * NARROW.lane;
    const sup = superiorEnd(e);
    const ya = attach(a, sup === e.from ? laneKey(e) : undefined);
    const yb = attach(b, sup === e.to ? laneKey(e) : undefined);
    out.push({
      ...e,
      points: simplify([
        [a.x + a.width, ya],
        [x, ya],
        [x, yb],
        [b.x + b.width, yb],
      ]),
    });
  }
  return out;
}
