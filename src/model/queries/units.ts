/**
 * Lookups in a region and a unit type: a unit type by id and a name that tells it apart in a
 * list, a position by id, the roles a position plays and the relations from or to it; whether a
 * rule applies to a unit type.
 */
import type { Position, Region, Relation, Role, Rule, UnitType } from '../types';

export function unitType(region: Region, unitId: string): UnitType | undefined {
  return region.unitTypes.find((u) => u.id === unitId);
}

/**
 * A name for each unit type that tells it apart in a list of the region's: its own name, and
 * where two share it, the text's heading it stands under (else its id) after a dash.
 */
export function unitLabels(units: readonly Pick<UnitType, 'id' | 'name' | 'group'>[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const u of units) count.set(u.name, (count.get(u.name) ?? 0) + 1);
  const groups = new Map<string, number>();
  for (const u of units) {
    const key = `${u.name}\u0000${u.group ?? ''}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return new Map(
    units.map((u) => {
      if ((count.get(u.name) ?? 0) < 2) return [u.id, u.name];
      const byGroup = u.group && (groups.get(`${u.name}\u0000${u.group}`) ?? 0) < 2;
      return [u.id, `${u.name} — ${byGroup ? u.group : u.id}`];
    }),
  );
}

export function position(unit: UnitType, positionId: string): Position | undefined {
  return unit.positions.find((p) => p.id === positionId);
}

/** Roles a position plays: claimed outright, or implied by the relations it is the source of. */
export function rolesOf(unit: UnitType, positionId: string): Role[] {
  const roles = new Set<Role>();
  const p = position(unit, positionId);
  for (const claim of p?.roles ?? []) roles.add(claim.role);
  for (const r of unit.relations) {
    if (r.from !== positionId) continue;
    if (r.kind === 'penilaianKinerja') roles.add('pejabatPenilaiKinerja');
    if (r.kind === 'pimpinanUnit') roles.add('pimpinanUnitOrganisasi');
    if (r.kind === 'koordinasi' && r.as) roles.add(r.as);
  }
  return [...roles];
}

/** Relations where the position is the source (its roles towards others). */
export function relationsFrom(unit: UnitType, positionId: string): Relation[] {
  return unit.relations.filter((r) => r.from === positionId);
}

export function relationsTo(unit: UnitType, positionId: string): Relation[] {
  return unit.relations.filter((r) => r.to === positionId);
}

/** A rule applies to a unit type when it names it or names none (then it applies to all). */
export const ruleAppliesTo = (rule: Pick<Rule, 'unitTypes'>, unitId: string) =>
  !rule.unitTypes || rule.unitTypes.length === 0 || rule.unitTypes.includes(unitId);
