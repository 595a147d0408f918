/**
 * Two flows of the same kind side by side (two regions, or two unit types of one region): their
 * steps aligned by who acts and what document passes, each side with its citation, and what
 * differs marked. The alignment keeps each flow's order (an optimal monotone matching of steps,
 * scored by actor, document, recipients and the words of the action); a step with no
 * counterpart stands alone on its side.
 */
import { notesAbout } from './notesAbout';
import { fold } from './text';
import type { Citation, Flow, FlowStep, Note, Participant, Region } from './types';

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

/** Words that say nothing about who acts or what passes. */
const STOP: ReadonlySet<string> = new Set(
  'dan atau yang di ke dari pada untuk dengan oleh dalam secara tersebut ini itu sebagai bagi serta'.split(
    ' ',
  ),
);

const words = (text: string): Set<string> =>
  new Set(
    fold(text)
      .split(' ')
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both / (a.size + b.size - both);
}

/** What a party stands for across texts: its role, its categories, else its name's words. */
function partyKey(flow: Flow, id: string): { key: string; name: Set<string>; side?: string } {
  const p: Participant | undefined = flow.participants.find((x) => x.id === id);
  if (!p) return { key: `id:${id}`, name: words(id) };
  const key = p.role
    ? `role:${p.role}`
    : p.categories
      ? `cat:${[...p.categories].sort().join(',')}`
      : `name:${fold(p.name)}`;
  return { key, name: words(p.name), ...(p.side ? { side: p.side } : {}) };
}

function partySimilarity(fa: Flow, a: string, fb: Flow, b: string): number {
  const ka = partyKey(fa, a);
  const kb = partyKey(fb, b);
  if (ka.key === kb.key && ka.side === kb.side) return 1;
  const sameSide = ka.side !== undefined && ka.side === kb.side ? 0.2 : 0;
  return Math.min(1, (ka.key === kb.key ? 0.6 : jaccard(ka.name, kb.name)) + sameSide);
}

function stepSimilarity(fa: Flow, sa: FlowStep, fb: Flow, sb: FlowStep): number {
  const actor = partySimilarity(fa, sa.actor, fb, sb.actor);
  const doc =
    sa.document && sb.document
      ? jaccard(words(sa.document), words(sb.document))
      : sa.document || sb.document
        ? 0
        : 0.3;
  // Two different documents make two different steps, whoever acts.
  if (sa.document && sb.document && doc < 0.34) return 0;
  const ra = sa.recipients ?? [];
  const rb = sb.recipients ?? [];
  const recipients =
    ra.length > 0 && rb.length > 0
      ? Math.max(...ra.flatMap((x) => rb.map((y) => partySimilarity(fa, x, fb, y))))
      : ra.length === 0 && rb.length === 0
        ? 0.5
        : 0;
  const decision = Boolean(sa.decision) === Boolean(sb.decision) ? 0.3 : 0;
  const action = jaccard(words(sa.plain?.id ?? sa.action), words(sb.plain?.id ?? sb.action));
  return 2 * actor + 2 * doc + 0.5 * recipients + decision + 1.5 * action;
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
