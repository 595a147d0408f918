/**
 * The notes on the text that touch an answer: conflicts (two places disagree), silences (the
 * text does not say) and interpretations (where the data had to read the text), found by the
 * ids in their `about` (a unit type, flow, rule or form id; "unit/position", "unit/relation",
 * "flow/step").
 */
import { relationKey } from '../data/crossCheck';
import type { Citation, Note, Region, Relation, UnitType } from './types';

export type AnswerNoteKind = 'conflict' | 'silent' | 'interpretation';
const SHOWN: ReadonlySet<Note['kind']> = new Set<Note['kind']>(['conflict', 'silent', 'interpretation']);

/** Conflicts first: they change what an answer can say. */
const ORDER: Record<string, number> = { conflict: 0, silent: 1, interpretation: 2 };

/**
 * Notes whose `about` holds one of `ids`; an id `note:<id>` names a note outright (the note an
 * item's `basis` points to).
 */
export function notesAbout(region: Region, ids: Iterable<string>): Note[] {
  const wanted = new Set(ids);
  return region.notes
    .filter(
      (n) => SHOWN.has(n.kind) && (wanted.has(`note:${n.id}`) || (n.about ?? []).some((a) => wanted.has(a))),
    )
    .sort((a, b) => (ORDER[a.kind] ?? 9) - (ORDER[b.kind] ?? 9));
}

/** The ids a relation of a unit type goes by in notes (its key), and the note its basis names. */
export function relationRefs(unit: UnitType, relation: Relation): string[] {
  const refs = [`${unit.id}/${relationKey(relation)}`];
  if (relation.basis?.note) refs.push(`note:${relation.basis.note}`);
  return refs;
}

/** The `about` ids of a position: itself, and the kelompok it belongs to. */
export function positionRefs(unit: UnitType, positionId: string): string[] {
  const p = unit.positions.find((x) => x.id === positionId);
  return [unit.id, `${unit.id}/${positionId}`, ...(p?.group ? [`${unit.id}/${p.group}`] : [])];
}

/** One place a note is about, with its citation: the readings a conflict note sets side by side. */
export interface NoteReading {
  label: string;
  cite: Citation;
}

/** The cited items a note is about (unit types, positions, relations, flows, steps, rules, forms). */
export function noteReadings(region: Region, note: Note): NoteReading[] {
  const out: NoteReading[] = [];
  for (const ref of note.about ?? []) {
    if (ref === 'regulation') {
      out.push({ label: region.regulation.title, cite: region.regulation.cite });
      continue;
    }
    const [head, tail] = ref.split('/', 2) as [string, string | undefined];
    const unit = region.unitTypes.find((u) => u.id === head);
    const flow = region.flows.find((f) => f.id === head);
    if (unit && tail === undefined) out.push({ label: unit.name, cite: unit.cite });
    else if (unit && tail !== undefined) {
      const p = unit.positions.find((x) => x.id === tail);
      const rel = unit.relations.find((r) => relationKey(r) === tail);
      if (p) out.push({ label: `${p.name} · ${unit.name}`, cite: p.cite });
      else if (rel) {
        const name = (id: string) => unit.positions.find((x) => x.id === id)?.name ?? id;
        out.push({ label: `${name(rel.from)} → ${name(rel.to)} · ${unit.name}`, cite: rel.cite });
      }
    } else if (flow) {
      const step = tail === undefined ? undefined : flow.steps.find((s) => s.id === tail);
      out.push(
        step
          ? { label: `${flow.name}: ${step.plain?.id ?? step.action}`, cite: step.cite }
          : { label: flow.name, cite: flow.cite },
      );
    } else {
      const rule = region.rules.find((r) => r.id === ref);
      const form = region.forms.find((f) => f.id === ref);
      if (rule) out.push({ label: rule.text, cite: rule.cite });
      else if (form) out.push({ label: form.title, cite: form.cite });
    }
  }
  return out;
}
