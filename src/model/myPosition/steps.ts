/**
 * The flow steps that carry out an answer to a question about a position: where the answering
 * superior acts towards the position, or the position reports to them; steps with a condition of
 * their own first, the same sentence of the text said once.
 */
import { resolveParticipant, type StepRef } from '../queries';
import { fold } from '../text';
import type { Flow, UnitType } from '../types';
import type { Question } from './questions';

/**
 * Which flow steps carry out an answer to a question: for the superiors, a step where that
 * superior acts towards the position (assigning in the planning stage or an assignment flow,
 * appraising in a performance flow, leading or coordinating in the execution); for reporting, a
 * step where the position hands its results to them.
 */
const STEP_FITS: Record<Question, (flow: Flow, stage: string | undefined) => boolean> = {
  placedUnder: () => false,
  appraiser: (f) => f.kind === 'pengelolaanKinerja',
  unitLeader: (f, stage) => f.kind === 'mekanismeKerja' && stage !== 'perencanaan',
  assigner: (f, stage) =>
    (f.kind === 'mekanismeKerja' && stage === 'perencanaan') ||
    f.kind === 'penunjukan' ||
    f.kind === 'pengajuanSukarela' ||
    f.kind === 'penetapanTim',
  reportsTo: (f, stage) =>
    (f.kind === 'mekanismeKerja' && stage !== 'perencanaan') || f.kind === 'pertanggungjawaban',
  coordinator: (f, stage) =>
    (f.kind === 'mekanismeKerja' && stage === 'pelaksanaan') || f.kind === 'pelaksanaanTugas',
};

/** A step's own condition: it opens with "pada ...", "dalam hal ...", "apabila ...", "bagi ...". */
const OPENS_WITH_CONDITION = /^(pada|dalam hal|apabila|jika|bila|bagi)\b/;

const MAX_STEPS = 4;

/** Steps of `flows` that carry out the answer `other` to `question` for the position `self`. */
export function stepsFor(
  unit: UnitType,
  flows: readonly Flow[],
  question: Question,
  self: ReadonlySet<string>,
  other: string,
): StepRef[] {
  const up = question === 'reportsTo';
  const found: StepRef[] = [];
  for (const flow of flows) {
    const ids = (pid: string) => {
      const p = flow.participants.find((x) => x.id === pid);
      return p ? resolveParticipant(unit, p).map((x) => x.id) : [];
    };
    flow.steps.forEach((step, index) => {
      if (!STEP_FITS[question](flow, step.stage)) return;
      const actor = ids(step.actor);
      const recipients = (step.recipients ?? []).flatMap(ids);
      const fits = up
        ? actor.some((id) => self.has(id)) && recipients.includes(other)
        : actor.includes(other) && recipients.some((id) => self.has(id));
      if (fits) found.push({ flow, step, index, special: OPENS_WITH_CONDITION.test(fold(step.action)) });
    });
  }
  // Steps with a condition of their own first, then the unit's own flows before the region-wide.
  const rank = (s: StepRef) => (s.special ? 0 : 2) + (s.flow.unitTypes.length > 0 ? 0 : 1);
  // The same sentence of the text encoded in two flows (e.g. both variants) is said once.
  const seen = new Set<string>();
  return found
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
    .filter(({ s }) => {
      const key = `${s.step.cite.lines.join('-')}|${fold(s.step.action)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_STEPS)
    .map(({ s }) => s);
}
