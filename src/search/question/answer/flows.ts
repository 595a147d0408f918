/**
 * The cards for questions about flows: who issues the letter for an assignment of a scope (asking
 * which scope where several fit), and what comes after a flow step (asking which flow where the
 * step is not found in one), each with the steps' citations and notes.
 */
import { landingStep as resolveTarget } from '../../../machines/generate';
import { END, nextStep } from '../../../model/flowGraph';
import type { Scope } from '../../../model/myPosition';
import { notesAbout } from '../../../model/notesAbout';
import { flowsForUnit } from '../../../model/queries';
import { fold } from '../../../model/text';
import type { Flow, FlowStep, Region } from '../../../model/types';
import type { Frame } from '../parse';
import type { CardItem, Picks, QuestionResult } from './card';
import { isAssignment, overlap } from './fit';
import { subject } from './subject';

const defaultNext = (
  flow: { steps: readonly { id: string; next?: string | undefined }[] },
  step: { id: string },
) =>
  nextStep(
    flow.steps,
    flow.steps.findIndex((s) => s.id === step.id),
  );

/** The letter that puts an assignment into effect (not the request, the reply or the refusal). */
const LETTER = /surat (perintah|penugasan|tugas)|surat keputusan|bukti penugasan|^keputusan/i;
const NOT_LETTER = /permohonan|jawaban|balasan|penolakan|persetujuan/i;
/** The one who receives the letter is not the one who issues it. */
const RECEIVES = /\b(menerima|diterima|receives?)\b/i;
const issuesLetter = (s: FlowStep) =>
  s.document !== undefined &&
  LETTER.test(s.document) &&
  !NOT_LETTER.test(s.document) &&
  !RECEIVES.test(s.action);

function partyName(flow: Flow, id: string): string {
  return flow.participants.find((p) => p.id === id)?.name ?? id;
}

function stepText(flow: Flow, step: FlowStep): string {
  return `${partyName(flow, step.actor)} ${step.plain?.id ?? step.action}`;
}

/** Who issues the letter that puts an assignment (of the scope asked, or the only one) into effect. */
export function issuerCard(region: Region, frame: Frame, picks: Picks): QuestionResult {
  const { unit } = subject(region, frame, picks, false);
  const available = unit ? flowsForUnit(region, unit.id) : region.flows;
  const pool = available.filter(isAssignment);
  const teams = available.filter((f) => f.kind === 'penetapanTim' && f.steps.some(issuesLetter));
  const scope = picks.scope ?? frame.scope;
  const variant = frame.variant;
  const scopes = [...new Set(pool.map((f) => f.scope).filter((s): s is Scope => s !== undefined))];
  // Setting up a team ("keputusan pembentukan tim kerja") has flows of its own, without a scope.
  const teamOnly = !scope && variant === 'tim' && teams.length > 0;
  if (!scope && !teamOnly && scopes.length > 1)
    return {
      kind: 'ask',
      intent: frame.intent,
      what: 'scope',
      options: scopes.map((s) => ({ label: s, pick: { ...picks, scope: s } })),
    };
  const chosen = teamOnly ? undefined : (scope ?? scopes[0]);
  let flows = teamOnly ? teams : pool.filter((f) => f.scope === chosen);
  if (variant && !teamOnly) {
    const fit = flows.filter(
      (f) =>
        (f.variants ?? []).includes(variant) ||
        fold(`${f.id} ${f.name}`)
          .split(' ')
          .includes(variant === 'tim' ? 'tim' : 'individu'),
    );
    if (fit.length > 0) flows = fit;
  }
  const steps = flows.flatMap((flow) => flow.steps.filter(issuesLetter).map((step) => ({ flow, step })));
  const items: CardItem[] = [];
  const seen = new Set<string>();
  for (const { flow, step } of steps) {
    const text = `${partyName(flow, step.actor)}: ${step.document}`;
    if (seen.has(text)) continue;
    seen.add(text);
    items.push({ text, ...(step.variant ? { variant: step.variant } : {}), cite: step.cite });
  }
  const ids = [
    ...flows.map((f) => f.id),
    ...steps.map(({ flow, step }) => `${flow.id}/${step.id}`),
    ...(unit ? [unit.id] : []),
  ];
  return {
    kind: 'answer',
    intent: frame.intent,
    region,
    ...(unit ? { unit } : {}),
    ...(chosen ? { scope: chosen } : {}),
    ...(variant ? { variant } : {}),
    items,
    flows,
    notes: notesAbout(region, ids),
  };
}

/** What comes after the flow step the question names (for a decision, each branch). */
export function nextStepCard(region: Region, frame: Frame, picks: Picks): QuestionResult {
  const { unit } = subject(region, frame, picks, false);
  let flows = picks.flow
    ? region.flows.filter((f) => f.id === picks.flow)
    : unit
      ? flowsForUnit(region, unit.id)
      : region.flows;
  const scope = picks.scope ?? frame.scope;
  if (scope && !picks.flow) {
    const inScope = flows.filter((f) => f.scope === scope);
    if (inScope.length > 0) flows = inScope;
  }
  const candidates = flows.flatMap((flow) =>
    flow.steps.map((step, index) => {
      const own = overlap(
        frame.content,
        `${stepText(flow, step)} ${step.action} ${step.document ?? ''} ${(step.recipients ?? []).map((r) => partyName(flow, r)).join(' ')}`,
      );
      return { flow, step, index, score: own + 0.3 * overlap(frame.content, flow.name) };
    }),
  );
  const high = Math.max(0, ...candidates.map((c) => c.score));
  const best = candidates.filter((c) => c.score > 0 && c.score >= high - 0.01);
  const bestFlows = [...new Set(best.map((b) => b.flow))];
  if (best.length === 0 || bestFlows.length > 1)
    return {
      kind: 'ask',
      intent: frame.intent,
      what: 'flow',
      options: (bestFlows.length > 1 ? bestFlows : flows)
        .slice(0, 12)
        .map((f) => ({ label: f.name, pick: { ...picks, flow: f.id } })),
    };
  const { flow, step, index } = best[0]!;
  const variant = step.variant ?? frame.variant ?? flow.variants?.[0];
  const items: CardItem[] = [];
  const describe = (target: string): string | undefined => {
    const id = resolveTarget(flow, target, variant);
    if (id === END) return undefined;
    const s = flow.steps.find((x) => x.id === id);
    return s ? stepText(flow, s) : undefined;
  };
  const targetCite = (target: string) =>
    flow.steps.find((x) => x.id === resolveTarget(flow, target, variant))?.cite;
  if (step.decision) {
    for (const b of step.decision.branches) {
      const next = describe(b.next);
      items.push({
        text: next ?? 'selesai',
        condition: b.label,
        cite: b.cite ?? targetCite(b.next) ?? step.cite,
      });
    }
  } else {
    const target = defaultNext(flow, step);
    const next = describe(target);
    items.push({ text: next ?? 'selesai', cite: targetCite(target) ?? step.cite });
  }
  const nextIds = (step.decision ? step.decision.branches.map((b) => b.next) : [defaultNext(flow, step)]).map(
    (t) => `${flow.id}/${resolveTarget(flow, t, variant)}`,
  );
  return {
    kind: 'answer',
    intent: frame.intent,
    region,
    ...(unit ? { unit } : {}),
    ...(variant ? { variant } : {}),
    items,
    step: { flow, step, index },
    flows: [flow],
    notes: notesAbout(region, [flow.id, `${flow.id}/${step.id}`, ...nextIds]),
  };
}
