/**
 * The chart made for a phone: an indented tree, read top to bottom. Each level steps right; every
 * box takes the width that is left, so names wrap to a readable measure at the phone's own size.
 * The line that places a box under its superior is drawn in the indent (a comb from the superior's
 * bottom into the box's left side); every other relation is drawn in a gutter on the right, one
 * lane per line, from the right side of one box to the right side of the other.
 *
 * Pure and linear in the number of boxes and lines: it also lays out a user's own large files.
 * The boxes are placed in narrowBoxes.ts, the lines drawn in narrowLines.ts.
 */
import type { SizedBox } from './box';
import type { ChartModel } from './chartModel';
import { FONT } from './measure';
import { NARROW, placeRows } from './narrowBoxes';
import { assignLanes, gutterPaths, treeEdges, treePaths } from './narrowLines';
import { LAYOUT_VERSION, type ChartLayout, type ChartNode } from './types';

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
  const { placed, y } = placeRows(order, byId, right);
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
