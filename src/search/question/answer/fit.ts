/**
 * How rules, flows and texts bear on a question: a rule that applies to a unit type, a flow that
 * makes an assignment, and how well a text's words fit the question's content words.
 */
import { ruleAppliesTo } from '../../../model/queries';
import { fold } from '../../../model/text';
import type { Flow, Rule, UnitType } from '../../../model/types';
import { wordScore } from '../../match';

/** A rule bears on the question's unit type (any rule when the question names none). */
export const appliesTo = (rule: Rule, unit: UnitType | undefined) => !unit || ruleAppliesTo(rule, unit.id);

export const isAssignment = (f: Flow) => f.kind === 'penunjukan' || f.kind === 'pengajuanSukarela';

/** Words of a text (folded), for scoring rules and steps against a question's content words. */
export function overlap(content: readonly string[], text: string): number {
  const words = fold(text).split(' ').filter(Boolean);
  let score = 0;
  for (const c of content) {
    let best = 0;
    for (const w of words) best = Math.max(best, wordScore(c, w));
    score += best;
  }
  return score;
}
