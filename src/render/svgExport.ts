/**
 * A chart as one standalone SVG document (for export and for snapshot tests): boxes, edges,
 * badges, a title, the legend of the relation kinds and line looks drawn, the note behind any
 * line drawn "menurut susunan", and the regulation's citation in the footer. Pure: a string from
 * a layout, no DOM. Every word is placed by the layout (box.ts); text is escaped, never markup.
 * The chart itself is drawn by `chartLayer.ts`; this file adds the page around it.
 */
import { catalogue, terms, type Lang } from '../i18n/messages';
import { regulationTitle } from '../model/regulation';
import { structureNotes } from '../layout/structure';
import { FONT, wrap } from '../layout/measure';
import type { ChartLayout } from '../layout/types';
import { inferredLines } from '../model/basis';
import type { Region, RelationKind, UnitType } from '../model/types';
import { edgeStrokes, markerId, type EdgeLook } from './edges';
import { legendEntries } from './legend';
import { chartLayer, INK, markerDefs, MUTED, strokeAttrs } from './chartLayer';
import { escapeXml } from './xmlText';

export { boxSvg, chartLayer, markerDefs } from './chartLayer';
export { escapeXml } from './xmlText';

export interface SvgOptions {
  lang: Lang;
  hidden?: ReadonlySet<RelationKind>;
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
