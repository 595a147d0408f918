/** Geometry checks over a ChartLayout: used by tests and by the bench. */
import type { ChartLayout, ChartNode } from './types';

const EPS = 0.5;

export function overlaps(a: ChartNode, b: ChartNode): boolean {
  return (
    a.x < b.x + b.width - EPS &&
    b.x < a.x + a.width - EPS &&
    a.y < b.y + b.height - EPS &&
    b.y < a.y + a.height - EPS
  );
}

/** Pairs of boxes that overlap, ignoring a group and the boxes inside it (a sweep along the longer axis). */
export function overlappingPairs(layout: ChartLayout): [string, string][] {
  const parent = new Map(layout.nodes.map((n) => [n.id, n.parent]));
  const inside = (n: ChartNode, g: ChartNode) => {
    let p = n.parent;
    const seen = new Set<string>();
    while (p !== undefined && !seen.has(p)) {
      if (p === g.id) return true;
      seen.add(p);
      p = parent.get(p);
    }
    return false;
  };
  const alongY = layout.height > layout.width;
  const lo = (n: ChartNode) => (alongY ? n.y : n.x);
  const hi = (n: ChartNode) => (alongY ? n.y + n.height : n.x + n.width);
  const sorted = [...layout.nodes].sort((a, b) => lo(a) - lo(b));
  const out: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (lo(b) >= hi(a) - EPS) break;
      if (inside(a, b) || inside(b, a)) continue;
      if (overlaps(a, b)) out.push([a.id, b.id]);
    }
  }
  return out;
}

/** Distance from a point to a box's border (0 when on it). */
export function distanceToBorder([x, y]: [number, number], n: ChartNode): number {
  const dx = Math.max(n.x - x, 0, x - (n.x + n.width));
  const dy = Math.max(n.y - y, 0, y - (n.y + n.height));
  if (dx > 0 || dy > 0) return Math.hypot(dx, dy);
  return Math.min(x - n.x, n.x + n.width - x, y - n.y, n.y + n.height - y);
}

/** Edges whose first or last point is not on its box's border. */
export function detachedEdges(layout: ChartLayout, tolerance = 1.5): string[] {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  return layout.edges
    .filter((e) => {
      const from = byId.get(e.from);
      const to = byId.get(e.to);
      const first = e.points[0];
      const last = e.points.at(-1);
      if (!from || !to || !first || !last) return true;
      return distanceToBorder(first, from) > tolerance || distanceToBorder(last, to) > tolerance;
    })
    .map((e) => e.id);
}
