/**
 * The card for a relation question (who appraises, leads, assigns, coordinates a position or
 * receives its reports, where it is placed): the model's answers with their roles and conditions,
 * a recommendation the text names on an appraisal, the flows that carry it out and the notes on
 * the rules that bear on it.
 */
import { notesAbout, positionRefs, relationRefs } from '../../../model/notesAbout';
import {
  appraisersOf,
  assignersOf,
  coordinatorsOf,
  flowsForUnit,
  placedUnder,
  reportsTo,
  unitLeadersOf,
  type Answer as RelationAnswer,
} from '../../../model/queries';
import { fold } from '../../../model/text';
import type { Region, Rule, UnitType } from '../../../model/types';
import type { RelationAsked } from '../lexicon';
import type { Frame } from '../parse';
import type { CardItem, Picks, QuestionResult } from './card';
import { appliesTo, isAssignment } from './fit';
import { subject } from './subject';

const RELATION_QUERY: Record<RelationAsked, (unit: UnitType, id: string) => RelationAnswer[]> = {
  penilaianKinerja: appraisersOf,
  pimpinanUnit: unitLeadersOf,
  penugasan: assignersOf,
  koordinasi: coordinatorsOf,
  pertanggungjawaban: reportsTo,
  kedudukan: placedUnder,
};

/** Rule subjects that bear on each relation (their notes show on the card). */
const RELATION_SUBJECTS: Record<RelationAsked, readonly Rule['subject'][]> = {
  penilaianKinerja: ['pengelolaanKinerja'],
  pimpinanUnit: ['kedudukan'],
  penugasan: ['penugasan'],
  koordinasi: ['ketuaTim', 'pengendali', 'pelaksanaKoordinasi'],
  pertanggungjawaban: ['pertanggungjawaban'],
  kedudukan: ['kedudukan'],
};

/** Who stands in `relation` to the position the question is about. */
export function relationCard(
  region: Region,
  frame: Frame,
  picks: Picks,
  relation: RelationAsked,
): QuestionResult {
  const found = subject(region, frame, picks, true);
  if (found.ask) return found.ask;
  const unit = found.unit!;
  const position = found.position!;
  const answers = RELATION_QUERY[relation](unit, position.id);
  const items: CardItem[] = answers.map((a) => {
    return {
      text: a.position.name,
      ...(a.relation.as ? { role: a.relation.as } : {}),
      ...(a.relation.condition ? { condition: a.relation.condition } : {}),
      ...(a.relation.basis && a.relation.basis.kind !== 'stated' ? { basis: a.relation.basis.kind } : {}),
      ...(a.basis === 'derived' && a.general ? { general: a.general } : {}),
      cite: a.cite,
    };
  });
  // A recommendation the text names on this appraisal ("atas rekomendasi Kepala Bagian").
  if (relation === 'penilaianKinerja') {
    const own = fold(
      position.jenjang?.length ? position.jenjang.join(' ').replace(/-/g, ' ') : position.name,
    );
    for (const a of answers)
      for (const r of unit.relations) {
        if (r.kind !== 'rekomendasi' || r.to !== a.position.id) continue;
        const about = fold(`${r.condition ?? ''} ${r.cite.quote}`);
        if (!about.includes('penilaian') || !about.includes(own)) continue;
        const from = unit.positions.find((p) => p.id === r.from);
        if (from)
          items.push({
            text: from.name,
            recommends: true,
            ...(r.condition ? { condition: r.condition } : {}),
            cite: r.cite,
          });
      }
  }
  const flows = flowsForUnit(region, unit.id).filter((f) =>
    relation === 'penugasan'
      ? isAssignment(f)
      : relation === 'pertanggungjawaban'
        ? f.kind === 'pertanggungjawaban'
        : f.kind === 'mekanismeKerja' || f.kind === 'pengelolaanKinerja',
  );
  const rules = region.rules.filter(
    (r) => RELATION_SUBJECTS[relation].includes(r.subject) && appliesTo(r, unit),
  );
  const ids = [
    ...positionRefs(unit, position.id),
    ...answers.flatMap((a) => relationRefs(unit, a.relation)),
    ...flows.map((f) => f.id),
    ...rules.map((r) => r.id),
  ];
  return {
    kind: 'answer',
    intent: frame.intent,
    region,
    unit,
    position,
    items,
    flows,
    notes: notesAbout(region, ids),
  };
}
