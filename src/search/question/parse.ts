/**
 * Reads a question typed in the search box: what is asked (intent), and the region, scope,
 * variant, category and jenjang it names, with the words left over for finding the unit type,
 * the position, the flow step or the rule. Rule-based, typo-tolerant, Indonesian and English.
 * The unit type and position are found against a region's data (`subject.ts`).
 */
import type { Scope } from '../../model/myPosition';
import { editDistance } from '../../model/text';
import { tokens } from '../match';
import { splitRegions } from '../regionNames';
import {
  CATEGORY_CUES,
  ENGLISH_WORDS,
  FILLER,
  INTENT_CUES,
  JENJANG_CUES,
  QUESTION_WORDS,
  SCOPE_CUES,
  VARIANT_CUES,
  type Category,
  type Intent,
  type Jenjang,
} from './lexicon';

const TYPE_WORDS: ReadonlySet<string> = new Set(['tipe', 'type', 'kelas', 'class']);

export interface Frame {
  intent: Intent;
  /** Regions the question names (ids). */
  regions: string[];
  scope?: Scope;
  variant?: 'individu' | 'tim';
  categories: Category[];
  jenjang: Jenjang[];
  /** Words left for the unit type and position (cue words, region names and fillers taken out). */
  rest: string[];
  /** Words left for a rule or a flow step (only the intent's cue and fillers taken out). */
  content: string[];
  /** The question has a question word (siapa, who, ...) or says "saya" / "my". */
  asked: boolean;
  english: boolean;
}

/** A typed word standing for a cue word: equal, or one typo in a word of six letters or more. */
export function near(typed: string, word: string): boolean {
  if (typed === word) return true;
  if (word.length < 6 || typed[0] !== word[0]) return false;
  // Two typos only in a long word of about the same length ("pelaksanaan" is not "pelaksana").
  const allowed = word.length >= 9 && Math.abs(typed.length - word.length) <= 1 ? 2 : 1;
  return editDistance(typed, word, allowed) <= allowed;
}

/** Where a phrase stands in the words (its positions), avoiding positions already taken. */
function find(
  words: readonly string[],
  phrase: readonly string[],
  taken: ReadonlySet<number>,
): number[] | undefined {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    let ok = true;
    for (let k = 0; k < phrase.length; k++) {
      if (taken.has(i + k) || !near(words[i + k]!, phrase[k]!)) {
        ok = false;
        break;
      }
    }
    if (ok) return phrase.map((_, k) => i + k);
  }
  return undefined;
}

function firstCue<T>(
  words: readonly string[],
  groups: readonly { phrases: readonly (readonly string[])[] }[],
  taken: ReadonlySet<number>,
  pick: (g: (typeof groups)[number]) => T,
): { value: T; at: number[] } | undefined {
  for (const g of groups)
    for (const phrase of g.phrases) {
      const at = find(words, phrase, taken);
      if (at) return { value: pick(g), at };
    }
  return undefined;
}

/** Every cue of the groups that stands in the words (a question may name two categories). */
function allCues<T>(
  words: readonly string[],
  groups: readonly { phrases: readonly (readonly string[])[] }[],
  taken: Set<number>,
  pick: (g: (typeof groups)[number]) => T,
): T[] {
  const out: T[] = [];
  for (const g of groups)
    for (const phrase of g.phrases) {
      const at = find(words, phrase, taken);
      if (!at) continue;
      out.push(pick(g));
      for (const i of at) taken.add(i);
      break;
    }
  return out;
}

/**
 * The question's frame, or undefined when the text asks nothing the data answers (plain search
 * words, or role words without a question: "penilai kinerja" is a search, not a question).
 */
export function parseQuestion(
  query: string,
  regions: readonly { id: string; name: string }[],
): Frame | undefined {
  const all = tokens(query);
  if (all.length === 0) return undefined;
  const { named, rest: withoutRegions } = splitRegions(regions, all);
  const words = withoutRegions;
  const taken = new Set<number>();
  const intentCue = firstCue(words, INTENT_CUES, taken, (g) => (g as (typeof INTENT_CUES)[number]).intent);
  if (!intentCue) return undefined;
  const intent = intentCue.value;
  for (const i of intentCue.at) taken.add(i);
  const afterIntent = new Set(taken);

  const scopeCue = firstCue(words, SCOPE_CUES, taken, (g) => (g as (typeof SCOPE_CUES)[number]).scope);
  if (scopeCue) for (const i of scopeCue.at) taken.add(i);
  const variantCue = firstCue(
    words,
    VARIANT_CUES,
    new Set(taken),
    (g) => (g as (typeof VARIANT_CUES)[number]).variant,
  );
  const categories = allCues(
    words,
    CATEGORY_CUES,
    taken,
    (g) => (g as (typeof CATEGORY_CUES)[number]).category,
  );
  const jenjang = allCues(
    words,
    JENJANG_CUES,
    taken,
    (g) => (g as (typeof JENJANG_CUES)[number]).jenjang,
  ).flat();

  const asked = all.some((w) => QUESTION_WORDS.has(w));
  // "Tipe A", "Kelas C": the letter after them names a unit type, it is no English article.
  const kept = (w: string, i: number) => !FILLER.has(w) || TYPE_WORDS.has(words[i - 1] ?? '');
  const rest = words.filter((w, i) => !taken.has(i) && kept(w, i));
  const content = words.filter((w, i) => !afterIntent.has(i) && kept(w, i));
  // Role words alone ("penilai kinerja") are a search; a question asks, or names whose answer it wants.
  if (
    intent.kind === 'relation' &&
    !asked &&
    categories.length === 0 &&
    jenjang.length === 0 &&
    rest.length === 0
  )
    return undefined;
  return {
    intent,
    regions: named.map((r) => r.id),
    ...(scopeCue ? { scope: scopeCue.value } : {}),
    ...(variantCue ? { variant: variantCue.value } : {}),
    categories: [...new Set(categories)],
    jenjang: [...new Set(jenjang)],
    rest,
    content,
    asked,
    english: all.some((w) => ENGLISH_WORDS.has(w)),
  };
}
