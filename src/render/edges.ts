/**
 * Edge drawing: a path for an orthogonal polyline, and one style per relation kind. Styles differ
 * by dash pattern as well as colour (Okabe–Ito based, darkened to ≥ 3:1 on white), so they stay
 * apart for colour-blind readers and in print.
 */
import type { RelationKind } from '../model/types';

export interface EdgeStyle {
  stroke: string;
  dash: string;
  width: number;
  /** Arrowhead at the `to` end. */
  arrow: boolean;
}

export const RELATION_ORDER: readonly RelationKind[] = [
  'kedudukan',
  'penilaianKinerja',
  'pimpinanUnit',
  'penugasan',
  'koordinasi',
  'pertanggungjawaban',
  'rekomendasi',
];

export const EDGE_STYLES: Record<RelationKind, EdgeStyle> = {
  kedudukan: { stroke: '#4a5560', dash: '', width: 2, arrow: false },
  penilaianKinerja: { stroke: '#0065a0', dash: '', width: 2, arrow: true },
  pimpinanUnit: { stroke: '#a23b72', dash: '9 4', width: 2, arrow: true },
  penugasan: { stroke: '#b83c08', dash: '10 3 2 3', width: 2, arrow: true },
  koordinasi: { stroke: '#00735a', dash: '2 3', width: 2.5, arrow: true },
  pertanggungjawaban: { stroke: '#7a5200', dash: '5 3', width: 2, arrow: true },
  rekomendasi: { stroke: '#5b4ba0', dash: '1 5', width: 2.5, arrow: true },
};

/** SVG path through the points, with small rounded corners at the bends. */
export function edgePath(points: readonly (readonly [number, number])[], radius = 6): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  let d = `M${first![0]},${first![1]}`;
  for (let i = 0; i < rest.length; i++) {
    const p = rest[i]!;
    const prev = points[i]!;
    const next = rest[i + 1];
    if (!next) {
      d += `L${p[0]},${p[1]}`;
      break;
    }
    const r = Math.min(radius, dist(prev, p) / 2, dist(p, next) / 2);
    const a = toward(p, prev, r);
    const b = toward(p, next, r);
    d += `L${a[0]},${a[1]}Q${p[0]},${p[1]} ${b[0]},${b[1]}`;
  }
  return d;
}

function dist(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

function toward(from: readonly [number, number], to: readonly [number, number], r: number): [number, number] {
  const d = dist(from, to) || 1;
  const round = (v: number) => Math.round(v * 10) / 10;
  return [round(from[0] + ((to[0] - from[0]) * r) / d), round(from[1] + ((to[1] - from[1]) * r) / d)];
}

/** Midpoint along a polyline (where a moving token or a label sits halfway). */
export function pointAlong(points: readonly (readonly [number, number])[], t: number): [number, number] {
  if (points.length === 0) return [0, 0];
  if (points.length === 1) return [points[0]![0], points[0]![1]];
  const lengths: number[] = [];
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const l = dist(points[i - 1]!, points[i]!);
    lengths.push(l);
    total += l;
  }
  let target = Math.max(0, Math.min(1, t)) * total;
  for (let i = 0; i < lengths.length; i++) {
    const l = lengths[i]!;
    if (target <= l || i === lengths.length - 1) {
      const a = points[i]!;
      const b = points[i + 1]!;
      const k = l === 0 ? 0 : target / l;
      return [a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k];
    }
    target -= l;
  }
  return [points.at(-1)![0], points.at(-1)![1]];
}
