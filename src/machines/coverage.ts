/**
 * Walks a generated machine with xstate/graph and reports what it reaches: used by the
 * model-based tests (every state, every transition, selesai from everywhere) for every flow.
 */
import { getAdjacencyMap, getSimplePaths } from 'xstate/graph';
import { canReachEnd, END } from '../model/flowGraph';
import type { Flow } from '../model/types';
import { currentStep, flowMachine, NEXT_EVENT, type Variant } from './generate';

export function flowEvents(flow: Flow): { type: string }[] {
  const types = new Set<string>();
  for (const s of flow.steps) {
    if (s.decision) for (const b of s.decision.branches) types.add(b.event);
    else types.add(NEXT_EVENT);
  }
  return [...types].map((type) => ({ type }));
}

export interface Coverage {
  variant: Variant | undefined;
  /** Steps the machine can stand on. */
  states: Set<string>;
  /** `step --event--> step|selesai` for every transition taken. */
  transitions: Set<string>;
  /** Steps from which no path reaches selesai. */
  deadEnds: string[];
  /** Number of simple paths from the start to selesai. */
  pathsToEnd: number;
}

export function coverage(flow: Flow, variant: Variant | undefined): Coverage {
  const machine = flowMachine(flow);
  const events = flowEvents(flow);
  const input = variant ? { variant } : {};
  const adjacency = getAdjacencyMap(machine, { events, input });
  const states = new Set<string>();
  const transitions = new Set<string>();
  const edges = new Map<string, string[]>();
  for (const { state, transitions: out } of Object.values(adjacency)) {
    const from = currentStep(state) ?? END;
    if (state.status !== 'done') states.add(from);
    for (const { event, state: next } of Object.values(out) as {
      event: { type: string };
      state: typeof state;
    }[]) {
      const to = next.status === 'done' ? END : (currentStep(next) ?? END);
      if (
        to === from &&
        !flow.steps.find((s) => s.id === from)?.decision?.branches.some((b) => b.next === from)
      )
        continue;
      transitions.add(`${from} --${event.type}--> ${to}`);
      edges.set(from, [...(edges.get(from) ?? []), to]);
    }
  }
  const canEnd = canReachEnd(edges);
  const paths = getSimplePaths(machine, { events, input, toState: (s) => s.status === 'done' });
  return {
    variant,
    states,
    transitions,
    deadEnds: [...states].filter((s) => !canEnd.has(s)),
    pathsToEnd: paths.length,
  };
}

/** The variants to walk: each the text names, or none. */
export function variantsOf(flow: Flow): (Variant | undefined)[] {
  return flow.variants && flow.variants.length > 0 ? [...flow.variants] : [undefined];
}
