/**
 * The structure of a regulation's plain text, as its drafting conventions mark it: the body
 * (Judul, Menimbang / Mengingat, BAB, Bagian, Pasal, ayat (1), huruf a., angka 1., huruf a),
 * angka 1), ...) and the annexes (LAMPIRAN I, BAB II, II. KEDUDUKAN, A., 2.1., a., 1), (1), ...).
 *
 * Texts extracted from PDFs are irregular (bullets "- ", markdown "#", "**", headings merged
 * with the line before), so a marker only counts as a heading when it continues the list it
 * belongs to (b. after a.), restarts it (a.), or opens a new list: a stray "H. FAUZAN" under a
 * signature is text, not "huruf H". The markers are read in structureMarkers.ts and fitted to
 * the open lists in listFit.ts.
 */
import { splitLines } from './lines';
import { fit } from './listFit';
import {
  clean,
  firstContent,
  isDivision,
  isNextPasal,
  listCandidates,
  romanValue,
  type Candidate,
} from './structureMarkers';

export type NodeKind =
  | 'judul'
  | 'konsiderans'
  | 'penutup'
  | 'lampiran'
  | 'bab'
  | 'bagian'
  | 'paragraf'
  | 'pasal'
  | 'romawi'
  | 'hurufBesar'
  | 'desimal'
  | 'ayat'
  | 'huruf'
  | 'angka'
  | 'hurufKurung'
  | 'angkaKurung'
  | 'hurufDuaKurung'
  | 'angkaDuaKurung';

export interface StructureNode {
  kind: NodeKind;
  /** The marker as written: "12" for Pasal 12, "a" for huruf a, "II" for BAB II, "2.1". */
  value: string;
  /** Heading line (1-based). */
  line: number;
  /** Last line the node covers (inclusive). */
  end: number;
  /** Last non-blank line the node covers. */
  lastContent: number;
  parent: number;
  /** Ordinal among its siblings of the same list (1 = a / 1 / I / A). */
  ordinal: number;
  /** Rest of the heading line, for the outline. */
  title: string;
  inAnnex: boolean;
  /**
   * Ordinal of the sibling a restarted list replaced ("1." after "3."): a later "2." that
   * continues that earlier list is still a heading, not text.
   */
  shadow?: number;
}

export interface Structure {
  nodes: StructureNode[];
  /** Innermost node of each line: `lineNode[n - 1]`, -1 where none. */
  lineNode: Int32Array;
  lineCount: number;
}

/** Parses the text into nodes and the innermost node of every line. */
export function parseStructure(text: string): Structure {
  return parseLines(splitLines(text));
}

