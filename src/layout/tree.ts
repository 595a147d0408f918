/**
 * The wide chart of a large unit type (a user's own file of hundreds or thousands of positions),
 * where ELK layered takes seconds: a tree layout in linear time, then the other relations routed
 * afterwards.
 *
 * The tree is the chart model's placement tree. A superior whose subordinates are all leaves
 * stacks them in a column under itself (as org charts do); otherwise subtrees stand side by side
 * with the superior centred over them. Tree lines are elbows in the channel between rows; every
 * other relation runs from the bottom of its upper box down to the channel under it, across, and
 * into the top (or bottom) of the other box. A line to a member of a kelompok enters through the
 * group's gutter lane, as in the layered chart. The boxes are placed in treePlace.ts, the lines
 * routed in treeLines.ts.
 */
import type { SizedBox } from './box';
import type { ChartModel } from './chartModel';
import type { GroupFrame } from './groupFrame';
import { FONT } from './measure';
import { route } from './treeLines';
import { placeTree, TREE, type Size } from './treePlace';
import { LAYOUT_VERSION, type ChartLayout, type ChartNode } from './types';

export function treeLayout(model: ChartModel): ChartLayout {
  const { sizes, at, subs, x, height } = placeTree(model);
  const nodes = chartNodes(model, sizes, at);
  const byNode = new Map(nodes.map((n) => [n.id, n]));
  const stackedUnder = new Set([...subs.values()].filter((s) => s.stacked).map((s) => s.id));
  const edges = model.edges.map((e) => ({ ...e, points: route(e, model, byNode, stackedUnder, sizes) }));
  return {
    version: LAYOUT_VERSION,
    unitId: model.unitId,
    mode: model.groups,
    hash: model.hash,
    width: Math.round(x - TREE.gapX + TREE.pad),
    height: Math.round(height + TREE.pad * 2),
    labelSize: FONT.name.size,
    head: model.head,
    nodes,
    edges,
    contained: model.contained,
  };
}

function chartNodes(
  model: ChartModel,
  sizes: Map<string, Size & { box?: SizedBox; frame?: GroupFrame }>,
  at: Map<string, { x: number; y: number }>,
): ChartNode[] {
  const out: ChartNode[] = [];
  const memberAt = new Map<string, { x: number; y: number; box: SizedBox }>();
  for (const n of model.nodes) {
    const s = sizes.get(n.id);
    const p = at.get(n.id);
    if (!s || !p) continue;
    if (s.frame) for (const m of s.frame.members) memberAt.set(m.id, { x: p.x + m.x, y: p.y + m.y, box: m });
  }
  for (const n of model.nodes) {
    const base = {
      id: n.id,
      kind: n.kind,
      roles: n.roles,
      ...(n.memberCount !== undefined ? { memberCount: n.memberCount } : {}),
    };
    const m = memberAt.get(n.id);
    if (n.parent && m) {
      const { x, y, box } = m;
      out.push({ ...base, parent: n.parent, x, y, width: box.width, height: box.height, text: box.text });
      continue;
    }
    const s = sizes.get(n.id);
    const p = at.get(n.id);
    if (!s || !p) continue;
    out.push({
      ...base,
      x: p.x,
      y: p.y,
      width: s.width,
      height: s.height,
      text: s.frame?.text ?? (s.box as SizedBox).text,
      ...(s.frame ? { titleHeight: s.frame.titleHeight } : {}),
    });
  }
  return out;
}
