/**
 * Edge drawing: a path for an orthogonal polyline, and one style per relation kind. Styles differ
 * by dash pattern as well as colour (Okabe–Ito based, darkened to ≥ 3:1 on white), so they stay
 * apart for colour-blind readers and in print.
 */
import type { EdgeBasis } from '../layout/types';
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

/** How a line not stated outright looks: `hollow` lines (two thin rails) are read, not quoted. */
export type EdgeLook = 'stated' | 'hollow' | 'structure';
export const LOOK_ORDER: readonly Exclude<EdgeLook, 'stated'>[] = ['hollow', 'structure'];

export function lookOf(basis: EdgeBasis | undefined): EdgeLook {
  if (basis === 'derived' || basis === 'supplied') return 'hollow';
  if (basis === 'inferred') return 'structure';
  return 'stated';
}

/** One stroke of an edge (an edge is one stroke, or two for a hollow line: rails, then core). */
export interface Stroke {
  stroke: string;
  width: number;
  dash: string;
  /** Draws the arrowhead (the outer stroke of a line only). */
  arrow: boolean;
  part: 'line' | 'core';
}
const STRUCTURE_STROKE = '#6b7785';

export function edgeStrokes(kind: RelationKind, look: EdgeLook): Stroke[] {
  const s = EDGE_STYLES[kind];
  if (look === 'stated')
    return [{ stroke: s.stroke, width: s.width, dash: s.dash, arrow: s.arrow, part: 'line' }];
  const stroke = look === 'structure' ? STRUCTURE_STROKE : s.stroke;
  const dash = look === 'structure' ? '7 4' : s.dash;
  return [
    { stroke, width: s.width + 3, dash, arrow: s.arrow, part: 'line' },
    { stroke: '#ffffff', width: s.width - 0.5, dash, arrow: false, part: 'core' },
  ];
}

/** Arrowheads are sized in user units, so thick (hollow) lines get the same arrow as thin ones. */
export const ARROW = {
  viewBox: '0 0 10 10',
  refX: 9,
  refY: 5,
  size: 11,
  path: 'M0,0 L10,5 L0,10 z',
} as const;
export function markerId(prefix: string, kind: RelationKind, look: EdgeLook): string {
  return `${prefix}arrow-${kind}${look === 'structure' ? '-structure' : ''}`;
}
export function arrowFill(kind: RelationKind, look: EdgeLook): string {
  return look === 'structure' ? STRUCTURE_STROKE : EDGE_STYLES[kind].stroke;
}

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

/** The polyline shortened by `by` px at its end (a hollow line's core stops short of its arrowhead). */
export function trimEnd(points: readonly (readonly [number, number])[], by: number): [number, number][] {
  const out = points.map(([x, y]) => [x, y] as [number, number]);
  let left = by;
  while (out.length >= 2 && left > 0) {
    const b = out[out.length - 1]!;
    const a = out[out.length - 2]!;
    const d = dist(a, b);
    if (d > left) {
      out[out.length - 1] = [b[0] + ((a[0] - b[0]) * left) / d, b[1] + ((a[1] - b[1]) * left) / d];
      break;
    }
    out.pop();
    left -= d;
  }
  return out;
}

/** The points a stroke follows. */
export function strokePoints(
  points: readonly (readonly [number, number])[],
  stroke: Stroke,
  arrowed: boolean,
) {
  return stroke.part === 'core' && arrowed ? trimEnd(points, ARROW.size * 0.8) : points;
}
