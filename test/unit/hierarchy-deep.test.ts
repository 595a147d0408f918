/**
 * F1: hierarchies of any depth are walked without recursion, once per unit type, in near-linear
 * time (the probe's 5,000- and 40,000-deep chains overflowed the stack or froze Posisi saya).
 */
import { describe, expect, it } from 'vitest';
import { chainUp, hierarchyOf, placement } from '../../src/model/hierarchy';
import type { UnitType } from '../../src/model/types';
import { syntheticRegion } from '../hostile/inputs';

const unitOf = (n: number, shape: 'chain' | 'star') =>
  (syntheticRegion('x', { positions: n, shape }) as unknown as { unitTypes: UnitType[] }).unitTypes[0]!;

describe('deep hierarchies', () => {
  it('a 40,000-deep chain: placement, outline rows and the walk up, without overflow, fast', () => {
    const unit = unitOf(40_000, 'chain');
    const started = performance.now();
    const tree = hierarchyOf(unit);
    expect(tree.height).toBe(40_000);
    const rows = tree.rows();
    expect(rows).toHaveLength(40_000);
    // Reading order = chain order, each one level deeper, each the only child of the one above.
    expect(rows[39_999]!.node.position.id).toBe('p39999');
    expect(rows[39_999]!.node.depth).toBe(39_999);
    expect(rows[39_999]!).toMatchObject({ index: 1, siblings: 1 });
    expect(chainUp(unit, 'p39999')).toHaveLength(40_000);
    expect(chainUp(unit, 'p2')).toEqual(['p2', 'p1', 'p0']);
    // Was quadratic (a walk up per placed position): minutes for this input.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('a 5,000-position star: everyone under the head, siblings numbered', () => {
    const tree = hierarchyOf(unitOf(5000, 'star'));
    expect(tree.height).toBe(2);
    const rows = tree.rows();
    expect(rows[0]!.node.position.id).toBe('p0');
    expect(rows[4999]).toMatchObject({ index: 4999, siblings: 4999 });
  });

  it('a cycle in the data is cut where it would close, whatever its length', () => {
    const unit = unitOf(1000, 'chain');
    // p0 (the head) placed under p999 would close a 1000-long cycle: the head stays on top.
    unit.relations.push({ kind: 'kedudukan', from: 'p0', to: 'p999', cite: unit.cite });
    // p1 placed under p999 through penilaianKinerja: p1 already has its kedudukan superior.
    unit.relations.push({ kind: 'penilaianKinerja', from: 'p999', to: 'p1', cite: unit.cite });
    const parent = placement(unit);
    expect(parent.get('p0')).toBeUndefined();
    expect(parent.get('p1')).toBe('p0');
    expect(hierarchyOf(unit).ancestors('p999').at(-1)).toBe('p0');
  });

  it('a cycle among units without a head is cut too (group inside group inside itself)', () => {
    const unit = unitOf(3, 'star');
    unit.head = 'tidak-ada';
    unit.relations = [
      { kind: 'kedudukan', from: 'p1', to: 'p2', cite: unit.cite },
      { kind: 'kedudukan', from: 'p2', to: 'p1', cite: unit.cite },
    ];
    const tree = hierarchyOf(unit);
    expect(tree.parent.get('p1')).toBe('p2');
    expect(tree.parent.get('p2')).toBeUndefined();
    expect(
      tree
        .descendants()
        .map((n) => n.position.id)
        .sort(),
    ).toEqual(['p0', 'p1', 'p2']);
  });
});
