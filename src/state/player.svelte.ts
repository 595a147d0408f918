/**
 * Plays one flow: the generated machine, the events taken so far (the deep link replays them),
 * step back by replay, autoplay with a speed, and the visited steps for the log.
 */
import { createActor, type Actor } from 'xstate';
import { currentStep, flowMachine, NEXT_EVENT, type FlowMachine, type Variant } from '../machines/generate';
import type { Flow, FlowStep } from '../model/types';

/** Short event names in links: `lanjut` stands for `langkah.lanjut`. */
export const toEvent = (short: string): string => (short === 'lanjut' ? NEXT_EVENT : short);
export const toShort = (event: string): string => (event === NEXT_EVENT ? 'lanjut' : event);

export const BASE_DELAY_MS = 2600;

export interface PlayerOption {
  event: string;
  label: string;
  /** 1-based digit shortcut. */
  key: number;
}

export class FlowPlayer {
  readonly flow: Flow;
  private machine: FlowMachine;
  private actor: Actor<FlowMachine> | undefined;
  path = $state.raw<string[]>([]);
  visited = $state.raw<string[]>([]);
  stepId = $state<string | undefined>(undefined);
  done = $state(false);
  variant = $state<Variant | undefined>(undefined);
  playing = $state(false);
  speed = $state(1);
  /** Increments on every move: the view animates on change. */
  tick = $state(0);
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(flow: Flow, variant?: Variant) {
    this.flow = flow;
    this.variant = variant ?? flow.variants?.[0];
    this.machine = flowMachine(flow).provide({
      actions: {
        // Marks the moment a step is entered; the bench measures from here to the highlight.
        sorotLangkah: (_args, params: { step: string }) => {
          if (typeof performance !== 'undefined') performance.mark(`bagan:step:${params.step}`);
        },
      },
    });
    this.replay([]);
  }

  get step(): FlowStep | undefined {
    return this.flow.steps.find((s) => s.id === this.stepId);
  }

  get stepNumber(): number {
    return this.flow.steps.findIndex((s) => s.id === this.stepId) + 1;
  }

  /** What the reader can do now: one option, or the branches of a decision. */
  get options(): PlayerOption[] {
    const step = this.step;
    if (!step || this.done) return [];
    if (step.decision)
      return step.decision.branches.map((b, i) => ({ event: b.event, label: b.label, key: i + 1 }));
    return [{ event: NEXT_EVENT, label: '', key: 1 }];
  }

  get atDecision(): boolean {
    return this.step?.decision !== undefined && !this.done;
  }

  /** Starts over and applies `path` (short events) as far as the machine accepts them. */
  replay(path: readonly string[]): void {
    this.actor?.stop();
    const actor = createActor(this.machine, { input: this.variant ? { variant: this.variant } : {} });
    actor.start();
    const accepted: string[] = [];
    const visited: string[] = [];
    const first = currentStep(actor.getSnapshot());
    if (first) visited.push(first);
    for (const short of path) {
      const event = { type: toEvent(short) };
      if (!actor.getSnapshot().can(event)) break;
      actor.send(event);
      accepted.push(toShort(event.type));
      const at = currentStep(actor.getSnapshot());
      if (at) visited.push(at);
    }
    this.actor = actor;
    this.path = accepted;
    this.visited = visited;
    this.sync();
  }

  private sync(): void {
    const snapshot = this.actor?.getSnapshot();
    this.stepId = snapshot ? currentStep(snapshot) : undefined;
    this.done = snapshot?.status === 'done';
    this.tick++;
    if (this.done || this.atDecision) this.pause();
  }

  send(event: string): boolean {
    const snapshot = this.actor?.getSnapshot();
    if (!this.actor || !snapshot || !snapshot.can({ type: event })) return false;
    this.actor.send({ type: event });
    this.path = [...this.path, toShort(event)];
    const at = currentStep(this.actor.getSnapshot());
    if (at) this.visited = [...this.visited, at];
    this.sync();
    return true;
  }

  forward(): boolean {
    return this.send(NEXT_EVENT);
  }

  choose(key: number): boolean {
    const option = this.options.find((o) => o.key === key);
    return option ? this.send(option.event) : false;
  }

  back(): void {
    if (this.path.length > 0) this.replay(this.path.slice(0, -1));
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
    this.actor?.stop();
  }
}
