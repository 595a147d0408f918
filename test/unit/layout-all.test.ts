/**
 * Every bundled unit type, in every layout mode (wide and narrow, groups open and shut): no two
 * boxes overlap, every edge starts and ends on its boxes and passes through no other box nor any
 * group title, text fits its box in both languages (measured with opentype.js), every relation of
 * the data is drawn between the right boxes (read from the layout output), and the chart is one
 * piece with the head on top.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { RegionData } from '../../src/data/schema';
import { relationKey } from '../../src/data/crossCheck';
import { layoutUnit } from '../../src/layout/layoutUnit';
import { detachedEdges, overlappingPairs } from '../../src/layout/geometry';
import { MODES } from '../../src/layout/types';
import { regionFiles } from '../../scripts/sources';
import { edgesThroughBoxes, edgesThroughTitles, parts, rectOf, shownAs, textOutside } from './layout-oracle';

const elk = new ELK();
const regions = regionFiles().map((p) => JSON.parse(readFileSync(p, 'utf8')) as RegionData);

for (const region of regions) {
  describe(`${region.id}: chart layouts`, () => {
    for (const unit of region.unitTypes) {
      it(`${unit.id}`, async () => {
        for (const mode of MODES) {
          const layout = await layoutUnit(elk, unit, mode);
          const collapsed = mode === 'collapsed' || mode === 'narrow-collapsed';
          expect(overlappingPairs(layout), `${mode}: overlapping boxes`).toEqual([]);
          expect(detachedEdges(layout), `${mode}: edges off their boxes`).toEqual([]);
          expect(edgesThroughBoxes(layout), `${mode}: edges through boxes`).toEqual([]);
          expect(edgesThroughTitles(layout), `${mode}: edges through group titles`).toEqual([]);
          expect(textOutside(layout), `${mode}: text outside its box`).toEqual([]);
          expect(new Set(layout.edges.map((e) => e.id)).size, `${mode}: edge ids`).toBe(layout.edges.length);

          // Every box of the data, once; members inside their group's frame.
          const expected = unit.positions
            .filter((p) => shownAs(unit, p.id, collapsed) === p.id)
            .map((p) => p.id);
          expect(layout.nodes.map((n) => n.id).sort()).toEqual(expected.sort());
          for (const n of layout.nodes.filter((x) => x.parent)) {
            const g = rectOf(layout.nodes.find((x) => x.id === n.parent)!);
            const r = rectOf(n);
            expect(
              r.left >= g.left && r.right <= g.right && r.top >= g.top && r.bottom <= g.bottom,
              n.id,
            ).toBe(true);
          }

          // Every relation drawn, by an edge between the boxes that stand for its ends, or by containment.
          const drawn = new Map<string, { from: string; to: string }>();
          for (const e of layout.edges) for (const key of e.relations) drawn.set(key, e);
          for (const rel of unit.relations) {
            const key = relationKey(rel);
            const from = shownAs(unit, rel.from, collapsed);
            const to = shownAs(unit, rel.to, collapsed);
            const byContainment =
              from === to ||
              layout.nodes.some(
                (n) => (n.id === from && n.parent === to) || (n.id === to && n.parent === from),
              );
            if (byContainment) expect(layout.contained, `${mode}: ${key}`).toContain(key);
            else expect(drawn.get(key), `${mode}: ${key}`).toEqual(expect.objectContaining({ from, to }));
          }
          // An edge that draws no relation is a line "menurut susunan" into the head.
          for (const e of layout.edges.filter((x) => x.relations.length === 0)) {
            expect(e.basis, e.id).toBe('inferred');
            expect(e.to).toBe(unit.head);
          }

          // One piece, the head at the top.
          expect(parts(layout), `${mode}: separate parts`).toHaveLength(1);
          const head = layout.nodes.find((n) => n.id === unit.head)!;
          expect(head.y, `${mode}: head on top`).toBeLessThanOrEqual(
            Math.min(...layout.nodes.map((n) => n.y)) + 0.5,
          );
        }
      });
    }
  });
}
