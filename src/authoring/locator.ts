/**
 * The regulation's own address of a line range ("Pasal 12 ayat (2)", "Lampiran II huruf a
 * angka 1"), proposed from the recognised structure. In the body the Pasal is the root of an
 * address (Pasal numbers run through the whole body; BAB and Bagian are not cited); in an annex
 * the Lampiran, its BAB and its sections are.
 */
import { pathOf, type Structure, type StructureNode } from './structure';

/** How one node reads in an address. */
export function nodeLabel(node: StructureNode, parent: StructureNode | undefined): string {
  switch (node.kind) {
    case 'judul':
      return 'Judul';
    case 'konsiderans':
      return node.value;
    case 'penutup':
      return 'Penutup';
    case 'lampiran':
      return node.value ? `Lampiran ${node.value}` : 'Lampiran';
    case 'bab':
      return `BAB ${node.value}`;
    case 'bagian':
      return `Bagian ${node.value}`;
    case 'paragraf':
      return `Paragraf ${node.value}`;
    case 'pasal':
      return `Pasal ${node.value}`;
    case 'romawi':
      // "II. KEDUDUKAN" right under an unnumbered LAMPIRAN is cited as "Lampiran II".
      return parent?.kind === 'lampiran' && parent.value === '' ? node.value : `angka ${node.value}`;
    case 'hurufBesar':
    case 'huruf':
      return `huruf ${node.value}`;
    case 'desimal':
      return `angka ${node.value}`;
    case 'ayat':
      return `ayat (${node.value})`;
    case 'angka':
      return `angka ${node.value}`;
    case 'hurufKurung':
    case 'angkaKurung':
      return `${node.kind === 'hurufKurung' ? 'huruf' : 'angka'} ${node.value})`;
    case 'hurufDuaKurung':
    case 'angkaDuaKurung':
      return `${node.kind === 'hurufDuaKurung' ? 'huruf' : 'angka'} (${node.value})`;
  }
}

/** Whether a node is part of an address (BAB, Bagian and Paragraf of the body are not). */
function cited(node: StructureNode): boolean {
  if (node.inAnnex) return true;
  return node.kind !== 'bab' && node.kind !== 'bagian' && node.kind !== 'paragraf';
}

/** The address of one node. */
export function nodeLocator(structure: Structure, index: number): string {
  const path = pathOf(structure, index).map((i) => structure.nodes[i]!);
  return (
    path
      .filter(cited)
      // "3.1.1" says it lies in 3.1: the address names the deepest decimal only.
      .filter(
        (node, i, all) => node.kind !== 'desimal' || !all.slice(i + 1).some((n) => n.kind === 'desimal'),
      )
      .map((node) => nodeLabel(node, structure.nodes[node.parent]))
      .join(' ')
  );
}

/**
 * The address of lines [from, to]. One node: its address. Several siblings: "Pasal 13 ayat (3)
 * dan ayat (4)" or "... sampai dengan ..."; a range that covers all of a node's parts: the node.
 * Empty when the lines lie outside any recognised structure.
 */
export function proposeLocator(structure: Structure, from: number, to: number): string {
  const a = structure.lineNode[from - 1] ?? -1;
  const b = structure.lineNode[Math.max(from, to) - 1] ?? -1;
  if (a < 0 && b < 0) return '';
  if (a < 0) return nodeLocator(structure, b);
  if (b < 0 || a === b) return nodeLocator(structure, a);
  // Starting on an uncited heading (a Bagian's title line): the address of where it ends.
  if (nodeLocator(structure, a) === '') return nodeLocator(structure, b);
  const pa = pathOf(structure, a);
  const pb = pathOf(structure, b);
  let common = 0;
  while (common < pa.length && common < pb.length && pa[common] === pb[common]) common++;
  const lca = common > 0 ? pa[common - 1]! : -1;
  if (lca === a) return nodeLocator(structure, a);
  const ca = pa[common];
  const cb = pb[common];
  if (ca === undefined || cb === undefined) return lca >= 0 ? nodeLocator(structure, lca) : '';
  const siblings = structure.nodes
    .map((n, i) => ({ n, i }))
    .filter(({ n }) => n.parent === lca)
    .map(({ i }) => i);
  const ia = siblings.indexOf(ca);
  const ib = siblings.indexOf(cb);
  if (lca >= 0) {
    const parent = structure.nodes[lca]!;
    const coversAll =
      ia === 0 && ib === siblings.length - 1 && to >= parent.lastContent && from <= structure.nodes[ca]!.line;
    if (coversAll && cited(parent)) return nodeLocator(structure, lca);
  }
  const nodeA = structure.nodes[ca]!;
  const nodeB = structure.nodes[cb]!;
  // Across a BAB of the body, or into a restarted list: the address where the range starts.
  if (!cited(nodeA) || !cited(nodeB)) return nodeLocator(structure, a);
  if (nodeA.kind !== nodeB.kind || nodeB.ordinal <= nodeA.ordinal)
    return lca >= 0 && cited(structure.nodes[lca]!) ? nodeLocator(structure, lca) : nodeLocator(structure, a);
  const prefix = lca >= 0 ? nodeLocator(structure, lca) : '';
  const parent = lca >= 0 ? structure.nodes[lca] : undefined;
  const joiner = ib === ia + 1 ? 'dan' : 'sampai dengan';
  return [prefix, nodeLabel(nodeA, parent), joiner, nodeLabel(nodeB, parent)].filter(Boolean).join(' ');
}
