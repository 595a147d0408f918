/**
 * The one box geometry: every line of text a box draws (name, subtitle, badge rows) with its
 * place in the box, and the box's size. Chart boxes, group titles, collapsed groups and outside
 * parties of a flow all come from here; the screen, the SVG export and print only draw it.
 *
 * The name is the law's words and is wrapped once; subtitle and badges are per language, and the
 * box is sized for the largest language, so switching language never overflows a layout.
 */
import type { Lang } from '../i18n/messages';
import { BOX, FONT, badgeRows, badgeWidth, textWidth, wrap } from './measure';
import type { BadgeBox, BoxFace, BoxText, TextRun } from './types';

/** The words of a box before layout: its name and, per language, subtitle and badge labels. */
export interface BoxLabels {
  subtitle: string;
  badges: readonly string[];
}
export interface BoxContent {
  name: string;
  faces: Record<Lang, BoxLabels>;
}

export interface PlacedText {
  text: BoxText;
  /** Bottom of the lowest line or badge, plus the bottom padding. */
  height: number;
}

const LANGS = ['id', 'en'] as const satisfies readonly Lang[];

/**
 * Lays the text out in a column starting at `left` (from the box's left edge), `inner` px wide.
 * The height is the tallest of the languages.
 */
export function placeText(content: BoxContent, left: number, inner: number): PlacedText {
  const nameLines = wrap(content.name, inner, FONT.name);
  const name: TextRun[] = nameLines.map((text, i) => ({
    text,
    x: left,
    y: BOX.padTop + FONT.name.size + i * FONT.name.lineHeight,
  }));
  const nameBottom = BOX.padTop + nameLines.length * FONT.name.lineHeight;
  let height = 0;
  const faces = {} as Record<Lang, BoxFace>;
  for (const lang of LANGS) {
    const labels = content.faces[lang];
    const subLines = labels.subtitle ? wrap(labels.subtitle, inner, FONT.small) : [];
    const sub = subLines.map((text, i) => ({
      text,
      x: left,
      y: nameBottom + FONT.small.size + i * FONT.small.lineHeight,
    }));
    let bottom = nameBottom + subLines.length * FONT.small.lineHeight;
    const badges: BadgeBox[] = [];
    const rows = badgeRows(labels.badges, inner);
    rows.forEach((row, r) => {
      let x = left;
      const y = bottom + BOX.badgeGap + r * (FONT.badge.height + BOX.badgeRowGap);
      for (const label of row) {
        const width = badgeWidth(label);
        badges.push({ label, x, y, width });
        x += width + FONT.badge.gap;
      }
    });
    if (rows.length > 0) bottom += BOX.badgeGap + rows.length * (FONT.badge.height + BOX.badgeRowGap);
    faces[lang] = { sub, badges };
    height = Math.max(height, bottom + BOX.padBottom);
  }
  return { text: { name, faces }, height };
}

/** The widest single line the content needs at `inner` px (for choosing a box's width). */
function contentWidth(content: BoxContent, inner: number): number {
  const widths = wrap(content.name, inner, FONT.name).map((l) => textWidth(l, FONT.name));
  for (const lang of LANGS) {
    const l = content.faces[lang];
    if (l.subtitle) widths.push(...wrap(l.subtitle, inner, FONT.small).map((s) => textWidth(s, FONT.small)));
    widths.push(...l.badges.map(badgeWidth));
  }
  return Math.max(0, ...widths);
}

export interface SizedBox extends PlacedText {
  width: number;
}

/**
 * A position box: as narrow as its words allow between `minWidth` and `maxWidth` (the name is
 * wrapped to the widest measure first, so a long name keeps few lines).
 */
export function sizeBox(
  content: BoxContent,
  maxWidth: number = BOX.maxWidth,
  minWidth: number = BOX.minWidth,
): SizedBox {
  const widest = contentWidth(content, maxWidth - BOX.padX * 2);
  const width = Math.max(minWidth, Math.min(maxWidth, Math.ceil(widest) + BOX.padX * 2));
  return { width, ...placeText(content, BOX.padX, width - BOX.padX * 2) };
}

/** A position box of an exact width (the narrow layout gives every box the column's width). */
export function fixedBox(content: BoxContent, width: number): SizedBox {
  return { width, ...placeText(content, BOX.padX, width - BOX.padX * 2) };
}
