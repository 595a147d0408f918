/**
 * Answers a parsed question from one region's data with the model's queries: who appraises,
 * leads, assigns, coordinates a position or receives its reports; who issues the letter for an
 * assignment of a scope; what comes after a flow step; a deadline, a term or a requirement. Each
 * answer carries its citations and the ids its notes are found by; where the question leaves out
 * something the answer needs, the result asks for that one thing, with the choices.
 */
import { landingStep as resolveTarget } from '../../machines/generate';
import { END, nextStep } from '../../model/flowGraph';

const defaultNext = (
  flow: { steps: readonly { id: string; next?: string | undefined }[] },
  step: { id: string },
) =>
  nextStep(
    flow.steps,
    flow.steps.findIndex((s) => s.id === step.id),
  );
import { positionChoiceLabel, pickablePositions, type Scope } from '../../model/myPosition';
import { notesAbout, positionRefs, relationRefs } from '../../model/notesAbout';
import {
  appraisersOf,
  assignersOf,
  coordinatorsOf,
  flowsForUnit,
  placedUnder,
  reportsTo,
  unitLeadersOf,
  type Answer as RelationAnswer,
} from '../../model/queries';
import { fold } from '../../model/text';
import type {
  Citation,
  Flow,
  FlowStep,
  Note,
  Position,
  Region,
  Role,
  Rule,
  UnitType,
} from '../../model/types';
import { wordScore } from '../match';
import type { Intent, RelationAsked } from './lexicon';
import type { Frame } from './parse';
import { bestPositions, matchPositions, matchUnits, type PositionMatch } from './subject';

/** Choices the reader made on the card's buttons (they win over what the words say). */
export interface Picks {
  region?: string;
  unit?: string;
  position?: string;
  scope?: Scope;
  flow?: string;
}

export interface CardItem {
  /** Who or what answers, in the text's words. */
  text: string;
  /** The role in which it answers (a coordinator as ketua tim, pengendali, ...). */
  role?: Role;
  /** It recommends to the one who answers ("atas rekomendasi ..."). */
  recommends?: boolean;
  /** Only in this variant of the flow. */
  variant?: 'individu' | 'tim';
  /** A condition the text attaches ("sesuai bidang tugasnya"), or a decision's outcome. */
  condition?: string;
  /** How the item stands in the text (absent: stated outright). */
  basis?: 'derived' | 'supplied';
  /** For a derived item: the general rule it is read from (`cite` places the unit under it). */
  general?: Citation;
  cite: Citation;
}

export interface AnswerCard {
  kind: 'answer';
  intent: Intent;
  region: Region;
  unit?: UnitType;
  position?: Position;
  scope?: Scope;
  variant?: 'individu' | 'tim';
  /** Empty: the text is silent. */
  items: CardItem[];
  /** For a next-step question: the step asked about. */
  step?: { flow: Flow; step: FlowStep; index: number };
  /** Flows that carry the answer out. */
  flows: Flow[];
  notes: Note[];
}

export type AskWhat = 'region' | 'unit' | 'position' | 'scope' | 'flow';

export interface AskCard {
  kind: 'ask';
  intent: Intent;
  what: AskWhat;
  /** Nothing of that kind fits what the question says (the unit type has no such position): pick one. */
  unmatched?: boolean;
  options: { label: string; detail?: string; pick: Picks }[];
}

export type QuestionResult = AnswerCard | AskCard;

const RELATION_QUERY: Record<RelationAsked, (unit: UnitType, id: string) => RelationAnswer[]> = {
  penilaianKinerja: appraisersOf,
  pimpinanUnit: unitLeadersOf,
  penugasan: assignersOf,
  koordinasi: coordinatorsOf,
  pertanggungjawaban: reportsTo,
  kedudukan: placedUnder,
};

/** Rule subjects that bear on each relation (their notes show on the card). */
const RELATION_SUBJECTS: Record<RelationAsked, readonly Rule['subject'][]> = {
  penilaianKinerja: ['pengelolaanKinerja'],
  pimpinanUnit: ['kedudukan'],
  penugasan: ['penugasan'],
  koordinasi: ['ketuaTim', 'pengendali', 'pelaksanaKoordinasi'],
  pertanggungjawaban: ['pertanggungjawaban'],
  kedudukan: ['kedudukan'],
};

const appliesTo = (rule: Rule, unit: UnitType | undefined) =>
  !unit || !rule.unitTypes || rule.unitTypes.length === 0 || rule.unitTypes.includes(unit.id);

const isAssignment = (f: Flow) => f.kind === 'penunjukan' || f.kind === 'pengajuanSukarela';

/** The letter that puts an assignment into effect (not the request, the reply or the refusal). */
const LETTER = /surat (perintah|penugasan|tugas)|surat keputusan|bukti penugasan|^keputusan/i;
const NOT_LETTER = /permohonan|jawaban|balasan|penolakan|persetujuan/i;
/** The one who receives the letter is not the one who issues it. */
const RECEIVES = /\b(menerima|diterima|receives?)\b/i;
export const issuesLetter = (s: FlowStep) =>
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

