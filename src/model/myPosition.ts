/**
 * "Posisi saya": an official's own place in a unit type, answered from the data with the article
 * that says so. One query serves Posisi saya, the chart's side panel and the outline, so a
 * position is answered the same everywhere (a kelompok member with what it has from its group).
 *
 * Each line carries what the text attaches to it: its condition, the recommendation it waits for,
 * whether it is read from a general rule, and the flow steps that carry it out. Where the unit's
 * own provisions are silent, the answer says so and shows the rules that apply instead.
 */
import { applicableRules, type RuleLine } from './generalRules';
import {
  appraisersOf,
  assignersOf,
  coordinatorsOf,
  flowsForUnit,
  placedUnder,
  position,
  relationsFrom,
  reportsTo,
  rolesOf,
  ruleAppliesTo,
  unitLeadersOf,
  type Answer,
} from './queries';
import type { Region, UnitType } from './types';
import {
  ANSWER_FIELD,
  QUESTIONS,
  type PositionAnswer,
  type Question,
  type Scope,
} from './myPosition/questions';
import { recommendationsInSteps, recommendationsNamed } from './myPosition/recommendations';
import { stepsFor } from './myPosition/steps';

export type { RuleLine } from './generalRules';
export { matchUnits, pickablePositions, positionChoiceLabel, type UnitMatch } from './myPosition/choices';
export {
  ANSWER_FIELD,
  QUESTIONS,
  type PositionAnswer,
  type Question,
  type Scope,
} from './myPosition/questions';

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
        (r) => (r.subject === 'ketuaTim' || r.subject === 'pengendali') && ruleAppliesTo(r, unit.id),
      ),
      namedAs,
    },
    nearestRules: region.rules.filter((r) => r.subject === 'kedudukan' && ruleAppliesTo(r, unit.id)),
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
