/**
 * The outline tree of a unit type: each position under the superior it is placed under.
 * Placement is read from the data in order of what the law says most directly:
 * kedudukan, then the Pejabat Penilai Kinerja, then the Pimpinan Unit Organisasi; members of a
 * kelompok sit inside their group. Whatever is still unplaced hangs from the head.
 *
 * Built once per unit type (`hierarchyOf`) and handed out with its walks, as d3-hierarchy does:
 * every walk is a loop over a tree that is acyclic by construction, so no caller needs a cycle
 * guard and no depth of data can overflow the stack.
 */
import type { Position, Relation, UnitType } from './types';

export interface PositionNode {
  position: Position;
  children: PositionNode[];
  parent: PositionNode | undefined;
  /** 0 for a root. */
  depth: number;
}

/** A node of the outline in reading order, with its place among its siblings. */
export interface OutlineRow {
  node: PositionNode;
  /** 1-based position among its siblings, and how many siblings there are. */
  index: number;
  siblings: number;
}

export class UnitHierarchy {
  /** The superior each position is drawn under (absent for a root). */
  readonly parent: ReadonlyMap<string, string>;
  /** Top-level nodes: the head first, then unplaced positions in data order. */
  readonly roots: PositionNode[];
  /** Number of levels (1 for a unit of one position). */
  readonly height: number;
  private readonly nodes: ReadonlyMap<string, PositionNode>;

  constructor(unit: UnitType) {
    this.parent = placement(unit);
    const nodes = new Map<string, PositionNode>();
    for (const p of unit.positions)
      if (!nodes.has(p.id)) nodes.set(p.id, { position: p, children: [], parent: undefined, depth: 0 });
    const roots: PositionNode[] = [];
    for (const node of nodes.values()) {
      const sup = this.parent.get(node.position.id);
      const supNode = sup === undefined ? undefined : nodes.get(sup);
      if (supNode) {
        node.parent = supNode;
        supNode.children.push(node);
      } else roots.push(node);
    }
    roots.sort((a, b) => Number(b.position.id === unit.head) - Number(a.position.id === unit.head));
    this.roots = roots;
    this.nodes = nodes;
    let height = 0;
    for (const node of this.descendants()) {
      node.depth = node.parent ? node.parent.depth + 1 : 0;
      height = Math.max(height, node.depth + 1);
    }
    this.height = height;
  }

  node(id: string): PositionNode | undefined {
    return this.nodes.get(id);
  }

  /** The position and its superiors up to the top of its tree (the position itself first). */
  ancestors(id: string): string[] {
    const chain: string[] = [];
    for (let at = this.nodes.get(id); at; at = at.parent) chain.push(at.position.id);
    return chain.length > 0 ? chain : [id];
  }

  /** Every node, parents before children, in reading order (pre-order, iterative). */
  descendants(): PositionNode[] {
    return this.rows().map((r) => r.node);
  }

  /** The outline in reading order, each row with its depth and place among its siblings. */
  rows(): OutlineRow[] {
    const out: OutlineRow[] = [];
    const stack: OutlineRow[] = this.roots
      .map((node, i) => ({ node, index: i + 1, siblings: this.roots.length }))
      .reverse();
    while (stack.length > 0) {
      const row = stack.pop() as OutlineRow;
      out.push(row);
      const kids = row.node.children;
      for (let i = kids.length - 1; i >= 0; i--)
        stack.push({ node: kids[i] as PositionNode, index: i + 1, siblings: kids.length });
    }
    return out;
  }
}

const built = new WeakMap<UnitType, UnitHierarchy>();

/** The hierarchy of a unit type, built once per unit type object. */
export function hierarchyOf(unit: UnitType): UnitHierarchy {
  let h = built.get(unit);
  if (!h) {
    h = new UnitHierarchy(unit);
    built.set(unit, h);
  }
  return h;
}

/** The superior each position is drawn under, or undefined for the head. */
export function placement(unit: UnitType): Map<string, string> {
  const ids = new Set(unit.positions.map((p) => p.id));
  const parent = new Map<string, string>();
  const trees = new Forest();
  const place = (child: string, sup: string) => {
    parent.set(child, sup);
    trees.join(child, sup);
  };
  const upward = (rel: Relation): [string, string] | undefined => {
    if (rel.kind === 'kedudukan') return [rel.from, rel.to];
    if (rel.kind === 'penilaianKinerja' || rel.kind === 'pimpinanUnit') return [rel.to, rel.from];
    return undefined;
  };
  const order: Relation['kind'][] = ['kedudukan', 'penilaianKinerja', 'pimpinanUnit'];
  for (const p of unit.positions)
    if (p.group && ids.has(p.group) && !parent.has(p.id) && trees.root(p.group) !== p.id)
      place(p.id, p.group);
  for (const kind of order) {
    for (const rel of unit.relations) {
      if (rel.kind !== kind) continue;
      const edge = upward(rel);
      if (!edge) continue;
      const [child, sup] = edge;
      // child has no superior yet, so it is the top of its own tree: placing it under sup
      // closes a cycle exactly when sup's tree has child at its top.
      if (child === unit.head || parent.has(child) || !ids.has(sup) || trees.root(sup) === child) continue;
      place(child, sup);
    }
  }
  for (const p of unit.positions) {
    if (p.id !== unit.head && !parent.has(p.id) && ids.has(unit.head) && trees.root(unit.head) !== p.id)
      place(p.id, unit.head);
  }
  return parent;
}

/**
 * The tops of the trees placed so far, as a union-find with path halving: near-constant time per
 * question however deep the data, where walking up to check for a cycle would be quadratic.
 */
class Forest {
  private readonly up = new Map<string, string>();
  private readonly top = new Map<string, string>();

  private find(id: string): string {
    let at = id;
    for (let next = this.up.get(at); next !== undefined && next !== at; next = this.up.get(at)) {
      const grand = this.up.get(next);
      if (grand !== undefined) this.up.set(at, grand);
      at = next;
    }
    return at;
  }

  /** The top of the tree `id` is in. */
  root(id: string): string {
    return this.top.get(this.find(id)) ?? id;
  }

  /** `child` (the top of its tree) is placed under `sup`. */
  join(child: string, sup: string): void {
    const top = this.root(sup);
    const a = this.find(child);
    const b = this.find(sup);
    this.up.set(a, b);
    this.top.set(b, top);
  }
}

export function outlineTree(unit: UnitType): PositionNode[] {
  return hierarchyOf(unit).roots;
}

/** Chain from a position up to the top of its tree (the position itself first). */
export function chainUp(unit: UnitType, positionId: string): string[] {
  return hierarchyOf(unit).ancestors(positionId);
}
