/**
 * How a list marker fits the lists open at its line (structure.ts): it continues one (b. after a.),
 * restarts one (a.), opens a new one, or fits none and is text.
 */
import type { NodeKind, StructureNode } from './structure';
import type { Candidate } from './structureMarkers';

const LIST_KINDS: ReadonlySet<NodeKind> = new Set([
  'romawi',
  'hurufBesar',
  'desimal',
  'ayat',
  'huruf',
  'angka',
  'hurufKurung',
  'angkaKurung',
  'hurufDuaKurung',
  'angkaDuaKurung',
]);

const BRACKETED: ReadonlySet<NodeKind> = new Set([
  'hurufKurung',
  'angkaKurung',
  'hurufDuaKurung',
  'angkaDuaKurung',
]);

/** How well a list marker fits the open lists: 2 continues one, 1 restarts or opens one, 0 not at all. */
export function fit(
  c: Candidate,
  nodes: readonly StructureNode[],
  stack: readonly number[],
): { score: number; at: number; replaced?: number } {
  let blocked = false;
  for (let i = stack.length - 1; i >= 0; i--) {
    const node = nodes[stack[i]!]!;
    // A list never continues across a Pasal, BAB or Lampiran heading.
    if (!LIST_KINDS.has(node.kind)) break;
    if (node.kind === c.kind) {
      if (c.kind === 'desimal') {
        const depth = c.value.split('.').length;
        const nodeDepth = node.value.split('.').length;
        if (depth > nodeDepth) return { score: c.ordinal <= 2 ? 1 : 0, at: i + 1 };
        if (depth < nodeDepth) continue;
      }
      if (c.ordinal === node.ordinal + 1) return { score: 2, at: i, replaced: node.ordinal };
      // "1." again right under a "1." that has parts of its own: a list inside it.
      if (c.ordinal === 1 && node.ordinal === 1 && stack.length > i + 1) return { score: 1, at: i + 1 };
      if (c.ordinal === 1 || (c.ordinal > node.ordinal && c.ordinal <= node.ordinal + 3))
        return { score: 1, at: i, replaced: node.ordinal };
      if (c.ordinal === node.ordinal) return { score: 1, at: i, replaced: node.ordinal };
      if (node.shadow !== undefined && c.ordinal === node.shadow + 1)
        return { score: 1, at: i, replaced: node.ordinal };
      // Does not continue this list: perhaps the list it is nested in.
      blocked = true;
    }
  }
  if (blocked) return { score: 0, at: -1 };
  return { score: c.ordinal <= 2 ? 1 : 0, at: openAt(c.kind, nodes, stack) };
}

/** Where a new list opens: a dot list ("a.", "1.") never opens inside a bracketed one ("a)"). */
function openAt(kind: NodeKind, nodes: readonly StructureNode[], stack: readonly number[]): number {
  if (kind !== 'huruf' && kind !== 'angka') return -1;
  let at = stack.length;
  while (at > 0 && BRACKETED.has(nodes[stack[at - 1]!]!.kind)) at--;
  return at === stack.length ? -1 : at;
}
