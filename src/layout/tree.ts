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
 * group's gutter lane, as in the layered chart.
 */
import { fixedBox, sizeBox, type SizedBox } from './box';
import { superiorEnd, type ChartModel, type ModelEdge, type ModelNode } from './chartModel';
import { simplify } from './elkGraph';
import { groupFrame, type GroupFrame } from './groupFrame';
import { FONT } from './measure';
import { LAYOUT_VERSION, type ChartLayout, type ChartNode } from './types';

export const TREE = { pad: 16, gapX: 24, gapY: 44, indent: 28, stackGap: 12 } as const;

interface Size {
  width: number;
  height: number;
}
interface Sub {
  id: string;
  /** The subtree's bounding box size. */
  width: number;
  height: number;
  stacked: boolean;
  children: Sub[];
}

export function treeLayout(model: ChartModel): ChartLayout {
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  // Which groups have lines to their members (they need a gutter lane).
  const laned = new Set<string>();
  for (const e of model.edges)
    for (const end of [e.from, e.to]) {
      const g = byId.get(end)?.parent;
      if (g) laned.add(g);
    }
  const sizes = new Map<string, Size & { box?: SizedBox; frame?: GroupFrame }>();
  for (const n of model.nodes) {
    if (n.parent) continue;
    if (n.kind === 'group') {
      const members = (n.members ?? []).flatMap((id) => {
        const m = byId.get(id);
        return m ? [{ id, content: m.content }] : [];
      });
      const frame = groupFrame(n.content, members, laned.has(n.id) ? 1 : 0);
      sizes.set(n.id, { width: frame.width, height: frame.height, frame });
    } else {
      const box = sizeBox(n.content);
      sizes.set(n.id, { width: box.width, height: box.height, box });
    }
  }

  const kids = new Map<string, string[]>();
  const roots: string[] = [];
  for (const n of model.nodes) {
    if (n.parent) continue;
    const p = model.treeParent.get(n.id);
    if (p !== undefined && sizes.has(p)) kids.set(p, [...(kids.get(p) ?? []), n.id]);
    else roots.push(n.id);
  }
  roots.sort((a, b) => Number(b === model.head) - Number(a === model.head));

  // Sizes bottom-up, without recursion (a file may be thousands deep in a chain).
  const order: string[] = [];
  const stack = [...roots].reverse();
  while (stack.length) {
    const id = stack.pop() as string;
    order.push(id);
    for (const c of [...(kids.get(id) ?? [])].reverse()) stack.push(c);
  }
  const subs = new Map<string, Sub>();
  for (const id of [...order].reverse()) {
    const own = sizes.get(id) as Size;
    const children = (kids.get(id) ?? []).map((c) => subs.get(c) as Sub);
    const stacked = children.length >= 2 && children.every((c) => c.children.length === 0);
    let width = own.width;
    let height = own.height;
    if (stacked) {
      // One column, one width: a stack of leaves reads as a list and shares its right edge.
      const column = Math.max(...children.map((c) => c.width));
      for (const c of children) {
        const node = byId.get(c.id) as ModelNode;
        if (node.kind === 'group' || c.width === column) continue;
        const box = fixedBox(node.content, column);
        sizes.set(c.id, { width: box.width, height: box.height, box });
        c.width = column;
        c.height = box.height;
      }
      width = Math.max(width, TREE.indent + column);
      height += children.reduce((h, c) => h + TREE.stackGap + c.height, 0);
    } else if (children.length > 0) {
      width = Math.max(width, children.reduce((w, c) => w + c.width, 0) + TREE.gapX * (children.length - 1));
      height += TREE.gapY + Math.max(...children.map((c) => c.height));
    }
    subs.set(id, { id, width, height, stacked, children });
  }

  // Positions top-down.
  const at = new Map<string, { x: number; y: number }>();
  const place = (root: Sub, x0: number, y0: number) => {
    const todo: [Sub, number, number][] = [[root, x0, y0]];
    while (todo.length) {
      const [s, x, y] = todo.pop() as [Sub, number, number];
      const own = sizes.get(s.id) as Size;
      if (s.stacked) {
        at.set(s.id, { x, y });
        let cy = y + own.height + TREE.stackGap;
        for (const c of s.children) {
          todo.push([c, x + TREE.indent, cy]);
          cy += c.height + TREE.stackGap;
        }
        continue;
      }
      const row =
        s.children.reduce((w, c) => w + c.width, 0) + TREE.gapX * Math.max(0, s.children.length - 1);
      at.set(s.id, { x: x + (s.width - own.width) / 2, y });
      let cx = x + (s.width - row) / 2;
      for (const c of s.children) {
        todo.push([c, cx, y + own.height + TREE.gapY]);
        cx += c.width + TREE.gapX;
      }
    }
  };
  let x = TREE.pad;
  let height = 0;
  for (const r of roots) {
    const s = subs.get(r) as Sub;
    place(s, x, TREE.pad);
    x += s.width + TREE.gapX;
    height = Math.max(height, s.height);
  }

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

type Pt = [number, number];

function route(
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
