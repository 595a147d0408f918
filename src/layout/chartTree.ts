/**
 * The tree a chart hangs its boxes on (chartModel.ts): the placement tree over the boxes shown,
 * and the `inferred` edges "menurut susunan" that join each part of the chart no relation joins to
 * the head's part.
 */
import { placement } from '../model/hierarchy';
import type { UnitType } from '../model/types';
import type { ModelEdge, ModelNode } from './chartModel';

/** The placement tree over the boxes shown (a collapsed member's superior is its group's). */
export function shownTree(
  unit: UnitType,
  nodes: ModelNode[],
  shown: (id: string) => string,
): Map<string, string> {
  const place = placement(unit);
  const ids = new Set(nodes.map((n) => n.id));
  const tree = new Map<string, string>();
  for (const n of nodes) {
    if (n.parent) {
      tree.set(n.id, n.parent);
      continue;
    }
    let up = place.get(n.id);
    const seen = new Set<string>();
    while (up !== undefined && !seen.has(up) && (!ids.has(shown(up)) || shown(up) === n.id)) {
      seen.add(up);
      up = place.get(up);
    }
    if (up !== undefined && ids.has(shown(up)) && shown(up) !== n.id) tree.set(n.id, shown(up));
  }
  return tree;
}

/**
 * Boxes in a part of the chart no edge joins to the head's part: each top of such a part is
 * joined to the head "menurut susunan" (the placement already hangs it there).
 */
export function inferredEdges(
  head: string,
  nodes: ModelNode[],
  edges: ModelEdge[],
  tree: Map<string, string>,
): ModelEdge[] {
  const root = new Map(nodes.map((n) => [n.id, n.id]));
  const find = (id: string): string => {
    let at = id;
    while (root.get(at) !== at) at = root.get(at) ?? at;
    root.set(id, at);
    return at;
  };
  const join = (a: string, b: string) => {
    if (root.has(a) && root.has(b)) root.set(find(a), find(b));
  };
  for (const e of edges) join(e.from, e.to);
  for (const n of nodes) if (n.parent) join(n.id, n.parent);
  if (!root.has(head)) return [];
  const out: ModelEdge[] = [];
  for (const n of nodes) {
    if (n.id === head || n.parent || tree.get(n.id) !== head || find(n.id) === find(head)) continue;
    out.push({
      id: `susunan:${n.id}->${head}`,
      kind: 'kedudukan',
      from: n.id,
      to: head,
      relations: [],
      basis: 'inferred',
    });
  }
  // Joined one at a time: a second top of the same part is already joined through the first.
  return out.filter((e) => {
    if (find(e.from) === find(head)) return false;
    join(e.from, head);
    return true;
  });
}
