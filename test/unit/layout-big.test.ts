/**
 * Large unit types (a user's own file, up to the validator's 2,000 positions per unit type): the
 * wide chart is a tree layout that never calls ELK, both shapes keep every box and relation, no
 * two boxes overlap and every line starts and ends on its boxes. The layout crosses to the page in
 * slices that rebuild the same layout.
 */
import { describe, expect, it } from 'vitest';
import { relationKey } from '../../src/data/crossCheck';
import { detachedEdges, overlappingPairs } from '../../src/layout/geometry';
import { layoutUnit } from '../../src/layout/layoutUnit';
import type { ElkLike } from '../../src/layout/types';
import { LayoutAssembler, layoutMessages } from '../../src/layout/workerProtocol';
import { syntheticUnit } from '../../scripts/bench/synthetic';

const noElk: ElkLike = {
  layout: () => Promise.reject(new Error('ELK layered must not run for a large unit type')),
};

describe('a unit type of 2,000 positions', () => {
  const unit = syntheticUnit(2000);
  for (const mode of ['expanded', 'narrow'] as const) {
    it(`${mode}: laid out without ELK, every box and relation drawn, no overlaps, lines on their boxes`, async () => {
      const layout = await layoutUnit(noElk, unit, mode);
      expect(layout.nodes).toHaveLength(2000);
      const drawn = new Set(layout.edges.flatMap((e) => e.relations));
      for (const r of unit.relations) expect(drawn.has(relationKey(r))).toBe(true);
      expect(overlappingPairs(layout)).toEqual([]);
      expect(detachedEdges(layout)).toEqual([]);
      const head = layout.nodes.find((n) => n.id === unit.head)!;
      expect(head.y).toBeLessThanOrEqual(Math.min(...layout.nodes.map((n) => n.y)));
    });
  }

  it('crosses to the page in slices that rebuild the same layout', async () => {
    const layout = await layoutUnit(noElk, unit, 'narrow');
    const messages = layoutMessages(7, layout);
    expect(messages.length).toBeGreaterThan(10);
    const parts = new LayoutAssembler();
    let rebuilt;
    for (const m of messages) if (m.ok) rebuilt = parts.add(m) ?? rebuilt;
    expect(rebuilt).toEqual(layout);
  });
});
