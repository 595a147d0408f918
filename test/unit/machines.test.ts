/**
 * Model-based tests over every flow of every bundled region: the generated machine, walked with
 * xstate/graph, stands on every step, offers exactly the transitions the data defines, reaches
 * `selesai` from every state, and has no unreachable state.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RegionData } from '../../src/data/schema';
import { coverage, expectedTransitions, variantsOf } from '../../src/machines/coverage';
import { regionFiles } from '../../scripts/sources';
import { fixture } from './fixture';

const regions: RegionData[] = [
  fixture(),
  ...regionFiles().map((p) => JSON.parse(readFileSync(p, 'utf8')) as RegionData),
];

let totals = { flows: 0, states: 0, transitions: 0 };

for (const region of regions) {
  describe(`${region.id}: every flow as a machine`, () => {
    for (const flow of region.flows) {
      it(`${flow.id}`, () => {
        const reachedAnywhere = new Set<string>();
        for (const variant of variantsOf(flow)) {
          const cov = coverage(flow, variant);
          expect(cov.deadEnds, `dead ends (${variant ?? '-'})`).toEqual([]);
          expect(cov.pathsToEnd, `paths to selesai (${variant ?? '-'})`).toBeGreaterThan(0);
          expect([...cov.transitions].sort()).toEqual(
            [...expectedTransitions(flow, variant, cov.states)].sort(),
          );
          for (const s of flow.steps)
            if (variant && s.variant === variant) expect(cov.states.has(s.id), s.id).toBe(true);
          cov.states.forEach((s) => reachedAnywhere.add(s));
          totals = {
            flows: totals.flows,
            states: totals.states + cov.states.size,
            transitions: totals.transitions + cov.transitions.size,
          };
        }
        expect([...reachedAnywhere].sort()).toEqual(flow.steps.map((s) => s.id).sort());
        totals.flows++;
      });
    }
  });
}

describe('coverage totals', () => {
  it('walked every flow', () => {
    const expected = regions.reduce((n, r) => n + r.flows.length, 0);
    expect(totals.flows).toBe(expected);
    console.log(
      `machines: ${totals.flows} flows, ${totals.states} states, ${totals.transitions} transitions covered (${basename(import.meta.filename)})`,
    );
  });
});
