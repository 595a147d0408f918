import type { RegionData } from '../../../src/data/schema';

type Cite = { lines: [number, number] };
type Based = { cite?: Cite | undefined; basis?: { kind: string; cite?: Cite; note?: string } | undefined };

/**
 * Every relation, role claim, step and decision branch of a region either is stated with its own
 * citation, or derived with both its own citation (the passage that picks the pair) and the
 * general rule's (a different passage), or supplied with a silent / interpretation note. Returns
 * one line per item that is none of these.
 */
export function basisProblems(r: RegionData): string[] {
  const noteKind = new Map(r.notes.map((n) => [n.id, n.kind]));
  const items: [string, Based][] = [];
  for (const u of r.unitTypes) {
    for (const x of u.relations) items.push([`${u.id}/${x.kind}:${x.from}->${x.to}`, x]);
    for (const p of u.positions) for (const c of p.roles ?? []) items.push([`${u.id}/${p.id}/${c.role}`, c]);
  }
  for (const f of r.flows)
    for (const s of f.steps) {
      items.push([`${f.id}/${s.id}`, s]);
      for (const b of s.decision?.branches ?? []) items.push([`${f.id}/${s.id}/${b.event}`, b]);
    }
  const problems: string[] = [];
  for (const [where, item] of items) {
    const kind = item.basis?.kind ?? 'stated';
    if (kind === 'stated' && !item.cite) problems.push(`${where}: stated without its own cite`);
    if (kind === 'derived') {
      const own = item.cite?.lines.join('-');
      const general = item.basis?.cite?.lines.join('-');
      if (!own || !general || own === general)
        problems.push(`${where}: derived needs its own passage and a different general rule`);
    }
    if (kind === 'supplied') {
      const note = noteKind.get(item.basis?.note ?? '');
      if (note !== 'silent' && note !== 'interpretation')
        problems.push(`${where}: supplied without a silent or interpretation note`);
    }
  }
  return problems;
}