export function parseLines(lines: readonly string[]): Structure {
  const nodes: StructureNode[] = [];
  const lineNode = new Int32Array(lines.length).fill(-1);
  const stack: number[] = [];
  let inAnnex = false;
  let lastPasal = 0;
  let seenBody = false;

  const close = (index: number, lastLine: number) => {
    const node = nodes[index]!;
    node.end = Math.max(node.line, lastLine);
  };
  const popWhile = (keep: (node: StructureNode) => boolean, line: number) => {
    while (stack.length > 0 && !keep(nodes[stack.at(-1)!]!)) close(stack.pop()!, line - 1);
  };
  const push = (
    c: Omit<StructureNode, 'end' | 'lastContent' | 'parent' | 'inAnnex' | 'line'>,
    line: number,
  ) => {
    nodes.push({
      ...c,
      line,
      end: line,
      lastContent: line,
      parent: stack.at(-1) ?? -1,
      inAnnex,
    });
    stack.push(nodes.length - 1);
  };

  const tryList = (s: string, line: number): boolean => {
    let best: { c: Candidate; score: number; at: number; replaced?: number } | undefined;
    for (const c of listCandidates(s, inAnnex)) {
      // Ayat are numbered within a Pasal only.
      if (c.kind === 'ayat' && !stack.some((i) => nodes[i]!.kind === 'pasal')) continue;
      const f = fit(c, nodes, stack);
      if (f.score > 0 && (!best || f.score > best.score)) best = { c, ...f };
    }
    if (!best) return false;
    if (best.at >= 0) {
      while (stack.length > best.at) close(stack.pop()!, line - 1);
    }
    push(best.c, line);
    if (best.c.ordinal === 1 && best.replaced !== undefined && best.replaced > 1)
      nodes.at(-1)!.shadow = best.replaced;
    return true;
  };

  lines.forEach((raw, i) => {
    const line = i + 1;
    const s = clean(raw);
    let m: RegExpExecArray | null;
    if (s === '') {
      // blank: belongs to whatever is open
    } else if ((m = /^LAMPI(?:R)?AN(?:\s+([IVXL]+))?(?:\s*[:.]?\s*(?:PERATURAN\b.*)?)?$/.exec(s))) {
      inAnnex = true;
      popWhile(() => false, line);
      push({ kind: 'lampiran', value: m[1] ?? '', ordinal: m[1] ? romanValue(m[1]) : 1, title: '' }, line);
    } else if ((m = /^BAB\s+([IVXL]+)\b\.?\s*(.*)$/.exec(s))) {
      popWhile((n) => n.kind === 'lampiran', line);
      push({ kind: 'bab', value: m[1]!, ordinal: romanValue(m[1]!), title: m[2]! }, line);
      seenBody = true;
    } else if (
      !inAnnex &&
      (m = /^(?:(Bagian|Paragraf)\s+(\S+)(.*?)\s+)?Pasal\s+(\d{1,3}[A-Z]?)$/.exec(s)) &&
      isNextPasal(Number.parseInt(m[4]!, 10), lastPasal)
    ) {
      popWhile((n) => n.kind === 'bab', line);
      if (m[1])
        push(
          { kind: m[1] === 'Bagian' ? 'bagian' : 'paragraf', value: m[2]!, ordinal: 0, title: m[3]!.trim() },
          line,
        );
      lastPasal = Number.parseInt(m[4]!, 10);
      push({ kind: 'pasal', value: m[4]!, ordinal: lastPasal, title: '' }, line);
      seenBody = true;
    } else if (!inAnnex && (m = /^(Bagian|Paragraf)\s+(\S+)\s*(.*)$/.exec(s)) && isDivision(m[1]!, m[2]!)) {
      popWhile((n) => n.kind === 'bab', line);
      push({ kind: m[1] === 'Bagian' ? 'bagian' : 'paragraf', value: m[2]!, ordinal: 0, title: m[3]! }, line);
    } else if (!inAnnex && !seenBody && (m = /^(Menimbang|Mengingat|Memperhatikan)\b[\s:]*(.*)$/.exec(s))) {
      popWhile(() => false, line);
      push({ kind: 'konsiderans', value: m[1]!, ordinal: 0, title: '' }, line);
      if (m[2]) tryList(m[2], line);
    } else if (!inAnnex && /^Ditetapkan di\b/.test(s)) {
      popWhile(() => false, line);
      push({ kind: 'penutup', value: 'Penutup', ordinal: 0, title: s }, line);
    } else if (i === firstContent(lines) && !inAnnex) {
      push({ kind: 'judul', value: 'Judul', ordinal: 0, title: s }, line);
    } else {
      tryList(s, line);
    }
    if (s !== '') for (const index of stack) nodes[index]!.lastContent = line;
    lineNode[i] = stack.at(-1) ?? -1;
  });
  while (stack.length > 0) close(stack.pop()!, lines.length);
  return { nodes, lineNode, lineCount: lines.length };
}

/** Ancestors of a node, root first, the node last. */
export function pathOf(structure: Structure, index: number): number[] {
  const out: number[] = [];
  for (let at = index; at >= 0; at = structure.nodes[at]!.parent) out.unshift(at);
  return out;
}
