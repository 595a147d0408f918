/**
 * The events that bring a flow's player to a given step (the `jalur` of a flow link), found by
 * walking the generated machine itself with xstate's pure transitions: the path is whatever the
 * player would accept, never a second reading of the flow's rules.
 */
import { initialTransition, transition } from 'xstate';
import { currentStep, flowMachine, NEXT_EVENT, type Variant } from '../machines/generate';
import type { Flow } from '../model/types';

export interface StepPath {
  variant?: Variant;
  events: string[];
}

/** Shortest event path from the flow's first step to `stepId`, or undefined when unreachable. */
export function pathToStep(flow: Flow, stepId: string): StepPath | undefined {
  const step = flow.steps.find((s) => s.id === stepId);
  if (!step) return undefined;
  // A step of one variant is reached in that variant; otherwise the machine's default (first).
  const variant = step.variant ?? flow.variants?.[0];
  const machine = flowMachine(flow);
  const [start] = initialTransition(machine, variant ? { variant } : {});
  const seen = new Set<string>();
  const queue: { snapshot: typeof start; events: string[] }[] = [{ snapshot: start, events: [] }];
  while (queue.length > 0) {
    const { snapshot, events } = queue.shift()!;
    const at = currentStep(snapshot);
    if (at === undefined || seen.has(at)) continue;
    seen.add(at);
    if (at === stepId) return { ...(step.variant ? { variant: step.variant } : {}), events };
    const s = flow.steps.find((x) => x.id === at);
    const moves = s?.decision ? s.decision.branches.map((b) => b.event) : [NEXT_EVENT];
    for (const event of moves) {
      const [next] = transition(machine, snapshot, { type: event });
      if (next.status === 'active') queue.push({ snapshot: next, events: [...events, event] });
    }
  }
  return undefined;
}