/** Which unit type and position the question is about, or what to ask. */
function subject(
  region: Region,
  frame: Frame,
  picks: Picks,
  needPosition: boolean,
): { unit?: UnitType; position?: Position; ask?: AskCard } {
  const pickedUnit = picks.unit ? region.unitTypes.find((u) => u.id === picks.unit) : undefined;
  const matches = pickedUnit
    ? [{ unit: pickedUnit, score: Infinity, consumed: [] as string[] }]
    : matchUnits(region, frame.rest);
  const bestScore = matches[0]?.score ?? 0;
  const top = matches.filter((m) => m.score >= bestScore - 0.01);
  const consumed = new Set(top.flatMap((m) => m.consumed));
  const left = frame.rest.filter((w) => !consumed.has(w));
  // "Camat" names both the unit type and its head: with nothing else said, it is the position too.
  const bare = left.length === 0 && frame.categories.length === 0 && frame.jenjang.length === 0;
  const hint = {
    words: bare ? frame.rest : left,
    categories: frame.categories,
    jenjang: frame.jenjang,
  };
  const askUnit = (units: UnitType[]): AskCard => ({
    kind: 'ask',
    intent: frame.intent,
    what: 'unit',
    options: units.map((u) => ({
      label: u.name,
      ...(u.group ? { detail: u.group } : {}),
      pick: { ...picks, unit: u.id },
    })),
  });
  if (!needPosition) return top.length === 1 ? { unit: top[0]!.unit } : {};

  const askPosition = (unit: UnitType, among: Position[], unmatched = false): AskCard => ({
    kind: 'ask',
    intent: frame.intent,
    what: 'position',
    ...(unmatched ? { unmatched } : {}),
    options: among.map((p) => {
      const label = positionChoiceLabel(unit, p);
      return {
        label: label.name,
        ...(label.under ? { detail: label.under } : {}),
        pick: { ...picks, unit: unit.id, position: p.id },
      };
    }),
  });
  const pickedPosition = (unit: UnitType) =>
    picks.position ? unit.positions.find((p) => p.id === picks.position) : undefined;

  const fits = (unit: UnitType) => {
    const own = pickedPosition(unit);
    if (own) return [{ position: own, score: Infinity, fit: Infinity }];
    return matchPositions(unit, hint);
  };
  // Words that named the unit type break a tie between positions ("kepala biro").
  const unitWords = bare ? [] : frame.rest.filter((w) => consumed.has(w));
  const bestOf = (unit: UnitType, found: PositionMatch[]) => bestPositions(unit, found, unitWords);

  if (top.length === 1) {
    const unit = top[0]!.unit;
    const found = bestOf(unit, fits(unit));
    if (found.length === 1) return { unit, position: found[0]!.position };
    return {
      unit,
      ask: askPosition(unit, found.length > 1 ? found.map((f) => f.position) : pickablePositions(unit)),
    };
  }
  // No unit named (or several equally): the unit types where the position fits best.
  const pool = top.length > 0 ? top.map((t) => t.unit) : region.unitTypes;
  const scored = pool
    .map((unit) => ({ unit, found: fits(unit) }))
    .filter((s) => s.found.length > 0)
    .map((s) => ({ ...s, score: s.found[0]!.score }));
  const high = Math.max(...scored.map((s) => s.score), -Infinity);
  const best = scored.filter((s) => s.score >= high - 0.01);
  if (best.length === 1 && scored.length > 0) {
    const only = best[0]!;
    const found = bestOf(only.unit, only.found);
    if (found.length === 1) return { unit: only.unit, position: found[0]!.position };
    return {
      unit: only.unit,
      ask: askPosition(
        only.unit,
        found.map((f) => f.position),
      ),
    };
  }
  return { ask: askUnit(best.length > 0 ? best.map((b) => b.unit) : pool) };
}

/** Words of a text (folded), for scoring rules and steps against a question's content words. */
function overlap(content: readonly string[], text: string): number {
  const words = fold(text).split(' ').filter(Boolean);
  let score = 0;
  for (const c of content) {
    let best = 0;
    for (const w of words) best = Math.max(best, wordScore(c, w));
    score += best;
  }
  return score;
}

