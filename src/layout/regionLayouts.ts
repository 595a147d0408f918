/** All layouts of a region: every layout mode of every unit type (precomputed at build). */
import type { Region } from '../model/types';
import { layoutUnit } from './layoutUnit';
import { LAYOUT_VERSION, MODES, type ChartLayout, type ElkLike, type LayoutMode } from './types';

export { MODES };

/** Every mode's layout of one unit type, as published in data/<region>/unit/<unit>.layout.json. */
export type UnitLayouts = Partial<Record<LayoutMode, ChartLayout>>;

export interface RegionLayouts {
  version: typeof LAYOUT_VERSION;
  regionId: string;
  units: Record<string, Partial<Record<LayoutMode, ChartLayout>>>;
}

export async function layoutRegion(elk: ElkLike, region: Region): Promise<RegionLayouts> {
  const units: RegionLayouts['units'] = {};
  for (const unit of region.unitTypes) {
    const modes: Partial<Record<LayoutMode, ChartLayout>> = {};
    for (const mode of MODES) modes[mode] = await layoutUnit(elk, unit, mode);
    units[unit.id] = modes;
  }
  return { version: LAYOUT_VERSION, regionId: region.id, units };
}
