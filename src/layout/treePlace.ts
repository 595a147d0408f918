/**
 * The placement of the wide tree layout (tree.ts): every box and group sized, each subtree's size
 * bottom-up (a superior whose subordinates are all leaves stacks them in a column), then every box
 * placed top-down, the roots side by side with the head first.
 */
import { fixedBox, sizeBox, type SizedBox } from './box';
import type { ChartModel, ModelNode } from './chartModel';
import { groupFrame, type GroupFrame } from './groupFrame';

export const TREE = { pad: 16, gapX: 24, gapY: 44, indent: 28, stackGap: 12 } as const;

export interface Size {
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

/** Where the tree put every box: its sizes, positions, subtrees and the extent of its rows. */
export interface TreePlacement {
  sizes: Map<string, Size & { box?: SizedBox; frame?: GroupFrame }>;
  at: Map<string, { x: number; y: number }>;
  subs: Map<string, Sub>;
  /** The x after the last root (one gap past its right edge). */
  x: number;
  /** The tallest root subtree's height. */
  height: number;
}

export function placeTree(model: ChartModel): TreePlacement {
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
  return { sizes, at, subs, x, height };
}
