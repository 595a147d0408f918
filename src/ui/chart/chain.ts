/**
 * The boxes a chart highlights with a box: its chain up to the head, and the positions its answer
 * names.
 */
import type { UnitType } from '../../model/types';
import type { Navigation } from '../../state/chart.svelte';
import { answerPositionIds } from '../../model/myPosition';

/** A box, the boxes above it up to the head, then every other position its answer names. */
export function boxChain(nav: Navigation, unit: UnitType, id: string | undefined): string[] {
  const ids: string[] = [];
  let at = id;
  while (at !== undefined && !ids.includes(at)) {
    ids.push(at);
    at = nav.parent.get(at);
  }
  // Also every position its answer names (appraiser, unit leader, coordinators...), off the chain.
  if (id !== undefined)
    for (const other of answerPositionIds(unit, id)) if (!ids.includes(other)) ids.push(other);
  return ids;
}
