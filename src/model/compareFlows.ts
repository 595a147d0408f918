/**
 * Two flows of the same kind side by side (two regions, or two unit types of one region): their
 * steps aligned by who acts and what document passes, each side with its citation, and what
 * differs marked. The alignment keeps each flow's order (an optimal monotone matching of steps,
 * scored by actor, document, recipients and the words of the action); a step with no
 * counterpart stands alone on its side.
 */
import { stepSimilarity } from './compareFlows/similarity';
import { notesAbout } from './notesAbout';
import { fold } from './text';
import type { Citation, Flow, FlowStep, Note, Region } from './types';

export interface FlowStepCell {
  /** 1-based position in its flow. */
  number: number;
  stepId: string;
  stage?: FlowStep['stage'];
  actor: string;
  recipients: string[];
  document?: string;
  /** The step in plain words where the data has them, else the text's. */
  text: string;
  /** A decision's outcomes, in the text's words. */
  branches: string[];
  cite: Citation;
}

export type FlowDifference = 'actor' | 'recipients' | 'document' | 'stage';

export interface FlowCompareRow {
  a?: FlowStepCell;
  b?: FlowStepCell;
  /** For a row with both sides: what is not the same. */
  differs: FlowDifference[];
}

export interface FlowComparison {
  rows: FlowCompareRow[];
  notesA: Note[];
  notesB: Note[];
  /** Ids of every note shown, both sides. */
  noteIds: string[];
}

/** Below this, two steps are not the same step of the procedure. */
const MATCH = 2.4;

function cell(flow: Flow, step: FlowStep): FlowStepCell {
  const name = (id: string) => flow.participants.find((p) => p.id === id)?.name ?? id;
  return {
    number: flow.steps.indexOf(step) + 1,
    stepId: step.id,
    ...(step.stage ? { stage: step.stage } : {}),
    actor: name(step.actor),
    recipients: (step.recipients ?? []).map(name),
    ...(step.document ? { document: step.document } : {}),
    text: step.plain?.id ?? step.action,
    branches: step.decision?.branches.map((b) => b.label) ?? [],
    cite: step.cite,
  };
}

function differences(a: FlowStepCell, b: FlowStepCell): FlowDifference[] {
  const out: FlowDifference[] = [];
  const same = (x: string, y: string) => fold(x) === fold(y);
  if (!same(a.actor, b.actor)) out.push('actor');
  if (!same(a.recipients.join(' '), b.recipients.join(' '))) out.push('recipients');
  if (!same(a.document ?? '', b.document ?? '')) out.push('document');
  if (a.stage !== b.stage) out.push('stage');
  return out;
}

/**
 * A flow's steps in the order a reader follows them: the first outcome of each decision to its
 * end, then the other outcomes (a refusal is not set beside the other flow's approval).
 */
function readingOrder(flow: Flow): FlowStep[] {
  const out: FlowStep[] = [];
  const seen = new Set<string>();
  const visit = (id: string | undefined) => {
    while (id !== undefined && id !== 'selesai' && !seen.has(id)) {
      const index = flow.steps.findIndex((s) => s.id === id);
      const step = flow.steps[index];
      if (!step) return;
      seen.add(id);
      out.push(step);
      if (step.decision) {
        for (const b of step.decision.branches) visit(b.next);
        return;
      }
      id = step.next ?? flow.steps[index + 1]?.id;
    }
  };
  visit(flow.steps[0]?.id);
  for (const s of flow.steps) if (!seen.has(s.id)) out.push(s);
  return out;
}

export function compareFlows(ra: Region, fa: Flow, rb: Region, fb: Flow): FlowComparison {
  const A = readingOrder(fa);
  const B = readingOrder(fb);
  // best[i][j]: best total similarity aligning A[i..] with B[j..].
  const best: number[][] = Array.from({ length: A.length + 1 }, () =>
    new Array<number>(B.length + 1).fill(0),
  );
  const sim: number[][] = A.map((sa) => B.map((sb) => stepSimilarity(fa, sa, fb, sb)));
  for (let i = A.length - 1; i >= 0; i--)
    for (let j = B.length - 1; j >= 0; j--) {
      const s = sim[i]![j]!;
      best[i]![j] = Math.max(
        best[i + 1]![j]!,
        best[i]![j + 1]!,
        s >= MATCH ? s + best[i + 1]![j + 1]! : -Infinity,
      );
    }
  const rows: FlowCompareRow[] = [];
  let i = 0;
  let j = 0;
  while (i < A.length || j < B.length) {
    if (i < A.length && j < B.length) {
      const s = sim[i]![j]!;
      if (s >= MATCH && best[i]![j] === s + best[i + 1]![j + 1]!) {
        const a = cell(fa, A[i]!);
        const b = cell(fb, B[j]!);
        rows.push({ a, b, differs: differences(a, b) });
        i++;
        j++;
        continue;
      }
      if (best[i]![j] === best[i + 1]![j]) {
        rows.push({ a: cell(fa, A[i]!), differs: [] });
        i++;
      } else {
        rows.push({ b: cell(fb, B[j]!), differs: [] });
        j++;
      }
    } else if (i < A.length) rows.push({ a: cell(fa, A[i++]!), differs: [] });
    else rows.push({ b: cell(fb, B[j++]!), differs: [] });
  }
  const idsOf = (f: Flow) => [f.id, ...f.steps.map((s) => `${f.id}/${s.id}`)];
  const notesA = notesAbout(ra, idsOf(fa));
  const notesB = notesAbout(rb, idsOf(fb));
  return { rows, notesA, notesB, noteIds: [...new Set([...notesA, ...notesB].map((n) => n.id))] };
}

/**
 * Flows of `other` to set beside `flow`: the same kind, and for an assignment the same scope
 * (a unit type's work mechanism sits beside any other's).
 */
export function comparableFlows(region: Region, flow: Flow, other: Region): Flow[] {
  return other.flows.filter(
    (f) =>
      f.kind === flow.kind &&
      (f.scope ?? null) === (flow.scope ?? null) &&
      !(other.id === region.id && f.id === flow.id),
  );
}
