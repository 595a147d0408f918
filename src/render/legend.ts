/** What a chart's legend lists: the relation kinds drawn, then the line looks that are not "stated". */
import type { ChartLayout } from '../layout/types';
import type { RelationKind } from '../model/types';
import { LOOK_ORDER, RELATION_ORDER, lookOf, type EdgeLook } from './edges';

export interface LegendEntries {
  kinds: RelationKind[];
  looks: Exclude<EdgeLook, 'stated'>[];
}

export function legendEntries(
  layout: ChartLayout,
  hidden: ReadonlySet<RelationKind> = new Set(),
): LegendEntries {
  const shown = layout.edges.filter((e) => !hidden.has(e.kind));
  return {
    kinds: RELATION_ORDER.filter((k) => layout.edges.some((e) => e.kind === k)),
    looks: LOOK_ORDER.filter((l) => shown.some((e) => lookOf(e.basis) === l)),
  };
}
