/**
 * From the name an official gives their office to the unit type(s) of their region's regulation.
 *
 * Names come from the data, strongest first: the region's `offices` (names officials use, cited or
 * marked common), the perangkat daerah the text lists for a unit type, the unit type's own name,
 * and the names of positions inside it (a Bagian, a Bidang, "Camat"). Matching ignores case,
 * accents and small typos and knows the common abbreviations and role words (`text.ts`).
 *
 * The answer is never empty: one unit type; or one question deciding between candidates (each
 * with the text's criterion where the data gives one); or, when nothing matches, every unit type
 * of the region grouped as the text groups them.
 */
import { fold } from './text';
import type { Citation, Region, UnitType } from './types';
import { matchOffices, officeNames, type OfficeMatch, type OfficeName } from './offices/names';
import { splitRegions } from './offices/regionWords';

export {
  matchOffices,
  officeNames,
  type OfficeMatch,
  type OfficeName,
  type OfficeSource,
} from './offices/names';
export { splitRegions } from './offices/regionWords';

export interface Candidate {
  unit: UnitType;
  /** The text's own criterion for this type, where the data gives one. */
  criterion?: { text: string; cite: Citation };
}

export interface UnitGroup {
  /** The text's heading over these unit types (undefined where it gives none). */
  group: string | undefined;
  units: UnitType[];
}

export type OfficeAnswer =
  | { kind: 'unit'; unit: UnitType; match: OfficeMatch }
  | { kind: 'question'; candidates: Candidate[]; matches: OfficeMatch[] }
  | { kind: 'browse'; groups: UnitGroup[] };

/**
 * Matches within this distance of the best one are taken as equally meant (a PD name listed for
 * three Sekretariat Daerah types; an office the text does not place).
 */
const TIE_MARGIN = 0.75;

/** The region's unit types under the text's own headings, in the text's order. */
export function unitGroups(region: Region): UnitGroup[] {
  const groups: UnitGroup[] = [];
  for (const unit of region.unitTypes) {
    const found = groups.find((g) => g.group === unit.group);
    if (found) found.units.push(unit);
    else groups.push({ group: unit.group, units: [unit] });
  }
  return groups;
}

/** Words for the head of an office: the Kepala Puskesmas works at the Puskesmas. */
const HEAD_WORDS = new Set(['kepala', 'ka']);

/**
 * Names matching a query: the query whole; else without the region's own name ("Camat
 * Surakarta"); else without the word for its head ("Kepala Puskesmas" where the text names only
 * the Puskesmas).
 */
function matchesFor(region: Region, query: string, names: OfficeName[]): OfficeMatch[] {
  const whole = matchOffices(region, query, names);
  if (whole.length > 0) return whole;
  const { regions, rest } = splitRegions([region], query);
  const typed = regions.length > 0 ? rest : fold(query);
  if (regions.length > 0 && rest) {
    const found = matchOffices(region, rest, names);
    if (found.length > 0) return found;
  }
  const withoutHead = typed
    .split(' ')
    .filter((w) => !HEAD_WORDS.has(w))
    .join(' ');
  return withoutHead && withoutHead !== typed ? matchOffices(region, withoutHead, names) : [];
}

/**
 * What a typed office name leads to: one unit type, one question, or (nothing matched, or nothing
 * typed) the region's unit types to choose from.
 */
export function findOffice(region: Region, query: string, names = officeNames(region)): OfficeAnswer {
  const matches = matchesFor(region, query, names);
  const top = matches[0];
  if (!top) return { kind: 'browse', groups: unitGroups(region) };
  const close = matches.filter((m) => m.score >= top.score - TIE_MARGIN);
  // The same name in several unit types ("Pelaksana", "Sekretaris") is one name: all of them.
  const sameNames = new Set(close.filter((m) => !m.byContext).map((m) => `${m.source}|${fold(m.label)}`));
  const contenders = matches.filter(
    (m) => m.score >= top.score - TIE_MARGIN || sameNames.has(`${m.source}|${fold(m.label)}`),
  );
  const units: UnitType[] = [];
  for (const m of contenders) for (const u of m.unitTypes) if (!units.includes(u)) units.push(u);
  if (units.length === 1) return { kind: 'unit', unit: units[0]!, match: top };
  return {
    kind: 'question',
    candidates: units.map((unit) => ({ unit, ...(unit.criterion ? { criterion: unit.criterion } : {}) })),
    matches: contenders,
  };
}
