import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basisCounts, coverageMarkdown, readRegions } from '../../scripts/coverage';
import { fixture } from './fixture';

describe('docs/coverage.md', () => {
  it('is up to date with the data (run `npm run coverage`)', () => {
    const onDisk = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'coverage.md'), 'utf8');
    expect(onDisk).toBe(coverageMarkdown(readRegions()));
  });
});

describe('basisCounts', () => {
  it('counts each relation, role claim, step and branch once, under its basis (absent = stated)', () => {
    const r = fixture();
    const unit = r.unitTypes[0]!;
    const cite = structuredClone(unit.cite);
    // The fixture: 4 relations, 1 role claim, 5 steps, 2 branches, none with a basis.
    expect(unit.relations).toHaveLength(4);
    unit.relations[0]!.basis = { kind: 'derived', cite };
    unit.relations[1]!.basis = { kind: 'supplied', note: 'silent-x' };
    unit.relations[2]!.basis = { kind: 'stated' };
    const steps = r.flows[0]!.steps;
    steps[0]!.basis = { kind: 'supplied', note: 'silent-x' };
    steps.find((s) => s.decision)!.decision!.branches[1]!.basis = { kind: 'supplied', note: 'silent-x' };
    expect(basisCounts(r)).toEqual({
      relations: { stated: 2, derived: 1, supplied: 1 },
      roles: { stated: 1, derived: 0, supplied: 0 },
      steps: { stated: 4, derived: 0, supplied: 1 },
      branches: { stated: 1, derived: 0, supplied: 1 },
    });
  });
});
