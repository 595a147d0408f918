/** All layouts of a region, as published in data/layouts/<region>.json. */
import type { Region, UnitType } from '../model/types';
import { layoutUnit } from './elkGraph';
import { LAYOUT_VERSION, type ChartLayout, type ElkLike, type LayoutMode } from './types';

export const MODES: readonly LayoutMode[] = ['expanded', 'collapsed'];

/** Every mode's layout of one unit type, as published in data/<region>/unit/<unit>.layout.json. */
export type UnitLayouts = Partial<Record<LayoutMode, ChartLayout>>;

export interface RegionLayouts {
  version: typeof LAYOUT_VERSION;
  regionId: string;
  units: Record<string, Partial<Record<LayoutMode, ChartLayout>>>;
}

export async function layoutRegion(elk: ElkLike, region: Region): Promise<RegionLayouts> {
  const units: RegionLayouts['units'] = {};
  for (const unit of region.unitTypes) units[unit.id] = await layoutBothModes(elk, unit);
  return { version: LAYOUT_VERSION, regionId: region.id, units };
}

async function layoutBothModes(elk: ElkLike, unit: UnitType) {
  const out: Partial<Record<LayoutMode, ChartLayout>> = {};
  for (const mode of MODES) out[mode] = await layoutUnit(elk, unit, mode);
  return out;
}
