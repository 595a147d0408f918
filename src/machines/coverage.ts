/**
 * Walks a generated machine with xstate/graph and reports what it reaches: used by the
 * model-based tests (every state, every transition, selesai from everywhere) for every flow.
 */
import { getAdjacencyMap, getSimplePaths } from 'xstate/graph';
import type { Flow } from '../model/types';
import { currentStep, flowMachine, NEXT_EVENT, resolveTarget, type Variant } from './generate';

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
  const edges = new Map<string, Set<string>>();
  for (const { state, transitions: out } of Object.values(adjacency)) {
    const from = currentStep(state) ?? 'selesai';
    if (state.status !== 'done') states.add(from);
    for (const { event, state: next } of Object.values(out) as {
      event: { type: string };
      state: typeof state;
    }[]) {
      const to = next.status === 'done' ? 'selesai' : (currentStep(next) ?? 'selesai');
      if (
        to === from &&
        !flow.steps.find((s) => s.id === from)?.decision?.branches.some((b) => b.next === from)
      )
        continue;
      transitions.add(`${from} --${event.type}--> ${to}`);
      edges.set(from, new Set([...(edges.get(from) ?? []), to]));
    }
  }
  const canEnd = new Set(['selesai']);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [from, tos] of edges) {
      if (!canEnd.has(from) && [...tos].some((t) => canEnd.has(t))) {
        canEnd.add(from);
        grew = true;
      }
    }
  }
  const paths = getSimplePaths(machine, { events, input, toState: (s) => s.status === 'done' });
  return {
    variant,
    states,
    transitions,
    deadEnds: [...states].filter((s) => !canEnd.has(s)),
    pathsToEnd: paths.length,
  };
}

/** The transitions the data defines for a variant (what the machine must offer). */
export function expectedTransitions(
  flow: Flow,
  variant: Variant | undefined,
  reachable: Set<string>,
): Set<string> {
  const out = new Set<string>();
  flow.steps.forEach((step, i) => {
    if (!reachable.has(step.id)) return;
    const fallthrough = step.next ?? flow.steps[i + 1]?.id ?? 'selesai';
    const pairs = step.decision
      ? step.decision.branches.map((b) => [b.event, b.next] as const)
      : [[NEXT_EVENT, fallthrough] as const];
    for (const [event, to] of pairs)
      out.add(`${step.id} --${event}--> ${resolveTarget(flow, to, variant ?? flow.variants?.[0])}`);
  });
  return out;
}

/** The variants to walk: each the text names, or none. */
export function variantsOf(flow: Flow): (Variant | undefined)[] {
  return flow.variants && flow.variants.length > 0 ? [...flow.variants] : [undefined];
}
