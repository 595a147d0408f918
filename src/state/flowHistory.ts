/**
 * The flow player's history, pure (no runes): the moments it is made of, how a link's path
 * (short events) is replayed into one on xstate's pure transitions, and what is read back from
 * it — the path for the link and the steps taken for the log. `player.svelte.ts` holds it.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { currentStep, NEXT_EVENT, type FlowMachine, type Variant } from '../machines/generate';

/** Short event names in links: `lanjut` stands for `langkah.lanjut`. */
const toEvent = (short: string): string => (short === 'lanjut' ? NEXT_EVENT : short);
const toShort = (event: string): string => (event === NEXT_EVENT ? 'lanjut' : event);

/** A link replays at most this many events (a flow's longest honest path is a few dozen). */
const MAX_REPLAY = 500;

/** One moment of the history: the snapshot, and the event that led to it (none for the start). */
export interface Moment {
  snapshot: SnapshotFrom<FlowMachine>;
  event?: string;
}

/** A step stood on, and the step and event it was reached from (none for the first). */
export interface Move {
  step: string;
  from?: string;
  event?: string;
}

type Actions = ReturnType<typeof transition<FlowMachine>>[1];

/** Entering a step marks the moment; the bench measures from here to the highlight. */
export function markSteps(actions: Actions): void {
  if (typeof performance === 'undefined') return;
  for (const a of actions)
    if (a.type === 'sorotLangkah') performance.mark(`bagan:step:${(a.params as { step: string }).step}`);
}

/**
 * A history from the start that takes `path` (short events) up to the first event the machine
 * does not accept, and at most MAX_REPLAY events; with the actions of the start.
 */
export function replayPath(
  machine: FlowMachine,
  variant: Variant | undefined,
  path: readonly string[],
): { history: Moment[]; actions: Actions } {
  const [start, actions] = initialTransition(machine, variant ? { variant } : {});
  const history: Moment[] = [{ snapshot: start }];
  for (const short of path.slice(0, MAX_REPLAY)) {
    const event = { type: toEvent(short) };
    const at = history[history.length - 1]!.snapshot;
    if (!at.can(event)) break;
    history.push({ snapshot: transition(machine, at, event)[0], event: event.type });
  }
  return { history, actions };
}

/** Events taken from the start, short form (the link's `jalur`). */
export function pathOf(history: readonly Moment[]): string[] {
  return history.slice(1).map((m) => toShort(m.event!));
}

/** Each step stood on, in order, with the step and event that led there (the log). */
export function trailOf(history: readonly Moment[]): Move[] {
  return history.flatMap((m, i): Move[] => {
    const step = currentStep(m.snapshot);
    const before = history[i - 1];
    const from = before && currentStep(before.snapshot);
    if (!step) return [];
    return [from && m.event ? { step, from, event: m.event } : { step }];
  });
}
