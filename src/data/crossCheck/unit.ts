/**
 * Checks within one unit type: unique position ids, a head and groups that exist, no cycle of
 * kedudukan or pertanggungjawaban, and relations between existing positions, each said once.
 */
import { relationKey } from '../../model/flowGraph';
import type { PathItem } from '../issues';
import type { RegionData } from '../schema';
import { uniqueIds } from './ids';

type UnitType = RegionData['unitTypes'][number];

/** Positions, groups and relations of `unit` (at `path`). */
export function checkUnit(
  unit: UnitType,
  path: PathItem[],
  report: (path: PathItem[], message: string) => void,
): void {
  const positions = new Map(unit.positions.map((p) => [p.id, p]));
  uniqueIds(unit.positions, [...path, 'positions'], 'jabatan', report);
  if (!positions.has(unit.head))
    report([...path, 'head'], `jabatan pimpinan "${unit.head}" tidak ada di positions`);
  unit.positions.forEach((p, i) => {
    if (p.group === undefined) return;
    const group = positions.get(p.group);
    if (!group) report([...path, 'positions', i, 'group'], `kelompok "${p.group}" tidak ada di positions`);
    else if (group.category !== 'kelompok')
      report([...path, 'positions', i, 'group'], `"${p.group}" bukan jabatan berkategori kelompok`);
    else if (p.group === p.id)
      report([...path, 'positions', i, 'group'], 'jabatan tidak boleh menjadi kelompok bagi dirinya sendiri');
  });
  for (const kind of ['kedudukan', 'pertanggungjawaban'] as const) {
    const cycle = findCycle(unit.relations.map((rel, r) => ({ rel, r })).filter((x) => x.rel.kind === kind));
    if (cycle) report([...path, 'relations', cycle.index], `${kind} melingkar: ${cycle.ids.join(' → ')}`);
  }
  const relationKeys = new Set<string>();
  unit.relations.forEach((rel, r) => {
    const at = [...path, 'relations', r];
    if (!positions.has(rel.from)) report([...at, 'from'], `jabatan "${rel.from}" tidak ada di positions`);
    if (!positions.has(rel.to)) report([...at, 'to'], `jabatan "${rel.to}" tidak ada di positions`);
    if (rel.from === rel.to) report(at, 'relasi dari jabatan ke dirinya sendiri');
    if (rel.kind === 'koordinasi' && rel.as === undefined)
      report([...at, 'as'], 'relasi koordinasi perlu "as" (ketuaTim, pengendali atau pelaksanaKoordinasi)');
    if (rel.kind !== 'koordinasi' && rel.as !== undefined)
      report([...at, 'as'], '"as" hanya untuk relasi koordinasi');
    const key = relationKey(rel);
    if (relationKeys.has(key)) report(at, `relasi "${key}" dipakai lebih dari sekali`);
    relationKeys.add(key);
  });
}

/** A cycle among upward relations (a position placed, through others, under itself). */
function findCycle(
  edges: { rel: { from: string; to: string }; r: number }[],
): { ids: string[]; index: number } | undefined {
  const out = new Map<string, { to: string; r: number }[]>();
  for (const { rel, r } of edges) out.set(rel.from, [...(out.get(rel.from) ?? []), { to: rel.to, r }]);
  const state = new Map<string, 'open' | 'done'>();
  // Depth-first, with an explicit stack: a chain of any length cannot overflow the call stack.
  for (const start of out.keys()) {
    if (state.has(start)) continue;
    const path: { id: string; r: number; next: number }[] = [{ id: start, r: -1, next: 0 }];
    state.set(start, 'open');
    while (path.length > 0) {
      const top = path[path.length - 1] as { id: string; r: number; next: number };
      const edge = (out.get(top.id) ?? [])[top.next++];
      if (edge === undefined) {
        state.set(top.id, 'done');
        path.pop();
        continue;
      }
      if (state.get(edge.to) === 'open') {
        const from = path.findIndex((s) => s.id === edge.to);
        const ids = [edge.to, ...path.slice(from + 1).map((s) => s.id), edge.to];
        return { ids: ids.length > 2 ? ids : [edge.to, edge.to], index: edge.r };
      }
      if (!state.has(edge.to)) {
        state.set(edge.to, 'open');
        path.push({ id: edge.to, r: edge.r, next: 0 });
      }
    }
  }
  return undefined;
}
