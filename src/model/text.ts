/**
 * Text matching for search and pickers: case-, accent- and punctuation-insensitive, typo-tolerant,
 * and aware of the abbreviations and role words Indonesian officials use for their offices.
 *
 * The vocabulary (`text/vocabulary.ts`) is expansion words of the language of Indonesian
 * government, not facts of a region: which unit type an office belongs to is the data's business
 * (`offices`, `perangkatDaerah`).
 */

import { fold } from './fold';
export { fold };
export { expansions, queryExpansions, queryWords, words } from './text/expansions';
export { coverage, matchScore, phraseIn, prepareQuery, scoreWords, type PreparedQuery } from './text/score';
export { editDistance, wordScore } from './text/similarity';
export { ABBREVIATIONS, ROLE_WORDS, STOP_WORDS } from './text/vocabulary';
