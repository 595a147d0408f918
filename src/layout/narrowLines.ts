/**
 * The lines of the phone chart (narrow.ts): the one line from each box to its tree parent is a comb
 * in the indent, one trunk per line look; every other relation runs in a gutter lane on the right.
 */
import { superiorEnd, type ChartModel, type ModelEdge } from './chartModel';
import { NARROW, type Placed } from './narrowBoxes';
import { simplify } from './polyline';
import type { ChartEdge } from './types';

const TREE_PREFERENCE = ['kedudukan', 'penilaianKinerja', 'pimpinanUnit'];

/** For each box, the one line to its tree parent drawn in the indent (kedudukan first). */
export function treeEdges(model: ChartModel): Map<string, ModelEdge> {
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

export function assignLanes(edges: ModelEdge[], rowOf: Map<string, number>): Map<string, number> {
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

export function treePaths(
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

export function gutterPaths(
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
