/**
 * One generator turns any flow of the data into an XState v5 machine. No machine is written by
 * hand for a region.
 *
 * - Each step is a state (id `langkah-<step id>`); where the text has stages, steps sit inside
 *   the stage's parent state (perencanaan / pelaksanaan / evaluasi), in the text's order.
 * - A step without a decision moves on with `langkah.lanjut`; a decision offers one event per
 *   branch, named as the data names it (`keputusan.setujui`, `hasil.tidakSesuai`, ...).
 *   A branch back to an earlier step stays a loop.
 * - Where the flow distinguishes individu / tim, `input.variant` picks the path through the named
 *   guard `varian`; steps of the other variant are passed over.
 * - The end is the final state `selesai`.
 * - Entering a step runs the named action `sorotLangkah` with the step id: the player provides it.
 */
import { setup, type MachineConfig } from 'xstate';
import { END, nextStep } from '../model/flowGraph';
import type { Flow, FlowStep, Stage } from '../model/types';

export type Variant = 'individu' | 'tim';
export const NEXT_EVENT = 'langkah.lanjut';

export interface FlowContext {
  variant: Variant | undefined;
}
export interface FlowInput {
  variant?: Variant;
}
export type FlowEvent = { type: string };

export const stateId = (stepId: string): string => `langkah-${stepId}`;
/** Transient start state of flows whose variants begin on different steps. */
const START = 'mulai';

/**
 * The step a transition lands on in a variant: steps of the other variant are passed over along
 * their next steps (a decision is never passed over: the reader chooses).
 */
function landing(flow: Flow, index: ReadonlyMap<string, number>) {
  return (target: string, variant: Variant | undefined): string => {
    const seen = new Set<string>();
    let at = target;
    while (at !== END && !seen.has(at)) {
      seen.add(at);
      const i = index.get(at) ?? -1;
      const step = flow.steps[i];
      if (!step || step.variant === undefined || variant === undefined || step.variant === variant) return at;
      if (step.decision) return at;
      at = nextStep(flow.steps, i);
    }
    return at;
  };
}

type Landing = ReturnType<typeof landing>;

/** The step a move to `target` lands on in `variant` (what the machine does; for link and card text). */
export function landingStep(flow: Flow, target: string, variant: Variant | undefined): string {
  return landing(flow, new Map(flow.steps.map((s, i) => [s.id, i])))(target, variant);
}

function targetRef(id: string): string {
  return id === END ? `#${END}` : `#${stateId(id)}`;
}

/** Transitions for one event out of a step, guarded per variant where the landing step differs. */
function transitionFor(flow: Flow, land: Landing, target: string) {
  const variants = flow.variants ?? [];
  if (variants.length < 2) return { target: targetRef(land(target, variants[0])) };
  const byVariant = variants.map((v) => ({ v, to: land(target, v) }));
  if (byVariant.every((b) => b.to === byVariant[0]!.to)) return { target: targetRef(byVariant[0]!.to) };
  return [
    ...byVariant.map((b) => ({
      target: targetRef(b.to),
      guard: { type: 'varian' as const, params: { variant: b.v } },
    })),
    // No variant chosen: the first one the text lists.
    { target: targetRef(byVariant[0]!.to) },
  ];
}

type StateConfig = Record<string, unknown>;

export function flowMachineConfig(flow: Flow): MachineConfig<FlowContext, FlowEvent> {
  const land = landing(flow, new Map(flow.steps.map((s, i) => [s.id, i])));
  const stepState = (step: FlowStep, i: number): StateConfig => {
    const on: Record<string, unknown> = {};
    if (step.decision)
      for (const b of step.decision.branches) on[b.event] = transitionFor(flow, land, b.next);
    else on[NEXT_EVENT] = transitionFor(flow, land, nextStep(flow.steps, i));
    return {
      id: stateId(step.id),
      entry: { type: 'sorotLangkah', params: { step: step.id } },
      meta: { step: step.id, stage: step.stage },
      on,
    };
  };

  const first = land(flow.steps[0]?.id ?? END, flow.variants?.[0]);
  const hasStages = flow.steps.some((s) => s.stage !== undefined);
  const states: Record<string, StateConfig> = {};
  if (hasStages) {
    const stages: (Stage | 'langkah')[] = [];
    for (const s of flow.steps) {
      const key = s.stage ?? 'langkah';
      if (!stages.includes(key)) stages.push(key);
    }
    for (const stage of stages) {
      const steps = flow.steps
        .map((s, i) => [s, i] as const)
        .filter(([s]) => (s.stage ?? 'langkah') === stage);
      states[stage] = {
        id: `tahap-${stage}`,
        initial: steps[0]![0].id,
        meta: { stage },
        states: Object.fromEntries(steps.map(([s, i]) => [s.id, stepState(s, i)])),
      };
    }
  } else {
    flow.steps.forEach((s, i) => (states[s.id] = stepState(s, i)));
  }
  states[END] = { id: END, type: 'final' };

  // Where the text's variants start on different steps, a transient start state picks the
  // variant's first step through the same named guard.
  const variants = flow.variants ?? [];
  const firsts = variants.map((v) => ({ v, to: land(flow.steps[0]?.id ?? END, v) }));
  const branching = firsts.length > 1 && firsts.some((f) => f.to !== firsts[0]!.to);
  const keyOf = (stepId: string) => {
    if (stepId === END) return END;
    if (!hasStages) return stepId;
    return flow.steps.find((s) => s.id === stepId)?.stage ?? 'langkah';
  };
  let initialKey = keyOf(first);
  if (branching) {
    states[START] = {
      id: START,
      always: [
        ...firsts.map((f) => ({
          target: targetRef(f.to),
          guard: { type: 'varian', params: { variant: f.v } },
        })),
        { target: targetRef(first) },
      ],
    };
    initialKey = START;
  } else {
    const initialState = Object.hasOwn(states, initialKey) ? states[initialKey] : undefined;
    if (hasStages && initialState && first !== END) initialState.initial = first;
  }

  return {
    id: `alur-${flow.id}`,
    context: ({ input }: { input: FlowInput | undefined }) => ({ variant: input?.variant }),
    initial: initialKey,
    states,
  } as unknown as MachineConfig<FlowContext, FlowEvent>;
}

export function flowMachine(flow: Flow) {
  return setup({
    types: {} as { context: FlowContext; events: FlowEvent; input: FlowInput | undefined },
    guards: {
      varian: ({ context }, params: { variant: Variant }) => context.variant === params.variant,
    },
    actions: {
      // Provided by the player (highlight the step); a no-op for tests and traversal.
      sorotLangkah: (_args, params: { step: string }) => void params,
    },
  }).createMachine(flowMachineConfig(flow) as never);
}

export type FlowMachine = ReturnType<typeof flowMachine>;

/** The step a snapshot stands on (undefined at `selesai`), read from the state's meta. */
export function currentStep(snapshot: { getMeta(): Record<string, unknown> }): string | undefined {
  for (const meta of Object.values(snapshot.getMeta())) {
    if (meta && typeof meta === 'object' && 'step' in meta && typeof meta.step === 'string') return meta.step;
  }
  return undefined;
}
