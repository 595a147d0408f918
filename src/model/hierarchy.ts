/**
 * The outline tree of a unit type: each position under the superior it is placed under.
 * Placement is read from the data in order of what the law says most directly:
 * kedudukan, then the Pejabat Penilai Kinerja, then the Pimpinan Unit Organisasi; members of a
 * kelompok sit inside their group. Whatever is still unplaced hangs from the head.
 */
import type { Position, Relation, UnitType } from './types';

export interface PositionNode {
  position: Position;
  children: PositionNode[];
}

/** The superior each position is drawn under, or undefined for the head. */
export function placement(unit: UnitType): Map<string, string> {
  const ids = new Set(unit.positions.map((p) => p.id));
  const parent = new Map<string, string>();
  const upward = (rel: Relation): [string, string] | undefined => {
    if (rel.kind === 'kedudukan') return [rel.from, rel.to];
    if (rel.kind === 'penilaianKinerja' || rel.kind === 'pimpinanUnit') return [rel.to, rel.from];
    return undefined;
  };
  const order: Relation['kind'][] = ['kedudukan', 'penilaianKinerja', 'pimpinanUnit'];
  for (const p of unit.positions) if (p.group && ids.has(p.group)) parent.set(p.id, p.group);
  for (const kind of order) {
    for (const rel of unit.relations) {
      if (rel.kind !== kind) continue;
      const edge = upward(rel);
      if (!edge) continue;
      const [child, sup] = edge;
      if (child === unit.head || parent.has(child) || !ids.has(sup) || createsCycle(parent, child, sup))
        continue;
      parent.set(child, sup);
    }
  }
  for (const p of unit.positions) {
    if (p.id !== unit.head && !parent.has(p.id) && ids.has(unit.head)) parent.set(p.id, unit.head);
  }
  return parent;
}

function createsCycle(parent: Map<string, string>, child: string, sup: string): boolean {
  let at: string | undefined = sup;
  const seen = new Set<string>();
  while (at !== undefined && !seen.has(at)) {
    if (at === child) return true;
    seen.add(at);
    at = parent.get(at);
  }
  return false;
}

export function outlineTree(unit: UnitType): PositionNode[] {
  const parent = placement(unit);
  const nodes = new Map(unit.positions.map((p) => [p.id, { position: p, children: [] as PositionNode[] }]));
  const roots: PositionNode[] = [];
  for (const p of unit.positions) {
    const node = nodes.get(p.id) as PositionNode;
    const sup = parent.get(p.id);
    const supNode = sup === undefined ? undefined : nodes.get(sup);
    if (supNode) supNode.children.push(node);
    else roots.push(node);
  }
  // The head first, then positions in data order.
  roots.sort((a, b) => Number(b.position.id === unit.head) - Number(a.position.id === unit.head));
  return roots;
}

/** Chain from a position up to the top of its tree (the position itself first). */
export function chainUp(unit: UnitType, positionId: string): string[] {
  const parent = placement(unit);
  const chain: string[] = [];
  let at: string | undefined = positionId;
  while (at !== undefined && !chain.includes(at)) {
    chain.push(at);
    at = parent.get(at);
  }
  return chain;
}
