import { describe, expect, it } from 'vitest';
import { printTiles, PRINT_PAGE, MIN_PRINT_SCALE } from '../../src/render/printTiles';

describe('print tiles', () => {
  it('a chart that fits at a readable scale is one page', () => {
    expect(printTiles(1400, 700)).toEqual([{ x: 0, y: 0, w: 1400, h: 700 }]);
  });
  it('a large chart is split into tiles that cover it exactly, each printable at the minimum scale', () => {
    const tiles = printTiles(6000, 2500);
    expect(tiles.length).toBeGreaterThan(1);
    const area = tiles.reduce((a, t) => a + t.w * t.h, 0);
    expect(area).toBeCloseTo(6000 * 2500, 0);
    for (const t of tiles) {
      expect(t.w * MIN_PRINT_SCALE).toBeLessThanOrEqual(PRINT_PAGE.width + 0.01);
      expect(t.h * MIN_PRINT_SCALE).toBeLessThanOrEqual(PRINT_PAGE.height + 0.01);
    }
  });
});
