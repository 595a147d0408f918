/**
 * Ids across a region file: unique within their list, former ids that name one unit type or flow
 * only, and every id a note may be about. With the report callback the checks share.
 */
import { relationKey } from '../../model/flowGraph';
import type { PathItem } from '../issues';
import type { RegionData } from '../schema';

export type Report = (path: PathItem[], message: string) => void;

/** Former ids keep old links working: each names one unit type (or flow) only. */
export function checkFormerIds(region: RegionData, report: Report): void {
  for (const [list, key, what] of [
    [region.unitTypes, 'unitTypes', 'tipe unit'],
    [region.flows, 'flows', 'alur'],
  ] as const) {
    const current = new Set(list.map((x) => x.id));
    const seen = new Set<string>();
    list.forEach((item, i) =>
      item.formerIds?.forEach((old, j) => {
        if (current.has(old) || seen.has(old))
          report([key, i, 'formerIds', j], `id lama ${what} "${old}" sudah dipakai`);
        seen.add(old);
      }),
    );
  }
}

/** The ids of `items`, reporting each one used more than once. */
export function uniqueIds(
  items: readonly { id: string }[],
  path: PathItem[],
  what: string,
  report: (path: PathItem[], message: string) => void,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) report([...path, i, 'id'], `id ${what} "${item.id}" dipakai lebih dari sekali`);
    seen.add(item.id);
  });
  return seen;
}

/** Every id a note may be about: unit types, flows, rules, forms, positions, relations, steps. */
export function knownIds(
  region: RegionData,
  unitIds: Set<string>,
  flowIds: Set<string>,
  ruleIds: Set<string>,
  formIds: Set<string>,
): Set<string> {
  const known = new Set<string>([...unitIds, ...flowIds, ...ruleIds, ...formIds]);
  for (const unit of region.unitTypes) {
    for (const p of unit.positions) known.add(`${unit.id}/${p.id}`);
    for (const r of unit.relations) known.add(`${unit.id}/${relationKey(r)}`);
  }
  for (const flow of region.flows) for (const s of flow.steps) known.add(`${flow.id}/${s.id}`);
  known.add('regulation');
  return known;
}
