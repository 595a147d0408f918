/**
 * One unit type in one layout mode, from its data: pure and per unit (ELK is passed in), so it
 * runs at build time, in the worker and in tests alike.
 */
import type { UnitType } from '../model/types';
import { chartModel } from './chartModel';
import { fromElk, wideDraft } from './elkGraph';
import { narrowLayout } from './narrow';
import { treeLayout } from './tree';
import { groupsOf, shapeOf, type ChartLayout, type ElkLike, type LayoutMode } from './types';

/**
 * Above this many boxes ELK layered takes seconds (8.5 s for 1,000 positions): the wide chart is
 * then a tree layout with the other relations routed afterwards. Every bundled unit type is far
 * below it.
 */
export const LAYERED_LIMIT = 60;

export async function layoutUnit(elk: ElkLike, unit: UnitType, mode: LayoutMode): Promise<ChartLayout> {
  const model = chartModel(unit, groupsOf(mode));
  if (shapeOf(mode) === 'narrow') return narrowLayout(model);
  if (model.nodes.filter((n) => !n.parent).length > LAYERED_LIMIT) return treeLayout(model);
  const draft = wideDraft(model);
  return fromElk(draft, await elk.layout(draft.graph));
}
