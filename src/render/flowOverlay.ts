/**
 * What a flow step adds to a unit type's chart, as plain data: the boxes of parties outside the
 * unit (`flowScene`, once per chart and flow), and for the step (`stepOverlay`) the marked boxes,
 * the boxes to stress, the document token's route and its label. Pure: the same input gives the
 * same overlay.
 */
import { catalogue, terms, type Lang } from '../i18n/messages';
import { placeExternal, type ExternalBox } from '../layout/external';
import { FONT, badgeWidth } from '../layout/measure';
import type { ChartLayout, ChartNode } from '../layout/types';
import { stepMarks, type StepMark } from '../model/basis';
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
  /** The step's "tafsir" marks (a reading of the text, a branch it leaves open), shown by the actor. */
  tafsir: StepMark[];
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
    tafsir: stepMarks(step),
  };
}

/** A "tafsir" badge placed on the chart. */
export interface MarkBadge {
  label: string;
  x: number;
  y: number;
  width: number;
}

/** Space between the step's frame and its box (StepMarks draws the frames this far out). */
export const MARK_PAD = 5;

/**
 * The step's marks as badges on the top edge of the frame round its actor (or its first
 * recipient), right-aligned: where the eye already is, and the same on screen and in the export.
 */
export function markBadges(step: StepOverlay, labels: readonly string[]): MarkBadge[] {
  const box = step.actor[0] ?? step.recipients[0];
  if (!box || labels.length === 0) return [];
  const widths = labels.map(badgeWidth);
  const total = widths.reduce((a, b) => a + b, 0) + FONT.badge.gap * (labels.length - 1);
  let x = box.x + box.width + MARK_PAD - total;
  const y = box.y - MARK_PAD - FONT.badge.height / 2;
  return labels.map((label, i) => {
    const badge = { label, x, y, width: widths[i] ?? 0 };
    x += badge.width + FONT.badge.gap;
    return badge;
  });
}

/** The words of a step's marks, once each ("tafsir" for a reading of either kind). */
export function markLabels(marks: readonly StepMark[], lang: Lang): string[] {
  const m = catalogue[lang];
  return [
    ...new Set(marks.map((k) => (k === 'undefinedBranch' ? m['tafsir.undefinedBranch'] : m['tafsir.mark']))),
  ];
}
