/** Boxes for flow parties outside the unit type, in a column to the right of the chart. */
import { sizeBox } from './box';
import type { ChartNode } from './types';

export const EXTERNAL_GAP = 56;

export interface ExternalBox extends ChartNode {
  participant: string;
}

/** A party's box says its name (the text's words) and, per language, which side it stands on. */
export function placeExternal(
  layout: { width: number; height: number },
  parties: readonly { id: string; name: string; subtitle: { id: string; en: string } }[],
): { boxes: ExternalBox[]; width: number; height: number } {
  let y = 16;
  const x = layout.width + EXTERNAL_GAP;
  const boxes: ExternalBox[] = [];
  let right = layout.width;
  for (const party of parties) {
    const box = sizeBox({
      name: party.name,
      faces: {
        id: { subtitle: party.subtitle.id, badges: [] },
        en: { subtitle: party.subtitle.en, badges: [] },
      },
    });
    boxes.push({
      id: `pihak-${party.id}`,
      participant: party.id,
      kind: 'position',
      x,
      y,
      width: box.width,
      height: box.height,
      text: box.text,
      roles: [],
    });
    y += box.height + 24;
    right = Math.max(right, x + box.width + 16);
  }
  return { boxes, width: right, height: Math.max(layout.height, y) };
}
