/**
 * Where a flow's parties stand on a unit type's chart: the boxes (positions, or the kelompok that
 * holds them when groups are collapsed) or, for parties not in the unit (another perangkat
 * daerah, Sekretaris Daerah, Bupati, ...), boxes of their own beside it.
 */
import type { Flow, FlowStep, UnitType } from './types';
import { resolveParticipant } from './queries';

export interface PartyPlacement {
  /** Participant id -> box ids on the chart. */
  onChart: Map<string, string[]>;
  /** Participants drawn as their own boxes. */
  external: string[];
}

export function placeParties(flow: Flow, unit: UnitType, shownIds: ReadonlySet<string>): PartyPlacement {
  const groupOf = new Map(unit.positions.map((p) => [p.id, p.group]));
  const onChart = new Map<string, string[]>();
  const external: string[] = [];
  for (const party of flow.participants) {
    const boxes = new Set<string>();
    if (party.side !== 'luar' && party.side !== 'pemohon') {
      for (const pos of resolveParticipant(unit, party)) {
        const g = groupOf.get(pos.id);
        if (shownIds.has(pos.id)) boxes.add(pos.id);
        else if (g && shownIds.has(g)) boxes.add(g);
      }
    }
    if (boxes.size > 0) onChart.set(party.id, [...boxes]);
    else external.push(party.id);
  }
  return { onChart, external };
}

export interface StepOnChart {
  actor: string[];
  recipients: string[];
  cc: string[];
}

/** The boxes a step touches (external parties by their own box id `pihak-<participant>`). */
export function stepOnChart(step: FlowStep, placement: PartyPlacement): StepOnChart {
  const boxes = (id: string) =>
    placement.onChart.get(id) ?? (placement.external.includes(id) ? [externalBoxId(id)] : []);
  const recipientIds =
    step.recipients ?? (step.decision?.by && step.decision.by !== step.actor ? [step.decision.by] : []);
  return {
    actor: boxes(step.actor),
    recipients: recipientIds.flatMap(boxes),
    cc: (step.cc ?? []).flatMap(boxes),
  };
}

export const externalBoxId = (participantId: string): string => `pihak-${participantId}`;
