/**
 * The basis of relations, role claims, steps and branches: a derived item cites its general rule,
 * a supplied one names the silent or interpretation note that explains it, a stated one has no
 * cite of its own.
 */
import type { PathItem } from '../issues';
import type { RegionData } from '../schema';
import type { Report } from './ids';

type Based = { basis?: { kind: string; cite?: unknown; note?: string } | undefined };

/** Every item with a basis, with its JSON path. */
function basedItems(region: RegionData): { item: Based; path: PathItem[] }[] {
  const out: { item: Based; path: PathItem[] }[] = [];
  region.unitTypes.forEach((unit, u) => {
    unit.relations.forEach((rel, r) => out.push({ item: rel, path: ['unitTypes', u, 'relations', r] }));
    unit.positions.forEach((p, i) =>
      p.roles?.forEach((claim, c) =>
        out.push({ item: claim, path: ['unitTypes', u, 'positions', i, 'roles', c] }),
      ),
    );
  });
  region.flows.forEach((flow, f) =>
    flow.steps.forEach((step, s) => {
      out.push({ item: step, path: ['flows', f, 'steps', s] });
      step.decision?.branches.forEach((b, i) =>
        out.push({ item: b, path: ['flows', f, 'steps', s, 'decision', 'branches', i] }),
      );
    }),
  );
  return out;
}

/** derived items cite their general rule; supplied items name the note that explains them. */
export function checkBases(region: RegionData, noteIds: Set<string>, report: Report): void {
  const noteKind = new Map(region.notes.map((n) => [n.id, n.kind]));
  for (const { item, path } of basedItems(region)) {
    const basis = item.basis;
    if (!basis) continue;
    const at = [...path, 'basis'];
    if (basis.note !== undefined && !noteIds.has(basis.note))
      report([...at, 'note'], `catatan "${basis.note}" tidak ada di notes`);
    if (basis.kind === 'derived' && basis.cite === undefined)
      report(at, 'basis "derived" perlu "cite": ketentuan umum yang menjadi dasarnya');
    if (basis.kind === 'supplied') {
      if (basis.note === undefined)
        report(at, 'basis "supplied" perlu "note": catatan silent/interpretation yang menjelaskannya');
      else if (
        noteIds.has(basis.note) &&
        !['silent', 'interpretation'].includes(noteKind.get(basis.note) ?? '')
      )
        report([...at, 'note'], `catatan "${basis.note}" harus berjenis silent atau interpretation`);
    }
    if (basis.kind === 'stated' && basis.cite !== undefined)
      report([...at, 'cite'], 'basis "stated" tidak memakai "cite" sendiri: kutipan butir itulah dasarnya');
  }
}
