/**
 * Who stands above a position in each relation (who places, appraises, leads, assigns,
 * coordinates it or receives its reports): each answer with the relation that says so, the
 * kelompok it comes through, its condition, recommendations and basis in the text.
 */
import type { Citation, Flow, FlowStep, Position, Relation, RelationKind, UnitType } from '../types';
import { position } from './units';

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
