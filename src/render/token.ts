/** The route a flow's document token takes from one box to another. */
import type { ChartEdge, ChartNode } from '../layout/types';
import { textWidth, wrap } from '../layout/measure';

type Box = Pick<ChartNode, 'id' | 'x' | 'y' | 'width' | 'height'>;

/** Along a drawn edge between the two boxes when there is one, else an elbow between them. */
export function tokenRoute(from: Box, to: Box, edges: readonly ChartEdge[]): [number, number][] {
  const direct = edges.find((e) => e.from === from.id && e.to === to.id);
  if (direct && direct.points.length > 1) return direct.points.map(([x, y]) => [x, y]);
  const reverse = edges.find((e) => e.from === to.id && e.to === from.id);
  if (reverse && reverse.points.length > 1)
    return reverse.points.map(([x, y]): [number, number] => [x, y]).reverse();
  return elbow(from, to);
}

function elbow(from: Box, to: Box): [number, number][] {
  const fc: [number, number] = [from.x + from.width / 2, from.y + from.height / 2];
  const tc: [number, number] = [to.x + to.width / 2, to.y + to.height / 2];
  // Side by side (no vertical overlap needed): leave sideways; else leave from top or bottom.
  if (to.x >= from.x + from.width || to.x + to.width <= from.x) {
    const right = to.x >= from.x + from.width;
    const sx = right ? from.x + from.width : from.x;
    const ex = right ? to.x : to.x + to.width;
    const mid = (sx + ex) / 2;
    return [
      [sx, fc[1]],
      [mid, fc[1]],
      [mid, tc[1]],
      [ex, tc[1]],
    ];
  }
  const down = tc[1] > fc[1];
  const sy = down ? from.y + from.height : from.y;
  const ey = down ? to.y : to.y + to.height;
  const mid = (sy + ey) / 2;
  return [
    [fc[0], sy],
    [fc[0], mid],
    [tc[0], mid],
    [tc[0], ey],
  ];
}

/** Keyframe offsets proportional to distance along the route. */
export function keyframeOffsets(points: readonly (readonly [number, number])[]): number[] {
  const d = [0];
  for (let i = 1; i < points.length; i++)
    d.push(d[i - 1]! + Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]));
  const total = d.at(-1) || 1;
  return d.map((v) => v / total);
}

/** The document's name beside the token: wrapped lines placed so they stay inside the chart. */
export interface TokenLabel {
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
  /** Offset of the first line's baseline from the token's centre. */
  x: number;
  y: number;
  lineHeight: number;
  /** The label's backing, relative to the token's centre. */
  box: Rect;
}

const TOKEN_FONT = { weight: 'semibold', size: 12 } as const;
/** Wrap widths tried, widest first. */
const LABEL_WIDTHS = [180, 110];
const LINE_HEIGHT = 15;
/** Top of a line above its baseline, and the room below it. */
const ASCENT = 12;
const DESCENT = 4;
/** From the token's centre to the label (the token is a circle of radius 9). */
const OFFSET = 13;

type Rect = { x: number; y: number; width: number; height: number };

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** The places tried around the token, in order of preference: [anchor, top of the label]. */
function places(w: number, h: number): { anchor: TokenLabel['anchor']; left: number; top: number }[] {
  const level = -ASCENT / 2 - 2;
  const up = level - (h - ASCENT - DESCENT);
  const out: { anchor: TokenLabel['anchor']; left: number; top: number }[] = [];
  for (const top of [level, up, OFFSET, -OFFSET - h]) {
    out.push({ anchor: 'start', left: OFFSET, top }, { anchor: 'end', left: -OFFSET - w, top });
    if (top === OFFSET || top < up) out.push({ anchor: 'middle', left: -w / 2, top });
  }
  return out;
}

/**
 * Where the token ends, the label goes where it stays inside the drawn area and covers the least
 * of the boxes (ties: right of the token, then left, then below or above).
 */
export function tokenLabel(
  text: string,
  at: readonly [number, number],
  extent: { width: number; height: number },
  boxes: readonly Rect[] = [],
): TokenLabel {
  const [px, py] = at;
  const outside = (r: Rect) =>
    Math.max(0, -r.x) +
    Math.max(0, r.x + r.width - extent.width) +
    Math.max(0, -r.y) +
    Math.max(0, r.y + r.height - extent.height);
  let best: { label: TokenLabel; out: number; covered: number } | undefined;
  for (const width of LABEL_WIDTHS) {
    const lines = wrap(text, Math.min(width, Math.max(60, extent.width - OFFSET * 2)), TOKEN_FONT);
    const w = Math.max(...lines.map((l) => textWidth(l, TOKEN_FONT)));
    const h = ASCENT + (lines.length - 1) * LINE_HEIGHT + DESCENT;
    for (const { anchor, left, top } of places(w, h)) {
      const rect = { x: px + left, y: py + top, width: w, height: h };
      const out = outside(rect);
      const covered = boxes.reduce((sum, b) => sum + overlap(rect, b), 0);
      if (best && (out > best.out || (out === best.out && covered >= best.covered))) continue;
      const x = anchor === 'start' ? left : anchor === 'end' ? left + w : left + w / 2;
      const box = { x: left - 3, y: top, width: w + 6, height: h };
      best = { label: { lines, anchor, x, y: top + ASCENT, lineHeight: LINE_HEIGHT, box }, out, covered };
    }
  }
  return best!.label;
}
