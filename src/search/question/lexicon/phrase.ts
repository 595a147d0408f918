/**
 * A cue phrase of the question lexicon: its words in order, each folded, written as one string
 * of words split on spaces.
 */

/** A phrase: its words in order (each folded). */
export type Phrase = readonly string[];
export const p = (text: string): Phrase => text.split(' ');
