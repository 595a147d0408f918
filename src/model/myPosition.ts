/**
 * "Posisi saya": an official's own place in a unit type, answered from the data with the article
 * that says so. One query serves Posisi saya, the chart's side panel and the outline, so a
 * position is answered the same everywhere (a kelompok member with what it has from its group).
 *
 * Each line carries what the text attaches to it: its condition, the recommendation it waits for,
 * whether it is read from a general rule, and the flow steps that carry it out. Where the unit's
 * own provisions are silent, the answer says so and shows the rules that apply instead.
 */
import type { Answer, StepRef } from './queries';
import { hierarchyOf } from './hierarchy';
import {
  appraisersOf,
  assignersOf,
  coordinatorsOf,
  flowsForUnit,
  placedUnder,
  position,
  relationsFrom,
  reportsTo,
  resolveParticipant,
  rolesOf,
  unitLeadersOf,
} from './queries';
import type { Flow, Position, Region, Relation, Role, Rule, UnitType } from './types';
import { matchOffices } from './offices';
import { fold } from './text';
import { applicableRules, textSpeaksOf, type RuleLine } from './generalRules';

export type { RuleLine } from './generalRules';

export interface UnitMatch {
  unit: UnitType;
  /** The office or perangkat daerah name that matched, if any. */
  via?: string;
  score: number;
}

/** Unit types a typed name can mean, best first (see `matchOffices`). */
export function matchUnits(region: Region, typed: string): UnitMatch[] {
  const best = new Map<string, UnitMatch>();
  for (const m of matchOffices(region, typed)) {
    for (const unit of m.unitTypes) {
      if (best.has(unit.id)) continue;
      const via = m.source === 'office' || m.source === 'perangkatDaerah' ? m.label : undefined;
      best.set(unit.id, { unit, score: m.score, ...(via ? { via } : {}) });
    }
  }
  return [...best.values()];
}

/**
 * Positions an official can pick: every jabatan but the kelompok containers, and a kelompok that
 * has no member positions of its own (its members pick the group: "Anggota Tim Kerja").
 */
export function pickablePositions(unit: UnitType): Position[] {
  return unit.positions.filter(
    (p) => p.category !== 'kelompok' || !unit.positions.some((m) => m.group === p.id),
  );
}

/**
 * How to tell positions apart in a list: the name, and where the same name stands more than once
 * (several "Pelaksana"), the position it sits under (past its kelompok).
 */
export function positionChoiceLabel(unit: UnitType, p: Position): { name: string; under?: string } {
  const same = unit.positions.filter((x) => x.name === p.name && x.category !== 'kelompok').length;
  if (same < 2) return { name: p.name };
  const up = hierarchyOf(unit)
    .ancestors(p.id)
    .slice(1)
    .find((id) => position(unit, id)?.category !== 'kelompok');
  const under = up === undefined ? undefined : position(unit, up)?.name;
  return under ? { name: p.name, under } : { name: p.name };
}

export type Scope = 'dalamUnit' | 'lintasUnit' | 'lintasPerangkatDaerah' | 'lintasInstansi';

/** The questions an official asks about their own position. */
export const QUESTIONS = [
  'placedUnder',
  'appraiser',
  'unitLeader',
  'assigner',
  'reportsTo',
  'coordinator',
] as const;
export type Question = (typeof QUESTIONS)[number];

export interface PositionAnswer {
  unit: UnitType;
  position: Position;
  /** Roles the position plays towards others. */
  roles: Role[];
  placedUnder: Answer[];
  appraisers: Answer[];
  unitLeaders: Answer[];
  assigners: Answer[];
  coordinators: Answer[];
  reportsTo: Answer[];
  /**
   * Per question, where the unit's own provisions name no one: the rules that apply, the unit's
   * own first, then the region's general ones ("berlaku umum").
   */
  fallback: Record<Question, RuleLine[]>;
  /** Relations where the position is the source (what it does towards others). */
  towards: Relation[];
  /** Assignment flows by scope (penunjukan and pengajuan sukarela). */
  assignmentFlows: { scope: Scope | undefined; flows: Flow[] }[];
  reportingFlows: Flow[];
  mechanismFlows: Flow[];
  /** Rules on becoming ketua tim / pengendali, and whether this position is named as one. */
  teamLead: { rules: Rule[]; namedAs: Answer[] };
  /** Every rule on kedudukan that applies to the unit type (the region tests' view of "nearest"). */
  nearestRules: Rule[];
}

/** The answers to each question, by the field that holds them. */
export const ANSWER_FIELD = {
  placedUnder: 'placedUnder',
  appraiser: 'appraisers',
  unitLeader: 'unitLeaders',
  assigner: 'assigners',
  reportsTo: 'reportsTo',
  coordinator: 'coordinators',
} as const satisfies Record<Question, keyof PositionAnswer>;

const appliesTo = (rule: Rule, unitId: string) =>
  !rule.unitTypes || rule.unitTypes.length === 0 || rule.unitTypes.includes(unitId);

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

