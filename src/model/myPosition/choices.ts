/**
 * Choosing a position in Posisi saya: the unit types a typed office name can mean, the positions
 * an official can pick in one, and how to tell positions of the same name apart in a list.
 */
import { hierarchyOf } from '../hierarchy';
import { matchOffices } from '../offices';
import { position } from '../queries';
import type { Position, Region, UnitType } from '../types';

export interface UnitMatch {
  unit: UnitType;
  /** The office or perangkat daerah name that matched, if any. */
  via?: string;
  score: number;
}

/** Unit types a typed name can mean, best first (see `matchOffices`). */
export function matchUnits(region: Region, typed: string): UnitMatch[] {
  const best = new Map<string, UnitMatch>();
  for (const m of matchOffices(region, typed)) {
    for (const unit of m.unitTypes) {
      if (best.has(unit.id)) continue;
      const via = m.source === 'office' || m.source === 'perangkatDaerah' ? m.label : undefined;
      best.set(unit.id, { unit, score: m.score, ...(via ? { via } : {}) });
    }
  }
  return [...best.values()];
}

/**
 * Positions an official can pick: every jabatan but the kelompok containers, and a kelompok that
 * has no member positions of its own (its members pick the group: "Anggota Tim Kerja").
 */
export function pickablePositions(unit: UnitType): Position[] {
  return unit.positions.filter(
    (p) => p.category !== 'kelompok' || !unit.positions.some((m) => m.group === p.id),
  );
}

/**
 * How to tell positions apart in a list: the name, and where the same name stands more than once
 * (several "Pelaksana"), the position it sits under (past its kelompok).
 */
export function positionChoiceLabel(unit: UnitType, p: Position): { name: string; under?: string } {
  const same = unit.positions.filter((x) => x.name === p.name && x.category !== 'kelompok').length;
  if (same < 2) return { name: p.name };
  const up = hierarchyOf(unit)
    .ancestors(p.id)
    .slice(1)
    .find((id) => position(unit, id)?.category !== 'kelompok');
  const under = up === undefined ? undefined : position(unit, up)?.name;
  return under ? { name: p.name, under } : { name: p.name };
}
