/**
 * Plays one flow on xstate's pure transitions: a history of snapshots (forward pushes, back pops,
 * nothing replayed), autoplay with a speed. Where the player stands, the path for the link and
 * the steps taken for the log are all read from the history (`flowHistory.ts`).
 */
import { transition } from 'xstate';
import { currentStep, flowMachine, NEXT_EVENT, type FlowMachine, type Variant } from '../machines/generate';
import { END } from '../model/flowGraph';
import type { Flow, FlowStep } from '../model/types';
import { markSteps, pathOf, replayPath, trailOf, type Moment } from './flowHistory';

export type { Moment, Move } from './flowHistory';

const BASE_DELAY_MS = 2600;

type Branch = NonNullable<FlowStep['decision']>['branches'][number];

export interface PlayerOption {
  event: string;
  /** 1-based digit shortcut. */
  key: number;
  /** The decision's branch this option takes (none for a plain step forward). */
  branch?: Branch;
}

export class FlowPlayer {
  readonly flow: Flow;
  private readonly machine: FlowMachine;
  variant = $state<Variant | undefined>(undefined);
  history = $state.raw<Moment[]>([]);
  playing = $state(false);
  speed = $state(1);
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** The moment the player stands on: a new object after every move (the view animates on it). */
  readonly now = $derived(this.history[this.history.length - 1]!);
  readonly stepId = $derived(currentStep(this.now.snapshot));
  readonly done = $derived(this.now.snapshot.status === 'done');
  /** Events taken from the start, short form (the link's `jalur`). */
  readonly path = $derived(pathOf(this.history));
  /** Each step stood on, in order, with the step and event that led there (the log). */
  readonly trail = $derived(trailOf(this.history));

  constructor(flow: Flow, variant?: Variant, path: readonly string[] = []) {
    this.flow = flow;
    this.machine = flowMachine(flow);
    this.variant = variant ?? flow.variants?.[0];
    this.replay(path);
  }

  get step(): FlowStep | undefined {
    return this.flow.steps.find((s) => s.id === this.stepId);
  }

  get stepNumber(): number {
    return this.flow.steps.findIndex((s) => s.id === this.stepId) + 1;
  }

  /** The last move: from which step, by which event, to which step (or `selesai`). */
  get lastMove(): { from: string; event: string; to: string } | undefined {
    const before = this.history[this.history.length - 2];
    const from = before && currentStep(before.snapshot);
    return from && this.now.event ? { from, event: this.now.event, to: this.stepId ?? END } : undefined;
  }

  /** What the reader can do now: one option, or the branches of a decision. */
  get options(): PlayerOption[] {
    const step = this.step;
    if (!step || this.done) return [];
    if (step.decision)
      return step.decision.branches.map((b, i) => ({ event: b.event, key: i + 1, branch: b }));
    return [{ event: NEXT_EVENT, key: 1 }];
  }

  get atDecision(): boolean {
    return this.step?.decision !== undefined && !this.done;
  }

  /**
   * Starts over and takes `path` (short events) up to the first event the machine does not
   * accept, and at most MAX_REPLAY events.
   */
  replay(path: readonly string[]): void {
    const { history, actions } = replayPath(this.machine, this.variant, path);
    this.history = history;
    if (history.length === 1) markSteps(actions);
    this.settle();
  }

  send(event: string): boolean {
    const at = this.now.snapshot;
    if (!at.can({ type: event })) return false;
    const [snapshot, actions] = transition(this.machine, at, { type: event });
    this.history = [...this.history, { snapshot, event }];
    markSteps(actions);
    this.settle();
    return true;
  }

  /** Autoplay stops where the reader must choose, and at the end. */
  private settle(): void {
    if (this.done || this.atDecision) this.pause();
  }

  forward(): boolean {
    return this.send(NEXT_EVENT);
  }

  choose(key: number): boolean {
    const option = this.options.find((o) => o.key === key);
    return option ? this.send(option.event) : false;
  }

  back(): void {
    if (this.history.length > 1) this.history = this.history.slice(0, -1);
  }

  restart(): void {
    this.pause();
    this.replay([]);
  }

  setVariant(variant: Variant): void {
    this.variant = variant;
    this.replay([]);
  }

  play(): void {
    if (this.done) this.replay([]);
    if (this.atDecision) return;
    this.playing = true;
    this.schedule();
  }

  pause(): void {
    this.playing = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (!this.playing) return;
      if (this.forward() && this.playing) this.schedule();
    }, BASE_DELAY_MS / this.speed);
  }

  setSpeed(speed: number): void {
    this.speed = speed;
    if (this.playing) this.schedule();
  }

  dispose(): void {
    this.pause();
  }
}
