/**
 * The recommendations an answer waits for that the data records as relations but the answer's own
 * query did not name: those whose words say they bear on the question and the position, and those
 * the answer's flow steps name.
 */
import { textSpeaksOf } from '../generalRules';
import { position, type Answer } from '../queries';
import { fold } from '../text';
import type { Position, UnitType } from '../types';
import type { Question } from './questions';

/** What a recommendation's own words say it bears on, by question. */
const RECOMMENDATION_ON: Partial<Record<Question, readonly string[]>> = {
  appraiser: ['penilaian kinerja'],
  assigner: ['menugaskan', 'penugasan'],
};

/**
 * Recommendations to the answering position whose own words say they bear on this question and
 * on this position ("pertimbangan Kepala Bagian ... dalam penilaian kinerja JF Madya").
 */
export function recommendationsNamed(
  unit: UnitType,
  a: Answer,
  question: Question,
  p: Position,
): Answer['recommendations'] {
  const on = RECOMMENDATION_ON[question];
  if (!on) return [];
  return unit.relations
    .filter((r) => r.kind === 'rekomendasi' && r.to === a.position.id)
    .filter((r) => !a.recommendations.some((x) => x.relation === r))
    .filter((r) => {
      const words = `${r.condition ?? ''} ${r.cite.quote}`;
      const text = fold(words);
      return on.some((w) => text.includes(w)) && textSpeaksOf(words, p);
    })
    .flatMap((r) => {
      const by = position(unit, r.from);
      return by ? [{ by, relation: r, cite: r.cite }] : [];
    });
}

/**
 * Recommendations the flow steps of an answer name ("atas rekomendasi Sekretaris"), where the data
 * records that recommendation as a relation to the answering position.
 */
export function recommendationsInSteps(unit: UnitType, a: Answer): Answer['recommendations'] {
  const said = a.steps
    .map((s) => fold(`${s.step.action} ${s.step.cite.quote}`))
    .filter((t) => t.includes('rekomendasi'));
  if (said.length === 0) return [];
  return unit.relations
    .filter((r) => r.kind === 'rekomendasi' && r.to === a.position.id)
    .filter((r) => !a.recommendations.some((x) => x.relation === r))
    .flatMap((r) => {
      const by = position(unit, r.from);
      return by && said.some((t) => t.includes(`rekomendasi ${fold(by.name)}`))
        ? [{ by, relation: r, cite: r.cite }]
        : [];
    });
}
