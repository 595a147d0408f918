/**
 * The words of the questions officials ask, in Indonesian and English: what is asked (who
 * appraises, who issues the letter, what comes next, a deadline, a term), and the scope, variant,
 * category and jenjang a question names. Words of the language of the work system, not facts of
 * a region: which position answers is the data's business.
 */
export { INTENT_CUES, type Intent, type RelationAsked } from './lexicon/intents';
export {
  CATEGORY_CUES,
  JENJANG_CUES,
  SCOPE_CUES,
  VARIANT_CUES,
  type Category,
  type Jenjang,
} from './lexicon/qualifiers';
export { ENGLISH_WORDS, FILLER, QUESTION_WORDS } from './lexicon/words';
