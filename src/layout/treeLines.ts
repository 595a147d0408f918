/**
 * The lines of the wide tree layout (tree.ts): a tree line into a stacked leaf is a comb from the
 * left, two boxes of one column are joined by a bracket on their right, and every other relation
 * runs through the channel between rows; a member of a kelompok is reached through its group's
 * gutter lane.
 */
import { superiorEnd, type ChartModel, type ModelEdge } from './chartModel';
import type { GroupFrame } from './groupFrame';
import { simplify } from './polyline';
import { TREE } from './treePlace';
import type { ChartNode } from './types';

type Pt = [number, number];

export function route(
  e: ModelEdge,
  model: ChartModel,
  byNode: Map<string, ChartNode>,
  stackedUnder: Set<string>,
  sizes: Map<string, { frame?: GroupFrame }>,
): Pt[] {
  const supId = superiorEnd(e);
  const subId = supId === e.from ? e.to : e.from;
  const sup = byNode.get(supId);
  const sub = byNode.get(subId);
  if (!sup || !sub) return [];
  // A member is reached through its group's gutter lane.
  const entry = (n: ChartNode): { box: ChartNode; tail: Pt[] } => {
    const g = n.parent ? byNode.get(n.parent) : undefined;
    const lane = g ? sizes.get(g.id)?.frame?.laneX[0] : undefined;
    if (!g || lane === undefined) return { box: n, tail: [] };
    const cy = n.y + Math.min(n.height / 2, 22);
    return {
      box: g,
      tail: [
        [g.x + lane, cy],
        [n.x, cy],
      ],
    };
  };
  const a = entry(sup);
  const b = entry(sub);
  const lane = (n: ChartNode) => {
    const f = sizes.get(n.id)?.frame;
    return f && f.laneX.length > 0 ? n.x + (f.laneX[0] as number) : n.x + n.width / 2;
  };
  const top = b.tail.length > 0 ? lane(b.box) : b.box.x + b.box.width / 2;
  let points: Pt[];
  if (model.treeParent.get(subId) === supId && stackedUnder.has(supId) && b.tail.length === 0) {
    // Into a stacked leaf from the left, like a comb.
    const x = sup.x + 10;
    const cy = sub.y + Math.min(sub.height / 2, 20);
    points = [
      [x, sup.y + sup.height],
      [x, cy],
      [sub.x, cy],
    ];
  } else if (
    a.tail.length === 0 &&
    b.tail.length === 0 &&
    Math.abs(a.box.x + a.box.width - (b.box.x + b.box.width)) < 1
  ) {
    // Two boxes of one column (a stack): a bracket on their right.
    const x = a.box.x + a.box.width + 10;
    const ya = a.box.y + Math.min(a.box.height / 2, 20);
    const yb = b.box.y + Math.min(b.box.height / 2, 20);
    points = [
      [a.box.x + a.box.width, ya],
      [x, ya],
      [x, yb],
      [b.box.x + b.box.width, yb],
    ];
  } else if (a.box.y + a.box.height <= b.box.y) {
    // Downwards: through the channel under the upper box.
    const startX = a.tail.length > 0 ? lane(a.box) : a.box.x + a.box.width / 2;
    const channel = b.box.y - TREE.gapY / 2;
    points = [
      [startX, a.box.y + a.box.height],
      [startX, channel],
      [top, channel],
      [top, b.box.y],
    ];
  } else {
    // Upwards or sideways: leave the lower box's top, run along the channel above it.
    const startX = a.tail.length > 0 ? lane(a.box) : a.box.x + a.box.width / 2;
    const channel = Math.min(a.box.y, b.box.y) - TREE.gapY / 2;
    points = [
      [startX, a.box.y],
      [startX, channel],
      [top, channel],
      [top, b.box.y],
    ];
  }
  if (a.tail.length > 0) points = [...[...a.tail].reverse(), ...points];
  if (b.tail.length > 0) points = [...points, ...b.tail];
  const out = simplify(points.map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10] as Pt));
  return supId === e.from ? out : out.reverse();
}
