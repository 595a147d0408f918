/**
 * Lookups in flows: the flows that apply to a unit type, a flow's steps grouped by stage, a
 * participant and the positions that stand for it, a step's index.
 */
import type { Flow, FlowStep, Participant, Position, Region, Stage, UnitType } from '../types';
import { position, rolesOf } from './units';

/** Flows that apply to a unit type: those naming it, and those for every unit type. */
export function flowsForUnit(region: Region, unitId: string): Flow[] {
  return region.flows.filter((f) => f.unitTypes.length === 0 || f.unitTypes.includes(unitId));
}

export interface StageGroup {
  stage: Stage | undefined;
  steps: { step: FlowStep; index: number }[];
}

/** Consecutive steps grouped by stage, in order (a flow without stages is one group). */
export function stepsByStage(flow: Flow): StageGroup[] {
  const groups: StageGroup[] = [];
  flow.steps.forEach((step, index) => {
    const last = groups.at(-1);
    if (last && last.stage === step.stage) last.steps.push({ step, index });
    else groups.push({ stage: step.stage, steps: [{ step, index }] });
  });
  return groups;
}

export function participant(flow: Flow, id: string): Participant | undefined {
  return flow.participants.find((p) => p.id === id);
}

/** The positions of a unit type that stand for a flow participant (by position or by role). */
export function resolveParticipant(unit: UnitType, p: Participant): Position[] {
  if (p.position !== undefined) {
    const pos = position(unit, p.position);
    return pos ? [pos] : [];
  }
  if (p.role !== undefined) {
    const role = p.role;
    return unit.positions.filter((pos) => rolesOf(unit, pos.id).includes(role));
  }
  if (p.categories !== undefined) {
    const categories = new Set(p.categories);
    return unit.positions.filter((pos) => categories.has(pos.category));
  }
  return [];
}

export function stepIndex(flow: Flow, stepId: string): number {
  return flow.steps.findIndex((s) => s.id === stepId);
}
