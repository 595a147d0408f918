import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegionData } from '../../../src/data/schema';
import type { UnitType } from '../../../src/model/types';
import { sliceLines, normaliseForQuote } from '../../../src/data/citations';
import { createActor } from 'xstate';
import { currentStep, flowMachine, NEXT_EVENT, type Variant } from '../../../src/machines/generate';

const root = join(import.meta.dirname, '..', '..', '..');

export function region(id: string): RegionData {
  return JSON.parse(readFileSync(join(root, 'data', 'regions', `${id}.json`), 'utf8')) as RegionData;
}

export function unit(r: RegionData, id: string): UnitType {
  const u = r.unitTypes.find((x) => x.id === id);
  if (!u) throw new Error(`no unit type ${id} in ${r.id}`);
  return u;
}

export function flow(r: RegionData, id: string) {
  const f = r.flows.find((x) => x.id === id);
  if (!f) throw new Error(`no flow ${id} in ${r.id}`);
  return f;
}

/** Asserts the regulation says `words` within lines [from, to]: the expected value's own citation. */
export function textSays(r: RegionData, from: number, to: number, words: string): boolean {
  const text = readFileSync(join(root, 'data', 'sources', r.source), 'utf8');
  return normaliseForQuote(sliceLines(text, from, to)).includes(normaliseForQuote(words));
}

export const names = (answers: { position: { name: string } }[]) => answers.map((a) => a.position.name);

/**
 * Drives a flow's generated machine with `events`, recording for every step it stands on (the
 * first one, then after each event) its id, stage and `actor>recipients`.
 */
export function walkFlow(r: RegionData, flowId: string, events: readonly string[], variant?: Variant) {
  const f = flow(r, flowId);
  const actor = createActor(flowMachine(f), { input: variant ? { variant } : {} }).start();
  const seen: string[] = [];
  const steps: string[] = [];
  const stages: (string | undefined)[] = [];
  const record = () => {
    const id = currentStep(actor.getSnapshot());
    const s = f.steps.find((x) => x.id === id);
    if (!s) return;
    steps.push(s.id);
    stages.push(s.stage);
    seen.push(`${s.actor}>${(s.recipients ?? []).join(',')}`);
  };
  record();
  for (const type of events) {
    actor.send({ type });
    record();
  }
  return { flow: f, f, actor, seen, steps, stages, status: actor.getSnapshot().status };
}

/** `langkah.lanjut`, n times. */
export const next = (n: number): string[] => Array.from({ length: n }, () => NEXT_EVENT);
