/**
 * A chart as one standalone SVG document (for export and for snapshot tests): boxes, edges,
 * badges, a title, the legend of the relation kinds drawn, and the regulation's citation in the
 * footer. Pure: a string from a layout, no DOM. Text is escaped, never interpreted as markup.
 */
import { terms, type Lang } from '../i18n/messages';
import { badgeLabels, subtitleOf } from '../layout/labels';
import { BOX, FONT, GROUP, badgeRows, badgeWidth, wrap } from '../layout/measure';
import type { ChartLayout } from '../layout/types';
import type { Region, RelationKind, UnitType } from '../model/types';
import { EDGE_STYLES, RELATION_ORDER, edgePath } from './edges';

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

const CATEGORY_COLOR: Record<string, string> = {
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

export function chartSvg(region: Region, unit: UnitType, layout: ChartLayout, options: SvgOptions): string {
  const { lang } = options;
  const hidden = options.hidden ?? new Set<RelationKind>();
  const pad = 24;
  const titleLines = wrap(unit.name, Math.max(layout.width, 480), { weight: 'semibold', size: 18 });
  const top = pad + titleLines.length * 24 + 12;
  const kinds = RELATION_ORDER.filter((k) => !hidden.has(k) && layout.edges.some((e) => e.kind === k));
  const legendRows = kinds.length;
  const width = Math.max(layout.width, 560) + pad * 2;
  const legendTop = top + layout.height + 16;
  const footerTop = legendTop + legendRows * 22 + 16;
  const reg = region.regulation;
  const footer = `${reg.type} Nomor ${reg.number} Tahun ${reg.year} tentang ${reg.title} · ${unit.cite.locator}`;
  const footerLines = wrap(footer, width - pad * 2, { weight: 'regular', size: 11 });
  const height = footerTop + footerLines.length * 15 + pad;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="'Noto Sans', sans-serif">`,
    `<title>${escapeXml(unit.name)} — ${escapeXml(region.name)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    '<defs>',
    ...RELATION_ORDER.map(
      (k) =>
        `<marker id="arrow-${k}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${EDGE_STYLES[k].stroke}"/></marker>`,
    ),
    '</defs>',
  );
  titleLines.forEach((line, i) =>
    out.push(
      `<text x="${pad}" y="${pad + 18 + i * 24}" font-size="18" font-weight="600" fill="#1a1f24">${escapeXml(line)}</text>`,
    ),
  );
  out.push(`<g transform="translate(${pad},${top})">`);
  const t = terms[lang];
  const nodeSvg = (id: string) => {
    const n = layout.nodes.find((x) => x.id === id);
    const p = unit.positions.find((x) => x.id === id);
    if (!n || !p) return;
    const isGroup = n.kind === 'group';
    out.push(`<g transform="translate(${n.x},${n.y})">`);
    out.push(
      isGroup
        ? `<rect width="${n.width}" height="${n.height}" rx="10" fill="#f1f4f8" stroke="#6b7785" stroke-dasharray="6 4"/>`
        : `<rect width="${n.width}" height="${n.height}" rx="6" fill="#ffffff" stroke="#8a96a3" stroke-width="1.2"/><rect width="5" height="${n.height}" rx="2" fill="${CATEGORY_COLOR[p.category]}"/>`,
    );
    n.nameLines.forEach((line, i) =>
      out.push(
        `<text x="${BOX.padX}" y="${BOX.padTop + FONT.name.size + i * FONT.name.lineHeight}" font-size="${FONT.name.size}" font-weight="600" fill="#1a1f24">${escapeXml(line)}</text>`,
      ),
    );
    const inner = (isGroup ? n.width - GROUP.padX * 2 : n.width) - BOX.padX * 2;
    const subLines = wrap(subtitleOf(p, lang, isGroup ? undefined : n.memberCount), inner, FONT.small);
    const subTop = BOX.padTop + n.nameLines.length * FONT.name.lineHeight;
    subLines.forEach((line, i) =>
      out.push(
        `<text x="${BOX.padX}" y="${subTop + FONT.small.size + i * FONT.small.lineHeight}" font-size="${FONT.small.size}" fill="#4a5560">${escapeXml(line)}</text>`,
      ),
    );
    const badgeTop = subTop + subLines.length * FONT.small.lineHeight + 4;
    badgeRows(badgeLabels(n.roles, lang), inner).forEach((row, r) => {
      let x = BOX.padX;
      for (const label of row) {
        const w = badgeWidth(label);
        const y = badgeTop + r * (FONT.badge.height + 3);
        out.push(
          `<rect x="${x}" y="${y}" width="${w}" height="${FONT.badge.height}" rx="8" fill="#ffffff" stroke="#0b5cab"/><text x="${x + FONT.badge.padX}" y="${y + FONT.badge.height - 4.5}" font-size="${FONT.badge.size}" font-weight="600" fill="#0b5cab">${escapeXml(label)}</text>`,
        );
        x += w + FONT.badge.gap;
      }
    });
    out.push('</g>');
  };
  for (const n of layout.nodes) if (n.kind === 'group') nodeSvg(n.id);
  for (const e of layout.edges) {
    if (hidden.has(e.kind)) continue;
    const s = EDGE_STYLES[e.kind];
    out.push(
      `<path d="${edgePath(e.points)}" fill="none" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}${s.arrow ? ` marker-end="url(#arrow-${e.kind})"` : ''}/>`,
    );
  }
  for (const n of layout.nodes) if (n.kind !== 'group') nodeSvg(n.id);
  out.push('</g>');
  kinds.forEach((k, i) => {
    const s = EDGE_STYLES[k];
    const x = pad;
    const y = legendTop + i * 22;
    out.push(
      `<line x1="${x}" y1="${y + 6}" x2="${x + 34}" y2="${y + 6}" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}${s.arrow ? ` marker-end="url(#arrow-${k})"` : ''}/>`,
      `<text x="${x + 44}" y="${y + 10}" font-size="12" fill="#1a1f24">${escapeXml(t.relationName[k])}</text>`,
    );
  });
  footerLines.forEach((line, i) =>
    out.push(
      `<text x="${pad}" y="${footerTop + 11 + i * 15}" font-size="11" fill="#4a5560">${escapeXml(line)}</text>`,
    ),
  );
  out.push('</svg>');
  return out.join('\n') + '\n';
}
