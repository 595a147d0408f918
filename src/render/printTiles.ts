/**
 * How a chart goes on paper: one page when it fits at a readable scale, else tiles of the same
 * vector drawing (each page its own viewBox), so a large chart prints sharp across pages.
 */
export interface Tile {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A4 landscape minus margins, in CSS px at 96 dpi. */
export const PRINT_PAGE = { width: 1047, height: 640 } as const;
/** Below this scale text gets too small to read on paper: split into tiles instead. */
export const MIN_PRINT_SCALE = 0.55;

export function printTiles(
  width: number,
  height: number,
  page: { width: number; height: number } = PRINT_PAGE,
  minScale = MIN_PRINT_SCALE,
): Tile[] {
  const scale = Math.min(page.width / width, page.height / height, 1);
  if (scale >= minScale) return [{ x: 0, y: 0, w: width, h: height }];
  const tw = page.width / minScale;
  const th = page.height / minScale;
  const out: Tile[] = [];
  for (let y = 0; y < height; y += th)
    for (let x = 0; x < width; x += tw)
      out.push({ x, y, w: Math.min(tw, width - x), h: Math.min(th, height - y) });
  return out;
}