function stepsFor(
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

/** What a recommendation's own words say it bears on, by question. */
const RECOMMENDATION_ON: Partial<Record<Question, readonly string[]>> = {
  appraiser: ['penilaian kinerja'],
  assigner: ['menugaskan', 'penugasan'],
};

/**
 * Recommendations to the answering position whose own words say they bear on this question and
 * on this position ("pertimbangan Kepala Bagian ... dalam penilaian kinerja JF Madya").
 */
function recommendationsNamed(
  unit: UnitType,
  a: Answer,
  question: Question,
  p: Position,
): Answer['recommendations'] {
  const on = RECOMMENDATION_ON[question];
  if (!on) return [];
  return unit.relations
    .filter((r) => r.kind === 'rekomendasi' && r.to === a.position.id)
    .filter((r) => !a.recommendations.some((x) => x.relation === r))
    .filter((r) => {
      const words = `${r.condition ?? ''} ${r.cite.quote}`;
      const text = fold(words);
      return on.some((w) => text.includes(w)) && textSpeaksOf(words, p);
    })
    .flatMap((r) => {
      const by = position(unit, r.from);
      return by ? [{ by, relation: r, cite: r.cite }] : [];
    });
}

/**
 * Recommendations the flow steps of an answer name ("atas rekomendasi Sekretaris"), where the data
 * records that recommendation as a relation to the answering position.
 */
function recommendationsInSteps(unit: UnitType, a: Answer): Answer['recommendations'] {
  const said = a.steps
    .map((s) => fold(`${s.step.action} ${s.step.cite.quote}`))
    .filter((t) => t.includes('rekomendasi'));
  if (said.length === 0) return [];
  return unit.relations
    .filter((r) => r.kind === 'rekomendasi' && r.to === a.position.id)
    .filter((r) => !a.recommendations.some((x) => x.relation === r))
    .flatMap((r) => {
      const by = position(unit, r.from);
      return by && said.some((t) => t.includes(`rekomendasi ${fold(by.name)}`))
        ? [{ by, relation: r, cite: r.cite }]
        : [];
    });
}

/** The whole answer for one position of a unit type. */
export function answerFor(region: Region, unit: UnitType, positionId: string): PositionAnswer | undefined {
  const p = position(unit, positionId);
  if (!p) return undefined;
  const flows = flowsForUnit(region, unit.id);
  const self = new Set([p.id, ...(p.group ? [p.group] : [])]);
  const lines = (c: { file: string; lines: readonly number[] }) => `${c.file}:${c.lines.join('-')}`;
  const complete = (question: Question, answers: Answer[]): Answer[] =>
    answers.map((a) => {
      // A special case the data already answers as a line of its own is not repeated as a step.
      const ownLines = new Set(answers.map((x) => lines(x.cite)));
      const all = stepsFor(unit, flows, question, self, a.position.id);
      const steps = all.filter((s) => !(s.special && ownLines.has(lines(s.step.cite))));
      const withSteps = { ...a, steps: all };
      const recommendations = [...a.recommendations, ...recommendationsInSteps(unit, withSteps)];
      return {
        ...withSteps,
        steps,
        recommendations: [
          ...recommendations,
          ...recommendationsNamed(unit, { ...withSteps, recommendations }, question, p),
        ],
      };
    });
  const answers = {
    placedUnder: complete('placedUnder', placedUnder(unit, p.id)),
    appraisers: complete('appraiser', appraisersOf(unit, p.id)),
    unitLeaders: complete('unitLeader', unitLeadersOf(unit, p.id)),
    assigners: complete('assigner', assignersOf(unit, p.id)),
    reportsTo: complete('reportsTo', reportsTo(unit, p.id)),
    coordinators: complete('coordinator', coordinatorsOf(unit, p.id)),
  };
  const fallback = Object.fromEntries(
    QUESTIONS.map((q) => [q, answers[ANSWER_FIELD[q]].length > 0 ? [] : applicableRules(region, unit, p, q)]),
  ) as Record<Question, RuleLine[]>;

  const assignment = flows.filter((f) => f.kind === 'penunjukan' || f.kind === 'pengajuanSukarela');
  const scopes: (Scope | undefined)[] = [
    'dalamUnit',
    'lintasUnit',
    'lintasPerangkatDaerah',
    'lintasInstansi',
    undefined,
  ];
  const namedAs = unit.relations
    .filter(
      (r) => r.kind === 'koordinasi' && (r.as === 'ketuaTim' || r.as === 'pengendali') && r.from === p.id,
    )
    .map((r) => ({
      position: p,
      relation: r,
      cite: r.cite,
      recommendations: [],
      basis: 'stated' as const,
      steps: [],
    }));
  return {
    unit,
    position: p,
    roles: rolesOf(unit, p.id),
    ...answers,
    fallback,
    towards: relationsFrom(unit, p.id),
    assignmentFlows: scopes
      .map((scope) => ({ scope, flows: assignment.filter((f) => f.scope === scope) }))
      .filter((g) => g.flows.length > 0),
    reportingFlows: flows.filter((f) => f.kind === 'pertanggungjawaban'),
    mechanismFlows: flows.filter((f) => f.kind === 'mekanismeKerja'),
    teamLead: {
      rules: region.rules.filter(
        (r) => (r.subject === 'ketuaTim' || r.subject === 'pengendali') && appliesTo(r, unit.id),
      ),
      namedAs,
    },
    nearestRules: region.rules.filter((r) => r.subject === 'kedudukan' && appliesTo(r, unit.id)),
  };
}

/**
 * The positions an answer names (its superiors of every kind, and the kelompok it belongs to):
 * what the chart keeps lit when the position is selected.
 */
export function answerPositionIds(unit: UnitType, positionId: string): Set<string> {
  const ids = new Set<string>([positionId]);
  const p = position(unit, positionId);
  if (p?.group) ids.add(p.group);
  for (const list of [
    placedUnder(unit, positionId),
    appraisersOf(unit, positionId),
    unitLeadersOf(unit, positionId),
    assignersOf(unit, positionId),
    coordinatorsOf(unit, positionId),
    reportsTo(unit, positionId),
  ])
    for (const a of list) ids.add(a.position.id);
  return ids;
}
