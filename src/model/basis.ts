/**
 * How an item stands in the text (`basis`): stated outright, derived from a general rule, or
 * supplied where the text is silent. The viewer marks the last two as "tafsir" with their note.
 */
import type { Citation, FlowStep, Note, Relation, UnitType } from './types';

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

/** A decision branch the text does not define: the data supplies where it goes. */
export function undefinedBranch(branch: { basis?: Basis | undefined }): boolean {
  return branch.basis?.kind === 'supplied';
}

/** What marks a step wherever it is shown: its own reading, and a branch the text leaves open. */
export type StepMark = 'derived' | 'supplied' | 'undefinedBranch';

export function stepMarks(step: FlowStep): StepMark[] {
  const marks: StepMark[] = [];
  if (step.basis && step.basis.kind !== 'stated') marks.push(step.basis.kind);
  if (step.decision?.branches.some(undefinedBranch)) marks.push('undefinedBranch');
  return marks;
}

/** Relations a chart draws hollow, by what they rest on: one general rule, or the data's supplying. */
export interface InferredLines {
  kind: 'derived' | 'supplied';
  /** The general rule (derived). */
  rule: Citation | undefined;
  /** "Kepala → Kelompok" pairs, by the positions' names, once each. */
  pairs: string[];
}

/** The derived and supplied relations of a unit type, grouped by their general rule (for paper). */
export function inferredLines(unit: UnitType, shown: (r: Relation) => boolean = () => true): InferredLines[] {
  const name = (id: string) => unit.positions.find((p) => p.id === id)?.name ?? id;
  const groups = new Map<string, InferredLines>();
  for (const r of unit.relations) {
    const b = r.basis;
    if (!b || b.kind === 'stated' || !shown(r)) continue;
    const key = b.kind === 'derived' ? `derived|${b.cite?.locator ?? ''}` : 'supplied';
    const group = groups.get(key) ?? {
      kind: b.kind,
      rule: b.kind === 'derived' ? b.cite : undefined,
      pairs: [],
    };
    const pair = `${name(r.from)} → ${name(r.to)}`;
    if (!group.pairs.includes(pair)) group.pairs.push(pair);
    groups.set(key, group);
  }
  return [...groups.values()];
}
