/**
 * "Posisi saya": an official's own place in a unit type, answered from the data with the article
 * that says so. Where the text says nothing, the answer says so and offers the nearest rules.
 */
import type { Answer } from './queries';
import { hierarchyOf } from './hierarchy';
import {
  appraisersOf,
  assignersOf,
  coordinatorsOf,
  flowsForUnit,
  placedUnder,
  position,
  reportsTo,
  unitLeadersOf,
} from './queries';
import type { Flow, Position, Region, Rule, UnitType } from './types';
import { matchScore } from './text';

export interface UnitMatch {
  unit: UnitType;
  /** The perangkat daerah name from the text's list that matched, if any. */
  via?: string;
  score: number;
}

/** Unit types a typed name can mean: the texts' lists of perangkat daerah, then unit type names. */
export function matchUnits(region: Region, typed: string): UnitMatch[] {
  const out: UnitMatch[] = [];
  for (const unit of region.unitTypes) {
    let best: UnitMatch | undefined;
    for (const name of unit.perangkatDaerah?.names ?? []) {
      const score = matchScore(typed, name);
      if (score > 0 && (!best || score > best.score)) best = { unit, via: name, score: score + 0.5 };
    }
    const own = matchScore(typed, `${unit.name} ${unit.group ?? ''}`);
    if (own > 0 && (!best || own > best.score)) best = { unit, score: own };
    if (best) out.push(best);
  }
  return out.sort((a, b) => b.score - a.score);
}

/** Positions an official can pick: every jabatan but the kelompok containers. */
export function pickablePositions(unit: UnitType): Position[] {
  return unit.positions.filter((p) => p.category !== 'kelompok');
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

export interface PositionAnswer {
  unit: UnitType;
  position: Position;
  appraisers: Answer[];
  unitLeaders: Answer[];
  assigners: Answer[];
  coordinators: Answer[];
  reportsTo: Answer[];
  placedUnder: Answer[];
  /** Assignment flows by scope (penunjukan and pengajuan sukarela). */
  assignmentFlows: { scope: Scope | undefined; flows: Flow[] }[];
  reportingFlows: Flow[];
  mechanismFlows: Flow[];
  /** Rules on becoming ketua tim / pengendali, and whether this position is named as one. */
  teamLead: { rules: Rule[]; namedAs: Answer[] };
  /** Rules on kedudukan, shown where the text is silent about this position. */
  nearestRules: Rule[];
}

const appliesTo = (rule: Rule, unitId: string) =>
  !rule.unitTypes || rule.unitTypes.length === 0 || rule.unitTypes.includes(unitId);

export function answerFor(region: Region, unit: UnitType, positionId: string): PositionAnswer | undefined {
  const p = position(unit, positionId);
  if (!p) return undefined;
  const flows = flowsForUnit(region, unit.id);
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
    .map((r) => ({ position: p, relation: r, cite: r.cite }));
  return {
    unit,
    position: p,
    appraisers: appraisersOf(unit, p.id),
    unitLeaders: unitLeadersOf(unit, p.id),
    assigners: assignersOf(unit, p.id),
    coordinators: coordinatorsOf(unit, p.id),
    reportsTo: reportsTo(unit, p.id),
    placedUnder: placedUnder(unit, p.id),
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
