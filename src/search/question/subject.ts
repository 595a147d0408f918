/**
 * Which unit type and position a question is about, read against a region's data: the unit
 * type from the names officials use (its name, the perangkat daerah the text lists for it, the
 * region's offices and their aliases, abbreviations and role words such as "camat"), the
 * position from its name, category and jenjang.
 *
 * `matchUnits` is the one adapter to swap for the shared office matching (`src/model/offices.ts`,
 * `findOffice`) when it lands.
 */
import { editDistance, fold } from '../../model/text';
import { positionChoiceLabel } from '../../model/myPosition';
import type { Position, Region, UnitType } from '../../model/types';
import { expansions, wordScore } from '../match';
import type { Category, Jenjang } from './lexicon';

/** Words of unit-type names that tell no unit type from another. */
const GENERIC: ReadonlySet<string> = new Set(
  (
    'pejabat jabatan fungsional pelaksana administrator pengawas pimpinan tinggi pratama unit organisasi ' +
    'kinerja penilai level dua tiga satu ahli muda madya utama pertama kepala terdiri atas dipimpin ' +
    'struktur lingkup daerah perangkat kelompok yang dan dengan sebagai oleh pada di memiliki lebih tidak ' +
    'serta kerja tim penugasan dalam sistem pemerintah kota kabupaten provinsi dinas badan kantor bisnis ' +
    'atau dari untuk bagi the of penentuan kedudukan penerapan alur mekanisme sekali gus sekaligus'
  ).split(' '),
);

/** A typed word for a word of a name: equal, or one typo in a word of six letters or more. */
const nearName = (typed: string, word: string) =>
  typed === word || (word.length >= 6 && typed[0] === word[0] && editDistance(typed, word, 1) <= 1);

export interface UnitMatch {
  unit: UnitType;
  score: number;
  /** The typed words that matched its name. */
  consumed: string[];
}

function unitNames(region: Region, unit: UnitType): string[] {
  const names = [unit.name, ...(unit.perangkatDaerah?.names ?? [])];
  for (const office of region.offices ?? [])
    if (office.unitTypes.includes(unit.id)) names.push(office.name, ...(office.aliases ?? []));
  return names;
}

/**
 * How strongly a typed word names a name's words: 1 when it stands in it (one typo allowed, or
 * as the start of a word), else the share of its reading's words the name holds ("rsud" fully
 * in "Rumah Sakit Umum Daerah", a third in "Dinas Pekerjaan Umum").
 */
function strength(typed: string, readings: readonly (readonly string[])[], own: readonly string[]): number {
  if (own.some((n) => nearName(typed, n) || (typed.length >= 4 && n.startsWith(typed)))) return 1;
  let best = 0;
  for (const reading of readings) {
    const words = reading.filter((w) => !GENERIC.has(w));
    if (words.length === 0) continue;
    best = Math.max(best, words.filter((w) => own.includes(w)).length / words.length);
  }
  return best;
}

/** Unit types the words name, best first (ties are kept: the caller asks which). */
export function matchUnits(region: Region, words: readonly string[]): UnitMatch[] {
  const typed = words.map((w) => ({ w, readings: expansions(w) }));
  // The region's own name in a unit type's name ("... Pemerintah Kota Surakarta") tells none apart.
  const regionWords = new Set(fold(region.name).split(' '));
  const out: UnitMatch[] = [];
  for (const unit of region.unitTypes) {
    const best = new Map<string, number>();
    let coverage = 0;
    for (const name of unitNames(region, unit)) {
      const own = fold(name)
        .split(' ')
        .filter((w) => w && !GENERIC.has(w) && !regionWords.has(w));
      if (own.length === 0) continue;
      const covered = new Set<string>();
      for (const t of typed) {
        const s = strength(t.w, t.readings, own);
        if (s > (best.get(t.w) ?? 0)) best.set(t.w, s);
        if (s >= 0.5) {
          for (const n of own)
            if (nearName(t.w, n) || n.startsWith(t.w) || t.readings.some((r) => r.includes(n)))
              covered.add(n);
        }
      }
      coverage = Math.max(coverage, covered.size / own.length);
    }
    const consumed = [...best].filter(([, s]) => s >= 0.5);
    if (consumed.length === 0) continue;
    out.push({
      unit,
      score: consumed.reduce((n, [, s]) => n + s, 0) + 0.25 * coverage,
      consumed: consumed.map(([w]) => w),
    });
  }
  return out.sort((a, b) => b.score - a.score);
}

