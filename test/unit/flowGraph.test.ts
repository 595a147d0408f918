/** The flow graph of the model: next-step rule, reachability both ways, and its cost on big files. */
import { describe, expect, it } from 'vitest';
import { canReachEnd, END, flowGraph, nextStep, successors } from '../../src/model/flowGraph';
import { crossCheck } from '../../src/data/crossCheck';
import { fixture } from './fixture';

/** Steps written as `id>next` or `id?a|b` (a decision with branches to a and b). */
const steps = (...specs: string[]) =>
  specs.map((spec) => {
    const [id, rest] = spec.split(/[>?]/) as [string, string | undefined];
    if (spec.includes('?')) return { id, decision: { branches: rest!.split('|').map((next) => ({ next })) } };
    return rest ? { id, next: rest } : { id };
  });

describe('next step', () => {
  const flow = steps('a', 'b>d', 'c', 'd');
  it('is the step written after it, its own next, or the end after the last', () => {
    expect(nextStep(flow, 0)).toBe('b');
    expect(nextStep(flow, 1)).toBe('d');
    expect(nextStep(flow, 2)).toBe('d');
    expect(nextStep(flow, 3)).toBe('selesai');
  });
  it('a decision leads to its branches', () => {
    expect(successors(steps('a?b|selesai', 'b')).get('a')).toEqual(['b', 'selesai']);
  });
});

describe('reachability', () => {
  it('finds steps the first step never reaches and steps that cannot end', () => {
    // a -> b -> c <-> d (a loop with no way out); e is never reached.
    const g = flowGraph(steps('a', 'b>c', 'c?d|c', 'd>c', 'e'));
    expect([...g.reachable].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...g.canEnd].sort()).toEqual(['e']);
  });
  it('a loop back that also has a way out can end', () => {
    const g = flowGraph(steps('a', 'b?a|selesai'));
    expect([...g.canEnd].sort()).toEqual(['a', 'b']);
  });
  it('takes the end itself out of the answer', () => {
    expect(canReachEnd(new Map([['x', [END]]]))).toEqual(new Set(['x']));
  });
});

describe('checking a 20,000-step flow', () => {
  it('takes well under the old 25.8 s (each pass added one step)', () => {
    const region = fixture();
    const flow = region.flows[0]!;
    const { actor, cite } = flow.steps[0]!;
    // A plain chain: a check that adds one step per pass over all steps needs n passes.
    const n = 20_000;
    flow.steps = Array.from({ length: n }, (_, i) => ({
      id: `s${n - i}`,
      actor,
      action: 'x',
      cite,
      ...(i < n - 1 ? {} : { next: END }),
    }));
    const started = performance.now();
    const issues = crossCheck(region, 'minimal.json').filter((i) => i.path.startsWith('$.flows[0].steps'));
    const ms = performance.now() - started;
    expect(issues).toEqual([]);
    expect(ms).toBeLessThan(5000);
  });
});
