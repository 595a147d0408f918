/**
 * Checks on a laid-out chart with their own oracle: text is measured with opentype.js on the
 * bundled font files (not with the advance table the layout used), groups and relations come
 * from the data, geometry is plain rectangle maths written here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import opentype from 'opentype.js';
import type { ChartLayout, ChartNode } from '../../src/layout/types';
import type { UnitType } from '../../src/model/types';

const FILES = join(import.meta.dirname, '..', '..', 'node_modules', '@fontsource', 'noto-sans', 'files');
function load(weight: 400 | 600): opentype.Font {
  const buf = readFileSync(join(FILES, `noto-sans-latin-${weight}-normal.woff`));
  return opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
}
const fonts = { 400: load(400), 600: load(600) };

/** The sizes the stylesheet gives the chart's text (src/app.css: .box .name, .sub, .badge text). */
export const CSS_FONT = {
  name: { size: 13, weight: 600 },
  sub: { size: 11, weight: 400 },
  badge: { size: 10.5, weight: 600 },
} as const;

export interface Ink {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where a line of text puts ink: advance width with kerning, the font's ascender and descender. */
export function ink(
  text: string,
  x: number,
  baseline: number,
  font: { size: number; weight: 400 | 600 },
): Ink {
  const f = fonts[font.weight];
  const scale = font.size / f.unitsPerEm;
  return {
    left: x,
    top: baseline - f.ascender * scale,
    right: x + f.getAdvanceWidth(text, font.size, { kerning: true }),
    bottom: baseline - f.descender * scale,
  };
}

/** Every piece of text of a box in one language, as ink rectangles relative to the box. */
export function boxInk(n: ChartNode, lang: 'id' | 'en'): { what: string; ink: Ink; within?: Ink }[] {
  const face = n.text.faces[lang];
  const out: { what: string; ink: Ink; within?: Ink }[] = [];
  for (const r of n.text.name)
    out.push({ what: `name "${r.text}"`, ink: ink(r.text, r.x, r.y, CSS_FONT.name) });
  for (const r of face.sub) out.push({ what: `sub "${r.text}"`, ink: ink(r.text, r.x, r.y, CSS_FONT.sub) });
  for (const b of face.badges) {
    const pill = { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + 16 };
    out.push({ what: `badge "${b.label}"`, ink: pill });
    out.push({
      what: `badge text "${b.label}"`,
      ink: ink(b.label, b.x + 6, b.y + 16 - 4.5, CSS_FONT.badge),
      within: pill,
    });
  }
  return out;
}

/** The ink of a group's title block (name, subtitle, badges) in absolute coordinates. */
export function titleInk(n: ChartNode, lang: 'id' | 'en'): Ink {
  const parts = boxInk(n, lang).map((p) => p.ink);
  return {
    left: n.x + Math.min(...parts.map((p) => p.left)),
    top: n.y + Math.min(...parts.map((p) => p.top)),
    right: n.x + Math.max(...parts.map((p) => p.right)),
    bottom: n.y + Math.max(...parts.map((p) => p.bottom)),
  };
}

/** Whether segment a-b passes through the inside of a rectangle (Liang–Barsky clipping). */
export function segmentCrosses(a: [number, number], b: [number, number], r: Ink, inset = 1): boolean {
  const [x0, y0] = a;
  const dx = b[0] - x0;
  const dy = b[1] - y0;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x0 - (r.left + inset)],
    [dx, r.right - inset - x0],
    [-dy, y0 - (r.top + inset)],
    [dy, r.bottom - inset - y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return t1 - t0 > 1e-9;
}

export const rectOf = (n: ChartNode): Ink => ({
  left: n.x,
  top: n.y,
  right: n.x + n.width,
  bottom: n.y + n.height,
});

/** Edges that pass through a box they neither start nor end at (nor sit in the group of). */
export function edgesThroughBoxes(layout: ChartLayout): string[] {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const out: string[] = [];
  for (const e of layout.edges) {
    const own = new Set([e.from, e.to, byId.get(e.from)?.parent, byId.get(e.to)?.parent]);
    for (const n of layout.nodes) {
      if (own.has(n.id)) continue;
      for (let i = 1; i < e.points.length; i++)
        if (segmentCrosses(e.points[i - 1]!, e.points[i]!, rectOf(n))) {
          out.push(`${e.id} through ${n.id}`);
          break;
        }
    }
  }
  return out;
}

/** Edges that pass through a group's title, in either language. */
export function edgesThroughTitles(layout: ChartLayout): string[] {
  const out: string[] = [];
  for (const g of layout.nodes.filter((n) => n.kind === 'group')) {
    for (const lang of ['id', 'en'] as const) {
      const title = titleInk(g, lang);
      for (const e of layout.edges)
        for (let i = 1; i < e.points.length; i++)
          if (segmentCrosses(e.points[i - 1]!, e.points[i]!, title, 0)) {
            out.push(`${e.id} through the title of ${g.id} (${lang})`);
            break;
          }
    }
  }
  return [...new Set(out)];
}

/** Text that runs outside its box (4 px margin) or a badge's text outside its pill, either language. */
export function textOutside(layout: ChartLayout): string[] {
  const out: string[] = [];
  for (const n of layout.nodes)
    for (const lang of ['id', 'en'] as const)
      for (const p of boxInk(n, lang)) {
        const frame = p.within ?? { left: 4, top: 0, right: n.width - 4, bottom: n.height };
        if (
          p.ink.left < frame.left - 0.01 ||
          p.ink.right > frame.right + 0.01 ||
          p.ink.top < frame.top - 0.01 ||
          p.ink.bottom > frame.bottom + 0.01
        )
          out.push(
            `${n.id} (${lang}): ${p.what} [${p.ink.left.toFixed(1)}..${p.ink.right.toFixed(1)}] in ${n.width}×${n.height}`,
          );
      }
  return out;
}

/** The box that stands for a position on a chart: itself, or its kelompok when groups are collapsed. */
export function shownAs(unit: UnitType, id: string, collapsed: boolean): string {
  const p = unit.positions.find((x) => x.id === id);
  const group = p?.group
    ? unit.positions.find((g) => g.id === p.group && g.category === 'kelompok')
    : undefined;
  return collapsed && group ? group.id : id;
}

/** Whether every box is reachable from every other through edges and group membership. */
export function parts(layout: ChartLayout): string[][] {
  const adj = new Map(layout.nodes.map((n) => [n.id, new Set<string>()]));
  const link = (a: string, b: string) => {
    adj.get(a)?.add(b);
    adj.get(b)?.add(a);
  };
  for (const e of layout.edges) link(e.from, e.to);
  for (const n of layout.nodes) if (n.parent) link(n.id, n.parent);
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const n of layout.nodes) {
    if (seen.has(n.id)) continue;
    const part: string[] = [];
    const stack = [n.id];
    seen.add(n.id);
    while (stack.length) {
      const at = stack.pop()!;
      part.push(at);
      for (const next of adj.get(at) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(next);
      }
    }
    out.push(part);
  }
  return out;
}
