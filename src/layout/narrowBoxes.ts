/**
 * The boxes of the phone chart (narrow.ts): its measures, and one row per box in depth-first
 * order, indented by depth, each box as wide as what is left of the row (a kelompok with its
 * members inside).
 */
import { fixedBox, type SizedBox } from './box';
import type { ModelNode } from './chartModel';
import { groupFrame, type GroupFrame } from './groupFrame';

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

export interface Placed {
  node: ModelNode;
  depth: number;
  box?: SizedBox;
  frame?: GroupFrame;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Every box placed, row by row from the top: `order` is depth first in the text's order, `right`
 * the right edge of the boxes (the gutter lies beyond it). Returns the boxes and the height used.
 */
export function placeRows(
  order: { id: string; depth: number }[],
  byId: Map<string, ModelNode>,
  right: number,
): { placed: Map<string, Placed>; y: number } {
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
  return { placed, y };
}
