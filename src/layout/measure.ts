/**
 * Text metrics without a DOM: the advance widths of the bundled chart font (Noto Sans), so the
 * same numbers hold at build time, in the worker, in tests and on screen. Boxes are laid out from
 * these in box.ts, once; the renderers draw exactly those lines.
 */
import { ADVANCE, FIRST_CODE, UNITS_PER_EM } from './fontMetrics';

export interface FontSpec {
  weight: keyof typeof ADVANCE;
  size: number;
}
export const FONT = {
  name: { weight: 'semibold', size: 13, lineHeight: 17 },
  small: { weight: 'regular', size: 11, lineHeight: 15 },
  badge: { weight: 'semibold', size: 10.5, height: 16, gap: 4, padX: 6 },
} as const satisfies Record<string, FontSpec & Record<string, unknown>>;
/** Kerning and hinting can only make text narrower; this covers rounding. */
const SAFETY = 1.02;

const average = Object.fromEntries(
  Object.entries(ADVANCE).map(([k, table]) => {
    const known = table.filter((w) => w > 0);
    return [k, known.reduce((a, b) => a + b, 0) / known.length];
  }),
) as Record<FontSpec['weight'], number>;
export const BOX = {
  minWidth: 140,
  maxWidth: 200,
  padX: 10,
  padTop: 8,
  padBottom: 8,
  /** Space between the subtitle and the first badge row, and between badge rows. */
  badgeGap: 4,
  badgeRowGap: 3,
} as const;
export const GROUP = { padX: 12, padBottom: 12, titleGap: 6, memberGap: 10 } as const;

export function textWidth(text: string, font: FontSpec): number {
  const table: readonly number[] = ADVANCE[font.weight];
  const fallback = average[font.weight];
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The second half of a surrogate pair adds nothing: the pair is one character.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    const w = table[code - FIRST_CODE];
    units += w !== undefined && w > 0 ? w : fallback;
  }
  return Math.ceil(((units * font.size) / UNITS_PER_EM) * SAFETY);
}

/** Wrapped lines by text, width and font: a large chart repeats the same subtitles many times. */
const wrapped = new Map<string, string[]>();

/** Greedy word wrap to a pixel width; a word longer than the width is broken. */
export function wrap(text: string, maxWidth: number, font: FontSpec): string[] {
  const key = `${font.weight}|${font.size}|${maxWidth}|${text}`;
  const hit = wrapped.get(key);
  if (hit) return hit;
  if (wrapped.size > 20_000) wrapped.clear();
  const lines = wrapUncached(text, maxWidth, font);
  wrapped.set(key, lines);
  return lines;
}

function wrapUncached(text: string, maxWidth: number, font: FontSpec): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    while (textWidth(word, font) > maxWidth) {
      let cut = word.length - 1;
      while (cut > 1 && textWidth(word.slice(0, cut) + '-', font) > maxWidth) cut--;
      if (line) lines.push(line);
      lines.push(word.slice(0, cut) + '-');
      line = '';
      word = word.slice(cut);
    }
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, font) <= maxWidth) line = next;
    else {
      if (line) lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** Badge rows: badges wrapped into rows that fit `width`. */
export function badgeRows(labels: readonly string[], width: number): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let used = 0;
  for (const label of labels) {
    const w = badgeWidth(label);
    if (row.length > 0 && used + FONT.badge.gap + w > width) {
      rows.push(row);
      row = [];
      used = 0;
    }
    used += (row.length > 0 ? FONT.badge.gap : 0) + w;
    row.push(label);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

export function badgeWidth(label: string): number {
  return textWidth(label, FONT.badge) + FONT.badge.padX * 2;
}