export interface PositionHint {
  words: readonly string[];
  categories: readonly Category[];
  jenjang: readonly Jenjang[];
}

export interface PositionMatch {
  position: Position;
  score: number;
  /** How well the question fits it, before a longer name counts against it. */
  fit: number;
}

/** Words of a position's name; same-named positions are told apart by the one they sit under ("Pelaksana" of a Bagian). */
function labelWords(unit: UnitType, p: Position): string[] {
  const label = positionChoiceLabel(unit, p);
  return fold(`${label.name} ${label.under ?? ''}`)
    .split(' ')
    .filter(Boolean);
}

/** How well typed words fit a name's words. */
function nameFit(name: readonly string[], typed: readonly string[], least = 1): number {
  let score = 0;
  for (const w of typed) {
    let best = 0;
    for (const n of name) best = Math.max(best, wordScore(w, n));
    if (best >= least) score += best;
  }
  return score;
}

/**
 * The positions to answer among `found` (best first, from `matchPositions`): the best, and those as
 * good. Words that named the unit type may name the position too ("kepala biro": the Biro is an
 * office of the Sekretariat Daerah and the Kepala Biro its position; "pelaksana bagian pengadaan
 * barang dan jasa"): among the positions the question fits equally, whatever their names' length,
 * those words (as typed or begun, not misspelt) pick the ones they name.
 */
export function bestPositions(
  unit: UnitType,
  found: readonly PositionMatch[],
  unitWords: readonly string[],
): PositionMatch[] {
  const first = found[0];
  if (!first) return [];
  const top = found.filter((f) => f.score >= first.score - 0.01);
  if (unitWords.length === 0) return top;
  const even = found.filter((f) => f.fit >= first.fit - 0.01);
  const named = even.map((m) => ({ m, by: nameFit(labelWords(unit, m.position), unitWords, 2) }));
  const most = Math.max(...named.map((n) => n.by));
  if (most === 0) return top;
  const picked = named.filter((n) => n.by === most).map((n) => n.m);
  return picked.filter((f) => f.score >= picked[0]!.score - 0.01);
}

/** Positions of a unit type the hint fits, best first (none when the hint says nothing). */
export function matchPositions(unit: UnitType, hint: PositionHint): PositionMatch[] {
  let candidates = unit.positions.filter((p) => p.category !== 'kelompok');
  const categories = new Set<string>(hint.categories);
  if (hint.jenjang.length > 0 && categories.size === 0) categories.add('jf');
  if (categories.size > 0) candidates = candidates.filter((p) => categories.has(p.category));
  if (hint.jenjang.length > 0)
    candidates = candidates.filter(
      (p) => p.category !== 'jf' || (p.jenjang ?? []).some((j) => hint.jenjang.includes(j)),
    );
  const byHint = categories.size > 0 || hint.jenjang.length > 0;
  const out: PositionMatch[] = [];
  for (const p of candidates) {
    const name = labelWords(unit, p);
    const nameScore = nameFit(name, hint.words);
    if (!byHint && nameScore === 0) continue;
    // A name that says more than was asked is a weaker fit ("Pelaksana" before "Pelaksana pada ...").
    const fit = (byHint ? 3 : 0) + nameScore;
    out.push({ position: p, fit, score: fit - name.length * 0.05 });
  }
  return out.sort((a, b) => b.score - a.score);
}
