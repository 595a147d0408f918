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
    // Same-named positions are told apart by the position they sit under ("Pelaksana" of a Bagian).
    const label = positionChoiceLabel(unit, p);
    const name = fold(`${label.name} ${label.under ?? ''}`)
      .split(' ')
      .filter(Boolean);
    let nameScore = 0;
    for (const w of hint.words) {
      let best = 0;
      for (const n of name) best = Math.max(best, wordScore(w, n));
      nameScore += best;
    }
    if (!byHint && nameScore === 0) continue;
    // A name that says more than was asked is a weaker fit ("Pelaksana" before "Pelaksana pada ...").
    out.push({ position: p, score: (byHint ? 3 : 0) + nameScore - name.length * 0.05 });
  }
  return out.sort((a, b) => b.score - a.score);
}
