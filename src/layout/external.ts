/**
 * Boxes for flow parties outside the unit type, beside the chart where the document's path to
 * them is short: each goes to the right of the chart level with the boxes it exchanges with, or
 * below the chart under them, whichever edge is nearer to those boxes.
 */
import { sizeBox } from './box';
import type { ChartNode } from './types';

export const EXTERNAL_GAP = 56;
/** Space between two outside boxes on the same edge. */
const SPACING = 24;
const MARGIN = 16;

export interface ExternalBox extends ChartNode {
  participant: string;
}

type Rect = Pick<ChartNode, 'id' | 'x' | 'y' | 'width' | 'height'>;

export interface OutsideParty {
  id: string;
  name: string;
  /** Which side of the flow it stands on, per language (its own name is the text's words). */
  subtitle: { id: string; en: string };
  /** Chart box ids this party sends to or receives from. */
  partners: readonly string[];
}

export function placeExternal(
  layout: { width: number; height: number; nodes: readonly Rect[] },
  parties: readonly OutsideParty[],
): { boxes: ExternalBox[]; width: number; height: number } {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const right: { box: ExternalBox; want: number }[] = [];
  const below: { box: ExternalBox; want: number }[] = [];
  for (const party of parties) {
    const size = sizeBox({
      name: party.name,
      faces: {
        id: { subtitle: party.subtitle.id, badges: [] },
        en: { subtitle: party.subtitle.en, badges: [] },
      },
    });
    const box: ExternalBox = {
      id: `pihak-${party.id}`,
      participant: party.id,
      kind: 'position',
      x: 0,
      y: 0,
      width: size.width,
      height: size.height,
      text: size.text,
      roles: [],
    };
    const near = party.partners.map((id) => byId.get(id)).filter((n): n is Rect => n !== undefined);
    if (near.length === 0) {
      right.push({ box, want: MARGIN });
      continue;
    }
    const toRight = layout.width + EXTERNAL_GAP - Math.max(...near.map((n) => n.x + n.width));
    const toBelow = layout.height + EXTERNAL_GAP - Math.max(...near.map((n) => n.y + n.height));
    const mid = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    if (toBelow < toRight) below.push({ box, want: mid(near.map((n) => n.x + n.width / 2)) - box.width / 2 });
    else right.push({ box, want: mid(near.map((n) => n.y + n.height / 2)) - box.height / 2 });
  }
  // Along each edge, in the order wanted, each box as near its wish as the one before allows.
  let width = layout.width;
  let height = layout.height;
  let next = MARGIN;
  for (const { box, want } of right.sort((a, b) => a.want - b.want)) {
    box.x = layout.width + EXTERNAL_GAP;
    box.y = Math.max(next, want);
    next = box.y + box.height + SPACING;
    width = Math.max(width, box.x + box.width + MARGIN);
    height = Math.max(height, box.y + box.height + MARGIN);
  }
  next = 0;
  for (const { box, want } of below.sort((a, b) => a.want - b.want)) {
    box.x = Math.max(next, want);
    box.y = layout.height + EXTERNAL_GAP;
    next = box.x + box.width + SPACING;
    width = Math.max(width, box.x + box.width + MARGIN);
    height = Math.max(height, box.y + box.height + MARGIN);
  }
  return { boxes: [...right, ...below].map((b) => b.box), width, height };
}
