/**
 * The names of a region an official may type for their office (its offices, the perangkat daerah
 * the text lists, unit type and position names), and how well each matches a query: the words,
 * where the name comes from, how much of it the query accounts for, and whether the query stands
 * in it as one phrase.
 */
import { coverage, fold, phraseIn, prepareQuery, scoreWords, words } from '../text';
import type { Citation, Position, Region, UnitType } from '../types';

export type OfficeSource = 'office' | 'perangkatDaerah' | 'unitType' | 'position';

/** A name of the region that can be matched, and the unit types it stands for. */
export interface OfficeName {
  label: string;
  source: OfficeSource;
  unitTypes: readonly UnitType[];
  /** Where the text names it (absent for a common name). */
  cite?: Citation;
  /** A usual name or abbreviation, not the text's. */
  common?: boolean;
  /** For a position's name: the position. */
  position?: Position;
  /** Words matched besides the label: a position's unit type ("Direktur RSUD", "Camat Kecamatan"). */
  context?: string;
}

export interface OfficeMatch extends OfficeName {
  score: number;
  /** The name matched only with its context (a position through its unit type's name). */
  byContext: boolean;
}

/** How much a name counts by where it comes from: the officials' own names first. */
const SOURCE_WEIGHT: Record<OfficeSource, number> = {
  office: 3,
  perangkatDaerah: 2,
  unitType: 1.5,
  position: 1,
};

/** How much it counts that a name is all accounted for by the query (see `coverage`). */
const COVERAGE_WEIGHT = 1.5;

/** How much it counts that the query stands in a name as one phrase (see `phraseIn`). */
const PHRASE_WEIGHT = 1;

/** Every name of a region that an official may type, with the unit types it stands for. */
export function officeNames(region: Region): OfficeName[] {
  const byId = new Map(region.unitTypes.map((u) => [u.id, u]));
  const out: OfficeName[] = [];
  for (const office of region.offices ?? []) {
    const unitTypes = office.unitTypes.flatMap((id) => byId.get(id) ?? []);
    if (unitTypes.length === 0) continue;
    const base = {
      source: 'office' as const,
      unitTypes,
      ...(office.cite ? { cite: office.cite } : {}),
      ...(office.common ? { common: true } : {}),
    };
    out.push({ ...base, label: office.name });
    for (const alias of office.aliases ?? []) out.push({ ...base, label: alias });
  }
  for (const unit of region.unitTypes) {
    for (const name of unit.perangkatDaerah?.names ?? []) {
      out.push({
        label: name,
        source: 'perangkatDaerah',
        unitTypes: [unit],
        cite: unit.perangkatDaerah!.cite,
      });
    }
    out.push({ label: unit.name, source: 'unitType', unitTypes: [unit], cite: unit.cite });
    for (const p of unit.positions) {
      out.push({
        label: p.name,
        source: 'position',
        unitTypes: [unit],
        cite: p.cite,
        position: p,
        context: unit.name,
      });
    }
  }
  return out;
}

/** Names matching a query, best first; one entry per name and unit type set. */
export function matchOffices(region: Region, query: string, names = officeNames(region)): OfficeMatch[] {
  const prepared = prepareQuery(query);
  const best = new Map<string, OfficeMatch>();
  for (const name of names) {
    const text = name.context ? `${name.label} ${name.context}` : name.label;
    const s = scoreWords(prepared, words(text));
    if (s === 0) continue;
    const score =
      s +
      SOURCE_WEIGHT[name.source] +
      COVERAGE_WEIGHT * coverage(prepared, text) +
      (phraseIn(prepared, name.label) ? PHRASE_WEIGHT : 0);
    const key = `${fold(name.label)}|${name.unitTypes.map((u) => u.id).join(',')}`;
    const seen = best.get(key);
    const byContext = text !== name.label && scoreWords(prepared, words(name.label)) === 0;
    if (!seen || seen.score < score) best.set(key, { ...name, score, byContext });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
