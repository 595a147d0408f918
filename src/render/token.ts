/** The route a flow's document token takes from one box to another. */
import type { ChartEdge, ChartNode } from '../layout/types';

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

export function elbow(from: Box, to: Box): [number, number][] {
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