function relationCard(region: Region, frame: Frame, picks: Picks, relation: RelationAsked): QuestionResult {
  const found = subject(region, frame, picks, true);
  if (found.ask) return found.ask;
  const unit = found.unit!;
  const position = found.position!;
  const answers = RELATION_QUERY[relation](unit, position.id);
  const items: CardItem[] = answers.map((a) => {
    return {
      text: a.position.name,
      ...(a.relation.as ? { role: a.relation.as } : {}),
      ...(a.relation.condition ? { condition: a.relation.condition } : {}),
      ...(a.relation.basis && a.relation.basis.kind !== 'stated' ? { basis: a.relation.basis.kind } : {}),
      ...(a.basis === 'derived' && a.general ? { general: a.general } : {}),
      cite: a.cite,
    };
  });
  // A recommendation the text names on this appraisal ("atas rekomendasi Kepala Bagian").
  if (relation === 'penilaianKinerja') {
    const own = fold(
      position.jenjang?.length ? position.jenjang.join(' ').replace(/-/g, ' ') : position.name,
    );
    for (const a of answers)
      for (const r of unit.relations) {
        if (r.kind !== 'rekomendasi' || r.to !== a.position.id) continue;
        const about = fold(`${r.condition ?? ''} ${r.cite.quote}`);
        if (!about.includes('penilaian') || !about.includes(own)) continue;
        const from = unit.positions.find((p) => p.id === r.from);
        if (from)
          items.push({
            text: from.name,
            recommends: true,
            ...(r.condition ? { condition: r.condition } : {}),
            cite: r.cite,
          });
      }
  }
  const flows = flowsForUnit(region, unit.id).filter((f) =>
    relation === 'penugasan'
      ? isAssignment(f)
      : relation === 'pertanggungjawaban'
        ? f.kind === 'pertanggungjawaban'
        : f.kind === 'mekanismeKerja' || f.kind === 'pengelolaanKinerja',
  );
  const rules = region.rules.filter(
    (r) => RELATION_SUBJECTS[relation].includes(r.subject) && appliesTo(r, unit),
  );
  const ids = [
    ...positionRefs(unit, position.id),
    ...answers.flatMap((a) => relationRefs(unit, a.relation)),
    ...flows.map((f) => f.id),
    ...rules.map((r) => r.id),
  ];
  return {
    kind: 'answer',
    intent: frame.intent,
    region,
    unit,
    position,
    items,
    flows,
    notes: notesAbout(region, ids),
  };
}

function issuerCard(region: Region, frame: Frame, picks: Picks): QuestionResult {
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

function nextStepCard(region: Region, frame: Frame, picks: Picks): QuestionResult {
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

/** Words of a rule's subject, so "masa tugas ketua tim" finds the ketuaTim rules. */
const SUBJECT_WORDS: Record<Rule['subject'], string> = {
  kedudukan: 'kedudukan atasan',
  penugasan: 'penugasan tugas tim kerja',
  ketuaTim: 'ketua tim team lead',
  anggotaTim: 'anggota tim team member',
  pengendali: 'pengendali controller',
  pelaksanaKoordinasi: 'pelaksana koordinasi coordinator',
  pelaksanaanTugas: 'pelaksanaan tugas',
  pertanggungjawaban: 'laporan lapor melapor pertanggungjawaban report',
  pengelolaanKinerja: 'kinerja penilaian perjanjian performance',
  teknologiInformasi: 'teknologi informasi spbe aplikasi',
  prosesBisnis: 'proses bisnis',
  umum: '',
};

function ruleCard(region: Region, frame: Frame, picks: Picks, kind: Rule['kind']): QuestionResult {
  const { unit } = subject(region, frame, picks, false);
  const rules = region.rules.filter((r) => r.kind === kind && appliesTo(r, unit));
  const scored = rules
    .map((rule) => ({ rule, score: overlap(frame.content, `${rule.text} ${SUBJECT_WORDS[rule.subject]}`) }))
    .sort((a, b) => b.score - a.score);
  const high = scored[0]?.score ?? 0;
  const chosen = (high > 0 ? scored.filter((s) => s.score >= high - 0.01) : scored)
    .slice(0, 4)
    .map((s) => s.rule);
  return {
    kind: 'answer',
    intent: frame.intent,
    region,
    ...(unit ? { unit } : {}),
    items: chosen.map((r) => ({ text: r.text, cite: r.cite })),
    flows: [],
    notes: notesAbout(region, [...chosen.map((r) => r.id), ...(unit ? [unit.id] : [])]),
  };
}

/**
 * The card for a question: `region` is the region the question is about (named, picked, or the
 * page's own), undefined when none is known yet — then the card asks which, among `regions`.
 */
export function answerQuestion(
  frame: Frame,
  region: Region | undefined,
  picks: Picks,
  regions: readonly { id: string; name: string }[],
): QuestionResult {
  if (!region)
    return {
      kind: 'ask',
      intent: frame.intent,
      what: 'region',
      options: regions.map((r) => ({ label: r.name, pick: { ...picks, region: r.id } })),
    };
  switch (frame.intent.kind) {
    case 'relation':
      return relationCard(region, frame, picks, frame.intent.relation);
    case 'issuer':
      return issuerCard(region, frame, picks);
    case 'nextStep':
      return nextStepCard(region, frame, picks);
    case 'rule':
      return ruleCard(region, frame, picks, frame.intent.rule);
  }
}

/** The region a question is about: what the reader picked, what it names, else the page's. */
export function questionRegion(frame: Frame, picks: Picks, scope: string | undefined): string | undefined {
  return (
    picks.region ??
    (frame.regions.length === 1 ? frame.regions[0] : undefined) ??
    (frame.regions.length === 0 ? scope : undefined)
  );
}
