import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { currentStep, flowMachine, NEXT_EVENT } from '../../src/machines/generate';
import { fixture } from './fixture';

describe('generated machine (fixture flow)', () => {
  const flow = fixture().flows[0]!;
  const machine = flowMachine(flow);

  it('starts at the first step and approves through to selesai', () => {
    const actor = createActor(machine, { input: {} }).start();
    expect(currentStep(actor.getSnapshot())).toBe('kirim-permohonan');
    actor.send({ type: NEXT_EVENT });
    expect(currentStep(actor.getSnapshot())).toBe('jawab');
    actor.send({ type: 'keputusan.setujui' });
    expect(currentStep(actor.getSnapshot())).toBe('surat-penugasan');
    actor.send({ type: NEXT_EVENT });
    actor.send({ type: NEXT_EVENT });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('refusal goes to the written answer and then ends', () => {
    const actor = createActor(machine, { input: {} }).start();
    actor.send({ type: NEXT_EVENT });
    actor.send({ type: 'keputusan.tolak' });
    expect(currentStep(actor.getSnapshot())).toBe('surat-jawaban');
    actor.send({ type: NEXT_EVENT });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('shortest paths reach every step and selesai', () => {
    const paths = getShortestPaths(machine, {
      events: [{ type: NEXT_EVENT }, { type: 'keputusan.setujui' }, { type: 'keputusan.tolak' }],
    });
    const reached = new Set(paths.map((p) => currentStep(p.state) ?? p.state.status));
    expect(reached).toEqual(new Set([...flow.steps.map((s) => s.id), 'done']));
  });
});

describe('variants that start on different steps', () => {
  it('starts the tim variant on its own first step (transient start through the varian guard)', () => {
    const flow = fixture().flows[0]!;
    flow.variants = ['individu', 'tim'];
    flow.steps[0]!.variant = 'individu';
    flow.steps[1]!.variant = undefined;
    const tim = createActor(flowMachine(flow), { input: { variant: 'tim' } }).start();
    expect(currentStep(tim.getSnapshot())).toBe('jawab');
    const individu = createActor(flowMachine(flow), { input: { variant: 'individu' } }).start();
    expect(currentStep(individu.getSnapshot())).toBe('kirim-permohonan');
  });
});
