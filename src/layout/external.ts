/** Boxes for flow parties outside the unit type, in a column to the right of the chart. */
import { measureBox } from './measure';
import type { ChartNode } from './types';

export const EXTERNAL_GAP = 56;

export interface ExternalBox extends ChartNode {
  participant: string;
}

export function placeExternal(
  layout: { width: number; height: number },
  parties: readonly { id: string; name: string; subtitle: readonly string[] }[],
): { boxes: ExternalBox[]; width: number; height: number } {
  let y = 16;
  const x = layout.width + EXTERNAL_GAP;
  const boxes: ExternalBox[] = [];
  let right = layout.width;
  for (const party of parties) {
    const size = measureBox(
      party.name,
      party.subtitle.map((subtitle) => ({ subtitle, badges: [] })),
    );
    boxes.push({
      id: `pihak-${party.id}`,
      participant: party.id,
      kind: 'position',
      x,
      y,
      width: size.width,
      height: size.height,
      nameLines: size.nameLines,
      roles: [],
    });
    y += size.height + 24;
    right = Math.max(right, x + size.width + 16);
  }
  return { boxes, width: right, height: Math.max(layout.height, y) };
}
