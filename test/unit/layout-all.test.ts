/**
 * Every bundled unit type, in both modes: no two boxes overlap, every edge starts and ends on its
 * boxes, labels fit their boxes in both languages, and every position and relation is drawn.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { RegionData } from '../../src/data/schema';
import { relationKey } from '../../src/data/crossCheck';
import { chartModel, drawnRelations, layoutUnit } from '../../src/layout/elkGraph';
import { detachedEdges, overlappingPairs } from '../../src/layout/geometry';
import { boxLabels, LANGS } from '../../src/layout/labels';
import { BOX, FONT, GROUP, boxHeight, textWidth } from '../../src/layout/measure';
import { rolesOf } from '../../src/model/queries';
import { regionFiles } from '../../scripts/sources';

const elk = new ELK();
const regions = regionFiles().map((p) => JSON.parse(readFileSync(p, 'utf8')) as RegionData);

for (const region of regions) {
  describe(`${region.id}: chart layouts`, () => {
    for (const unit of region.unitTypes) {
      it(`${unit.id}`, async () => {
        for (const mode of ['expanded', 'collapsed'] as const) {
          const layout = await layoutUnit(elk, unit, mode);
          expect(overlappingPairs(layout), `${mode}: overlapping boxes`).toEqual([]);
          expect(detachedEdges(layout), `${mode}: edges off their boxes`).toEqual([]);
          expect(drawnRelations(unit, mode)).toEqual(new Set(unit.relations.map(relationKey)));
          const model = chartModel(unit, mode);
          const grouped = unit.positions.filter(
            (p) => p.group && unit.positions.some((g) => g.id === p.group),
          ).length;
          expect(layout.nodes.length).toBe(
            mode === 'expanded' ? unit.positions.length : unit.positions.length - grouped,
          );
          for (const n of model.nodes) {
            const p = unit.positions.find((x) => x.id === n.id)!;
            const inner = n.kind === 'group' ? n.width - GROUP.padX * 2 : n.width - BOX.padX * 2;
            for (const line of n.nameLines)
              expect(textWidth(line, FONT.name), `${n.id}: "${line}"`).toBeLessThanOrEqual(
                n.width - BOX.padX * 2 + 0.01,
              );
            if (n.kind === 'group') continue;
            for (const lang of LANGS) {
              const labels = boxLabels(p, rolesOf(unit, p.id), lang, n.memberCount);
              expect(
                boxHeight(n.nameLines.length, labels, n.width),
                `${n.id} (${lang}) height`,
              ).toBeLessThanOrEqual(n.height);
            }
            expect(inner).toBeGreaterThan(0);
          }
        }
      });
    }
  });
}
