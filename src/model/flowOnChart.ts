/**
 * Where a flow's parties stand on a unit type's chart: the boxes (positions, or the kelompok that
 * holds them when groups are collapsed) or, for parties not in the unit (another perangkat
 * daerah, Sekretaris Daerah, Bupati, ...), boxes of their own beside it.
 */
import type { Flow, FlowStep, Region, UnitType } from './types';
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

const externalBoxId = (participantId: string): string => `pihak-${participantId}`;

/**
 * For each party drawn outside the chart, the chart boxes it exchanges with: the actors of the
 * steps it receives (or is copied on), and the recipients of the steps it acts in. Its own box is
 * placed near them, so the document's path stays short.
 */
export function exchangePartners(flow: Flow, placement: PartyPlacement): Map<string, string[]> {
  const outside = new Set(placement.external);
  const partners = new Map<string, Set<string>>(placement.external.map((id) => [id, new Set()]));
  const onChart = (ids: readonly string[]) => ids.flatMap((id) => placement.onChart.get(id) ?? []);
  for (const step of flow.steps) {
    const receivers = [...(step.recipients ?? []), ...(step.cc ?? [])];
    if (step.decision?.by && step.decision.by !== step.actor) receivers.push(step.decision.by);
    if (outside.has(step.actor)) for (const box of onChart(receivers)) partners.get(step.actor)!.add(box);
    for (const id of receivers)
      if (outside.has(id)) for (const box of onChart([step.actor])) partners.get(id)!.add(box);
  }
  return new Map([...partners].map(([id, boxes]) => [id, [...boxes]]));
}

/** The unit types a flow can be shown on (all of the region's when the flow names none). */
export function flowUnits(region: Region, flow: Flow): UnitType[] {
  return flow.unitTypes.length > 0
    ? region.unitTypes.filter((u) => flow.unitTypes.includes(u.id))
    : region.unitTypes;
}

/** The unit type to show: the one asked for when the flow applies to it, else the first. */
export function shownUnit(region: Region, flow: Flow, unitId: string | undefined): UnitType {
  const units = flowUnits(region, flow);
  return units.find((u) => u.id === unitId) ?? units[0] ?? region.unitTypes[0]!;
}
