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
import type { Citation, Position, Region, UnitType } from './types';
import { coverage, editDistance, fold, phraseIn, prepareQuery, scoreWords, words } from './text';

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

/**
 * Matches within this distance of the best one are taken as equally meant (a PD name listed for
 * three Sekretariat Daerah types; an office the text does not place).
 */
const TIE_MARGIN = 0.75;

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

const LEVEL_WORDS = new Set([
  'kabupaten',
  'kab',
  'kota',
  'provinsi',
  'prov',
  'pemerintah',
  'pemkab',
  'pemkot',
  'pemprov',
]);

/** The words that name a region: its name without "Kabupaten"/"Kota"/"Provinsi", and its id. */
function regionWords(region: { id: string; name: string }): { name: string[]; id: string } {
  return {
    name: fold(region.name)
      .split(' ')
      .filter((w) => w && !LEVEL_WORDS.has(w)),
    id: fold(region.id).replace(/ /g, ''),
  };
}

const sameWord = (typed: string, word: string) =>
  typed === word || (word.length >= 6 && typed[0] === word[0] && editDistance(typed, word, 1) <= 1);

/** Which regions a query names ("Camat Surakarta", "dinkes kaltim"), and the query without them. */
export function splitRegions<R extends { id: string; name: string }>(
  regions: readonly R[],
  query: string,
): { regions: R[]; rest: string } {
  let typed = fold(query).split(' ').filter(Boolean);
  const named: R[] = [];
  for (const region of regions) {
    const { name, id } = regionWords(region);
    const idAt = typed.indexOf(id);
    const nameHit = name.length > 0 && name.every((w) => typed.some((t) => sameWord(t, w)));
    if (idAt < 0 && !nameHit) continue;
    named.push(region);
    typed = typed.filter((t, i) => i !== idAt && !(nameHit && name.some((w) => sameWord(t, w))));
  }
  if (named.length > 0) typed = typed.filter((t) => !LEVEL_WORDS.has(t));
  return { regions: named, rest: typed.join(' ') };
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
