/**
 * The events that bring a flow's player to a given step (the `jalur` of a flow link), found by
 * walking the flow the way its generated machine does: `langkah.lanjut` to the next step, a
 * decision's branch events, steps of the other variant passed over.
 */
import { defaultNext, END_ID as END, NEXT_EVENT, resolveTarget, type Variant } from '../machines/generate';
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
  const first = resolveTarget(flow, flow.steps[0]?.id ?? END, variant);
  const seen = new Map<string, string[]>([[first, []]]);
  const queue = [first];
  while (queue.length > 0) {
    const at = queue.shift()!;
    const events = seen.get(at)!;
    if (at === stepId) return { ...(step.variant ? { variant: step.variant } : {}), events };
    const s = flow.steps.find((x) => x.id === at);
    if (!s) continue;
    const moves = s.decision
      ? s.decision.branches.map((b) => [b.event, b.next] as const)
      : [[NEXT_EVENT, defaultNext(flow, s)] as const];
    for (const [event, target] of moves) {
      const to = resolveTarget(flow, target, variant);
      if (to === END || seen.has(to)) continue;
      seen.set(to, [...events, event]);
      queue.push(to);
    }
  }
  return undefined;
}
