/**
 * What a flow step adds to a unit type's chart, as plain data: the boxes of parties outside the
 * unit (`flowScene`, once per chart and flow), and for the step (`stepOverlay`) the marked boxes,
 * the boxes to stress, the document token's route and its label. Pure: the same input gives the
 * same overlay.
 */
import { terms } from '../i18n/messages';
import { placeExternal, type ExternalBox } from '../layout/external';
import type { ChartLayout, ChartNode } from '../layout/types';
import { exchangePartners, placeParties, stepOnChart, type PartyPlacement } from '../model/flowOnChart';
import { participant } from '../model/queries';
import type { Flow, FlowStep, UnitType } from '../model/types';
import { tokenLabel, tokenRoute, type TokenLabel } from './token';

type Box = Pick<ChartNode, 'id' | 'x' | 'y' | 'width' | 'height'>;

/** The chart with the flow's outside parties beside it: what stays the same from step to step. */
export interface FlowScene {
  placement: PartyPlacement;
  external: ExternalBox[];
  /** The drawn area: chart and outside boxes. */
  width: number;
  height: number;
  boxes: ReadonlyMap<string, Box>;
  /** Boxes with text a token label should not cover (positions and outside parties, not group frames). */
  obstacles: Box[];
}

/** Which side of the flow an outside party stands on (its box's second line). */
export const sideOf = (side: string | undefined): 'pemohon' | 'tujuan' | 'luar' =>
  side === 'pemohon' || side === 'tujuan' ? side : 'luar';

export function flowScene(layout: ChartLayout, flow: Flow, unit: UnitType): FlowScene {
  const placement = placeParties(flow, unit, new Set(layout.nodes.map((n) => n.id)));
  const partners = exchangePartners(flow, placement);
  const placed = placeExternal(
    layout,
    placement.external.map((id) => {
      const p = participant(flow, id);
      // Sized for the side line in both languages, so switching language keeps the box.
      const subtitle = { id: terms.id.side[sideOf(p?.side)], en: terms.en.side[sideOf(p?.side)] };
      return { id, name: p?.name ?? id, subtitle, partners: partners.get(id) ?? [] };
    }),
  );
  const boxes = new Map<string, Box>([...layout.nodes, ...placed.boxes].map((b) => [b.id, b]));
  const obstacles = [...layout.nodes.filter((n) => n.kind !== 'group'), ...placed.boxes];
  return { placement, external: placed.boxes, width: placed.width, height: placed.height, boxes, obstacles };
}

export interface StepOverlay {
  actor: Box[];
  recipients: Box[];
  cc: Box[];
  /** Every box the step touches; the rest of the chart fades. */
  emphasis: ReadonlySet<string>;
  /** The document's way from the actor to the first recipient, when they differ. */
  route: [number, number][] | undefined;
  label: TokenLabel | undefined;
}

export function stepOverlay(layout: ChartLayout, scene: FlowScene, step: FlowStep): StepOverlay {
  const touched = stepOnChart(step, scene.placement);
  // Two parties can stand on one box (a position that is both recipient and team member): once each.
  const boxes = (ids: string[]) =>
    [...new Set(ids)].map((id) => scene.boxes.get(id)).filter((b): b is Box => !!b);
  const actor = boxes(touched.actor);
  const recipients = boxes(touched.recipients);
  const from = actor[0];
  const to = recipients[0];
  const route = from && to && from.id !== to.id ? tokenRoute(from, to, layout.edges) : undefined;
  const end = route?.at(-1);
  return {
    actor,
    recipients,
    cc: boxes(touched.cc),
    emphasis: new Set([...touched.actor, ...touched.recipients, ...touched.cc]),
    route,
    label:
      end && step.document ? tokenLabel(step.document, end, scene, [...scene.boxes.values()]) : undefined,
  };
}
