/**
 * One unit type in one layout mode, from its data: pure and per unit (ELK is passed in), so it
 * runs at build time, in the worker and in tests alike.
 */
import type { UnitType } from '../model/types';
import { chartModel } from './chartModel';
import { fromElk, wideDraft } from './elkGraph';
import { narrowLayout } from './narrow';
import { groupsOf, shapeOf, type ChartLayout, type ElkLike, type LayoutMode } from './types';

export async function layoutUnit(elk: ElkLike, unit: UnitType, mode: LayoutMode): Promise<ChartLayout> {
  const model = chartModel(unit, groupsOf(mode));
  if (shapeOf(mode) === 'narrow') return narrowLayout(model);
  const draft = wideDraft(model);
  return fromElk(draft, await elk.layout(draft.graph));
}
