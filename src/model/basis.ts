/**
 * How an item stands in the text (`basis`): stated outright, derived from a general rule, or
 * supplied where the text is silent. The viewer marks the last two as "tafsir" with their note.
 */
import type { Citation, FlowStep, Note } from './types';

export type Basis = NonNullable<FlowStep['basis']>;

export interface Reading {
  kind: 'derived' | 'supplied';
  /** The note that explains the reading, when the data names one. */
  note: Note | undefined;
  /** The general rule a derived item is read from. */
  rule: Citation | undefined;
}

/** The reading to mark, or nothing for a stated item. */
export function reading(basis: Basis | undefined, notes: readonly Note[]): Reading | undefined {
  if (!basis || basis.kind === 'stated') return undefined;
  return {
    kind: basis.kind,
    note: basis.note === undefined ? undefined : notes.find((n) => n.id === basis.note),
    rule: basis.cite,
  };
}

/** The first words of a note, cut at a word, for the mark's one-line summary. */
export function shortText(text: string, max = 80): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[,;:.\s]+$/, '')}…`;
}
