/**
 * The pieces of a chart drawn as SVG markup, shared by the chart export (`svgExport.ts`) and the
 * flow export (`flowSvg.ts`): a box with its category stripe, words and badges, the stroke of a
 * line, the arrowheads of every relation kind, and the chart itself (frames, lines, boxes).
 */
import type { Lang } from '../i18n/messages';
import { FONT } from '../layout/measure';
import type { ChartLayout, ChartNode } from '../layout/types';
import type { RelationKind, UnitType } from '../model/types';
import {
  ARROW,
  EDGE_STYLES,
  RELATION_ORDER,
  arrowFill,
  edgePath,
  edgeStrokes,
  lookOf,
  markerId,
  strokePoints,
  type EdgeLook,
} from './edges';
import { escapeXml } from './xmlText';

const CATEGORY_COLOR: Record<string, string> = {
  jpt: '#0b3d91',
  administrator: '#6b2fa3',
  pengawas: '#8a3b00',
  jf: '#1b6e3a',
  pelaksana: '#4a5560',
  kelompok: '#4a5560',
};

export const INK = '#1a1f24';
export const MUTED = '#4a5560';
const LOOKS: readonly EdgeLook[] = ['stated', 'hollow', 'structure'];

export function boxSvg(n: ChartNode, category: string, lang: Lang): string[] {
  const out: string[] = [`<g transform="translate(${n.x},${n.y})">`];
  out.push(
    n.kind === 'group'
      ? `<rect width="${n.width}" height="${n.height}" rx="10" fill="#f1f4f8" stroke="#6b7785" stroke-dasharray="6 4"/>`
      : `<rect width="${n.width}" height="${n.height}" rx="6" fill="#ffffff" stroke="#8a96a3" stroke-width="1.2"/><rect width="5" height="${n.height}" rx="2" fill="${(Object.hasOwn(CATEGORY_COLOR, category) ? CATEGORY_COLOR[category] : undefined) ?? MUTED}"/>`,
  );
  for (const r of n.text.name)
    out.push(
      `<text x="${r.x}" y="${r.y}" font-size="${FONT.name.size}" font-weight="600" fill="${INK}">${escapeXml(r.text)}</text>`,
    );
  const face = n.text.faces[lang];
  for (const r of face.sub)
    out.push(
      `<text x="${r.x}" y="${r.y}" font-size="${FONT.small.size}" fill="${MUTED}">${escapeXml(r.text)}</text>`,
    );
  for (const b of face.badges)
    out.push(
      `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${FONT.badge.height}" rx="8" fill="#ffffff" stroke="#0b5cab"/><text x="${b.x + FONT.badge.padX}" y="${b.y + FONT.badge.height - 4.5}" font-size="${FONT.badge.size}" font-weight="600" fill="#0b5cab">${escapeXml(b.label)}</text>`,
    );
  out.push('</g>');
  return out;
}

export function strokeAttrs(s: { stroke: string; width: number; dash: string }): string {
  return `fill="none" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}`;
}

/** The arrowheads of every relation kind and line look, as `<defs>`. */
export function markerDefs(): string[] {
  const out = ['<defs>'];
  for (const k of RELATION_ORDER)
    for (const look of LOOKS.filter((l) => l !== 'hollow'))
      if (EDGE_STYLES[k].arrow)
        out.push(
          `<marker id="${markerId('', k, look)}" viewBox="${ARROW.viewBox}" refX="${ARROW.refX}" refY="${ARROW.refY}" markerWidth="${ARROW.size}" markerHeight="${ARROW.size}" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="${ARROW.path}" fill="${arrowFill(k, look)}"/></marker>`,
        );
  out.push('</defs>');
  return out;
}

/** The chart itself at the layout's origin: group frames, then lines, then boxes on top. */
export function chartLayer(
  unit: UnitType,
  layout: ChartLayout,
  lang: Lang,
  hidden: ReadonlySet<RelationKind> = new Set(),
): string[] {
  const category = new Map(unit.positions.map((p) => [p.id, p.category as string]));
  const out: string[] = [];
  for (const n of layout.nodes) if (n.kind === 'group') out.push(...boxSvg(n, 'kelompok', lang));
  for (const e of layout.edges) {
    if (hidden.has(e.kind)) continue;
    const look = lookOf(e.basis);
    for (const s of edgeStrokes(e.kind, look)) {
      const marker = s.arrow ? ` marker-end="url(#${markerId('', e.kind, look)})"` : '';
      const basis = s.part === 'line' && e.basis ? ` data-basis="${e.basis}"` : '';
      out.push(
        `<path d="${edgePath(strokePoints(e.points, s, EDGE_STYLES[e.kind].arrow))}" ${strokeAttrs(s)}${marker}${basis}/>`,
      );
    }
  }
  for (const n of layout.nodes)
    if (n.kind !== 'group') out.push(...boxSvg(n, category.get(n.id) ?? '', lang));
  return out;
}
