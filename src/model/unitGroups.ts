import type { UnitType } from './types';

/** A unit type as a list of them names it. */
export type UnitChoice = Pick<UnitType, 'id' | 'name' | 'group'>;

/**
 * Unit types under the headings their region's text groups them by (`group`), in the data's
 * order; those without a group come under the empty heading. The region page and the unit page's
 * switcher list them the same way.
 */
export function unitGroups<T extends { group?: string | undefined }>(
  units: readonly T[],
): [group: string, units: T[]][] {
  const groups = new Map<string, T[]>();
  for (const unit of units) {
    const key = unit.group ?? '';
    const list = groups.get(key);
    if (list) list.push(unit);
    else groups.set(key, [unit]);
  }
  return [...groups];
}
