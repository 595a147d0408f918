/**
 * The questions an official asks about their own position, the shape of the whole answer, and
 * the field of the answer that holds each question's answers; with the scopes an assignment flow
 * has.
 */
import type { RuleLine } from '../generalRules';
import type { Answer } from '../queries';
import type { Flow, Position, Relation, Role, Rule, UnitType } from '../types';

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
