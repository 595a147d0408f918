/**
 * A chart as one standalone SVG document (for export and for snapshot tests): boxes, edges,
 * badges, a title, the legend of the relation kinds and line looks drawn, the note behind any
 * line drawn "menurut susunan", and the regulation's citation in the footer. Pure: a string from
 * a layout, no DOM. Every word is placed by the layout (box.ts); text is escaped, never markup.
 */
import { catalogue, terms, type Lang } from '../i18n/messages';
import { regulationTitle } from '../model/regulation';
import { structureNotes } from '../layout/structure';
import { FONT, wrap } from '../layout/measure';
import type { ChartLayout, ChartNode } from '../layout/types';
import { inferredLines } from '../model/basis';
import type { Region, RelationKind, UnitType } from '../model/types';
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
import { legendEntries } from './legend';

/** Text as XML character data: markup escaped, and what XML 1.0 forbids (controls, lone surrogates) dropped. */
export function escapeXml(text: string): string {
  return stripXmlForbidden(text).replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string,
  );
}

/** Drops the characters an XML 1.0 document may not contain: the file must stay well-formed (F21). */
export function stripXmlForbidden(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what it removes
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '',
  );
}

export const CATEGORY_COLOR: Record<string, string> = {
  jpt: '#0b3d91',
  administrator: '#6b2fa3',
  pengawas: '#8a3b00',
  jf: '#1b6e3a',
  pelaksana: '#4a5560',
  kelompok: '#4a5560',
};

export interface SvgOptions {
  lang: Lang;
  hidden?: ReadonlySet<RelationKind>;
}

const INK = '#1a1f24';
const MUTED = '#4a5560';
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

export function chartSvg(region: Region, unit: UnitType, layout: ChartLayout, options: SvgOptions): string {
  const { lang } = options;
  const hidden = options.hidden ?? new Set<RelationKind>();
  const t = terms[lang];
  const m = catalogue[lang];
  const pad = 24;
  const width = Math.max(layout.width, 560) + pad * 2;
  const textWidth = width - pad * 2;
  const titleLines = wrap(unit.name, textWidth, { weight: 'semibold', size: 18 });
  const top = pad + titleLines.length * 24 + 12;
  const legend = legendEntries(layout, hidden);
  const kinds = legend.kinds.filter((k) => !hidden.has(k));
  const lookLines = legend.looks.map((l) =>
    wrap(m[l === 'hollow' ? 'chart.lookHollow' : 'chart.lookStructure'], textWidth - 44, FONT.small),
  );
  const notes = legend.looks.includes('structure') ? structureNotes(region.notes, layout) : [];
  const noteTexts = [
    ...notes.map((n) => m['chart.lookNote'].replace('{text}', lang === 'en' ? n.textEn : n.text)),
    // Which hollow lines rest on which general rule: paper says it in words, as the side panel does.
    ...inferredLines(unit, (r) => !hidden.has(r.kind)).map((g) =>
      (g.kind === 'derived' ? m['export.derivedLines'] : m['export.suppliedLines'])
        .replace('{locator}', g.rule?.locator ?? '')
        .replace('{pairs}', g.pairs.join('; ')),
    ),
  ];
  const noteLines = noteTexts.map((text) => wrap(text, textWidth, FONT.small));
  const legendTop = top + layout.height + 16;
  let y = legendTop + kinds.length * 22;
  const lookTops = lookLines.map((lines) => {
    const at = y;
    y += Math.max(22, lines.length * 15 + 7);
    return at;
  });
  const noteTops = noteLines.map((lines) => {
    const at = y;
    y += lines.length * 15 + 6;
    return at;
  });
  const footerTop = y + 16;
  const footer = `${regulationTitle(region.regulation)} · ${unit.cite.locator}`;
  const footerLines = wrap(footer, textWidth, { weight: 'regular', size: 11 });
  const height = footerTop + footerLines.length * 15 + pad;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="'Noto Sans', sans-serif">`,
    `<title>${escapeXml(unit.name)} — ${escapeXml(region.name)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...markerDefs(),
  ];
  titleLines.forEach((line, i) =>
    out.push(
      `<text x="${pad}" y="${pad + 18 + i * 24}" font-size="18" font-weight="600" fill="${INK}">${escapeXml(line)}</text>`,
    ),
  );
  out.push(`<g transform="translate(${pad},${top})">`, ...chartLayer(unit, layout, lang, hidden), '</g>');

  const swatch = (x: number, y: number, k: RelationKind, look: EdgeLook) =>
    edgeStrokes(k, look).map((s) => {
      const marker = s.arrow ? ` marker-end="url(#${markerId('', k, look)})"` : '';
      const x2 = s.part === 'core' && s.arrow ? x + 26 : x + 34;
      return `<line x1="${x}" y1="${y + 6}" x2="${x2}" y2="${y + 6}" ${strokeAttrs(s)}${marker}/>`;
    });
  kinds.forEach((k, i) => {
    const at = legendTop + i * 22;
    out.push(
      ...swatch(pad, at, k, 'stated'),
      `<text x="${pad + 44}" y="${at + 10}" font-size="12" fill="${INK}">${escapeXml(t.relationName[k])}</text>`,
    );
  });
  legend.looks.forEach((look, i) => {
    const at = lookTops[i] ?? 0;
    out.push(...swatch(pad, at, 'kedudukan', look));
    (lookLines[i] ?? []).forEach((line, j) =>
      out.push(
        `<text x="${pad + 44}" y="${at + 10 + j * 15}" font-size="${FONT.small.size}" fill="${INK}">${escapeXml(line)}</text>`,
      ),
    );
  });
  noteLines.forEach((lines, i) =>
    lines.forEach((line, j) =>
      out.push(
        `<text x="${pad}" y="${(noteTops[i] ?? 0) + 11 + j * 15}" font-size="${FONT.small.size}" fill="${MUTED}">${escapeXml(line)}</text>`,
      ),
    ),
  );
  footerLines.forEach((line, i) =>
    out.push(
      `<text x="${pad}" y="${footerTop + 11 + i * 15}" font-size="11" fill="${MUTED}">${escapeXml(line)}</text>`,
    ),
  );
  out.push('</svg>');
  return out.join('\n') + '\n';
}
