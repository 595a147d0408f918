/**
 * Questions an official asks of a unit type, answered from the data with the citation that
 * says so. Pure functions: no DOM, no framework.
 */
import type {
  Citation,
  Flow,
  FlowStep,
  Participant,
  Position,
  Region,
  Relation,
  RelationKind,
  Role,
  Stage,
  UnitType,
} from './types';

/** How an answer stands in the text (`basis` of its relation; absent = stated). */
export type AnswerBasis = 'stated' | 'derived' | 'supplied';

/** A recommendation the text attaches to an answer ("atas rekomendasi Kepala Bagian"). */
export interface Recommendation {
  by: Position;
  relation: Relation;
  cite: Citation;
}

/** A flow step that carries an answer out ("pada Sekretariat, Kepala Dinas menugaskan ..."). */
export interface StepRef {
  flow: Flow;
  step: FlowStep;
  index: number;
  /** The step opens with a condition of its own ("pada Sekretariat", "dalam hal ..."). */
  special: boolean;
}

/** One line of an answer: the other position, the relation that says so, and what the text attaches. */
export interface Answer {
  position: Position;
  relation: Relation;
  cite: Citation;
  /** The kelompok the relation names, where the position is answered as a member of it. */
  via?: Position;
  /** The condition the text attaches to the relation ("dalam hal tidak ada Pejabat Pengawas"). */
  condition?: string;
  recommendations: Recommendation[];
  basis: AnswerBasis;
  /** For a derived answer: the general rule it is read from ("menurut ketentuan umum ..."). */
  general?: Citation;
  /** For a supplied answer: the id of the note that says what was supplied and why. */
  note?: string;
  /** Flow steps that carry it out (filled in where the region's flows are at hand). */
  steps: StepRef[];
}

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

/**
 * Positions related to `positionId` where it is the relation's `to` (its superiors of a kind).
 * A relation stated for the position itself is more specific than one stated for its kelompok:
 * the group's answer applies only where the text says nothing about the member itself.
 */
export function superiors(unit: UnitType, positionId: string, kind: RelationKind): Answer[] {
  for (const id of ownThenGroup(unit, positionId)) {
    const found = unit.relations
      .filter((r) => r.kind === kind && r.to === id)
      .flatMap((r) => answer(unit, r.from, r, id === positionId ? undefined : id));
    if (found.length > 0) return found;
  }
  return [];
}

/** For kedudukan and pertanggungjawaban the subject is `from`: whom does it go up to. */
export function upwards(
  unit: UnitType,
  positionId: string,
  kind: 'kedudukan' | 'pertanggungjawaban',
): Answer[] {
  for (const id of ownThenGroup(unit, positionId)) {
    const found = unit.relations
      .filter((r) => r.kind === kind && r.from === id)
      .flatMap((r) => answer(unit, r.to, r, id === positionId ? undefined : id));
    if (found.length > 0) return found;
  }
  return [];
}

/** The position itself, then the kelompok it belongs to. */
function ownThenGroup(unit: UnitType, positionId: string): string[] {
  const p = position(unit, positionId);
  return p?.group ? [positionId, p.group] : [positionId];
}

const overlaps = (a: Citation, b: Citation) =>
  a.file === b.file && a.lines[0] <= b.lines[1] && b.lines[0] <= a.lines[1];

/**
 * Recommendations made to `to` that the text states in the same place as `relation`: "penilaian
 * kinerja ... dilaksanakan oleh Asisten ... setelah mendapatkan rekomendasi ... dari Kepala Bagian".
 */
export function recommendationsAt(unit: UnitType, to: string, relation: Relation): Recommendation[] {
  return unit.relations
    .filter(
      (r) => r.kind === 'rekomendasi' && r.to === to && r !== relation && overlaps(r.cite, relation.cite),
    )
    .flatMap((r) => {
      const by = position(unit, r.from);
      return by ? [{ by, relation: r, cite: r.cite }] : [];
    });
}

function answer(unit: UnitType, id: string, relation: Relation, groupId?: string): Answer[] {
  const p = position(unit, id);
  if (!p) return [];
  const via = groupId === undefined ? undefined : position(unit, groupId);
  const basis = relation.basis?.kind ?? 'stated';
  return [
    {
      position: p,
      relation,
      cite: relation.cite,
      ...(via ? { via } : {}),
      ...(relation.condition ? { condition: relation.condition } : {}),
      recommendations: recommendationsAt(unit, relation.from, relation),
      basis,
      ...(basis === 'derived' && relation.basis?.cite ? { general: relation.basis.cite } : {}),
      ...(relation.basis?.note ? { note: relation.basis.note } : {}),
      steps: [],
    },
  ];
}

export const appraisersOf = (unit: UnitType, id: string) => superiors(unit, id, 'penilaianKinerja');
export const unitLeadersOf = (unit: UnitType, id: string) => superiors(unit, id, 'pimpinanUnit');
export const assignersOf = (unit: UnitType, id: string) => superiors(unit, id, 'penugasan');
export const coordinatorsOf = (unit: UnitType, id: string) => superiors(unit, id, 'koordinasi');
export const placedUnder = (unit: UnitType, id: string) => upwards(unit, id, 'kedudukan');
export const reportsTo = (unit: UnitType, id: string) => upwards(unit, id, 'pertanggungjawaban');

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

/** Flows that apply to a unit type: those naming it, and those for every unit type. */
export function flowsForUnit(region: Region, unitId: string): Flow[] {
  return region.flows.filter((f) => f.unitTypes.length === 0 || f.unitTypes.includes(unitId));
}

export interface StageGroup {
  stage: Stage | undefined;
  steps: { step: FlowStep; index: number }[];
}

/** Consecutive steps grouped by stage, in order (a flow without stages is one group). */
export function stepsByStage(flow: Flow): StageGroup[] {
  const groups: StageGroup[] = [];
  flow.steps.forEach((step, index) => {
    const last = groups.at(-1);
    if (last && last.stage === step.stage) last.steps.push({ step, index });
    else groups.push({ stage: step.stage, steps: [{ step, index }] });
  });
  return groups;
}

export function participant(flow: Flow, id: string): Participant | undefined {
  return flow.participants.find((p) => p.id === id);
}

/** The positions of a unit type that stand for a flow participant (by position or by role). */
export function resolveParticipant(unit: UnitType, p: Participant): Position[] {
  if (p.position !== undefined) {
    const pos = position(unit, p.position);
    return pos ? [pos] : [];
  }
  if (p.role !== undefined) {
    const role = p.role;
    return unit.positions.filter((pos) => rolesOf(unit, pos.id).includes(role));
  }
  if (p.categories !== undefined) {
    const categories = new Set(p.categories);
    return unit.positions.filter((pos) => categories.has(pos.category));
  }
  return [];
}

export function stepIndex(flow: Flow, stepId: string): number {
  return flow.steps.findIndex((s) => s.id === stepId);
}
