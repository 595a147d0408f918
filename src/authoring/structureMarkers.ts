/**
 * The markers a line of a regulation's text may start with (structure.ts): a line cleaned of what
 * PDF extraction leaves, the list markers it may open with (romawi, huruf, angka, desimal, ayat and
 * their bracketed forms) and the tests for a Pasal that follows the last one, a Bagian or Paragraf
 * heading, and the title's line.
 */
import type { NodeKind } from './structure';

const ORDINAL_WORDS = [
  'kesatu',
  'pertama',
  'kedua',
  'ketiga',
  'keempat',
  'kelima',
  'keenam',
  'ketujuh',
  'kedelapan',
  'kesembilan',
  'kesepuluh',
];

export function romanValue(roman: string): number {
  const values = new Map([
    ['I', 1],
    ['V', 5],
    ['X', 10],
    ['L', 50],
    ['C', 100],
  ]);
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = values.get(roman[i]!) ?? 0;
    const next = values.get(roman[i + 1] ?? '') ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const letterValue = (c: string): number => c.toLowerCase().charCodeAt(0) - 96;

/** Leading bullets, markdown headings and emphasis that PDF extraction leaves. */
export function clean(line: string): string {
  let s = line.trim();
  for (let i = 0; i < 4; i++) {
    const next = s.replace(/^(?:[-•–]\s+|#+\s*|\*+\s*)/, '');
    if (next === s) break;
    s = next;
  }
  return s.replace(/\*+/g, '').trimEnd();
}

export interface Candidate {
  kind: NodeKind;
  value: string;
  ordinal: number;
  title: string;
}

/** The list markers a cleaned line may start with, most specific first. */
export function listCandidates(s: string, inAnnex: boolean): Candidate[] {
  const out: Candidate[] = [];
  let m: RegExpExecArray | null;
  if ((m = /^([IVX]+)\.\s+(\S.*)$/.exec(s)) && inAnnex && /^[A-Z]/.test(m[2]!))
    out.push({ kind: 'romawi', value: m[1]!, ordinal: romanValue(m[1]!), title: m[2]! });
  if ((m = /^([A-Z])\.\s+(\S.*)$/.exec(s)) && inAnnex)
    out.push({ kind: 'hurufBesar', value: m[1]!, ordinal: letterValue(m[1]!), title: m[2]! });
  if ((m = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\S.*)$/.exec(s))) {
    const last = m[1]!.split('.').at(-1)!;
    out.push({ kind: 'desimal', value: m[1]!, ordinal: Number(last), title: m[2]! });
  }
  if ((m = /^\((\d{1,3})\)\s*(.*)$/.exec(s)))
    out.push({
      kind: inAnnex ? 'angkaDuaKurung' : 'ayat',
      value: m[1]!,
      ordinal: Number(m[1]),
      title: m[2]!,
    });
  if ((m = /^\(([a-z])\)\s*(.*)$/.exec(s)))
    out.push({ kind: 'hurufDuaKurung', value: m[1]!, ordinal: letterValue(m[1]!), title: m[2]! });
  if ((m = /^(\d{1,3})\)\s*(.*)$/.exec(s)))
    out.push({ kind: 'angkaKurung', value: m[1]!, ordinal: Number(m[1]), title: m[2]! });
  if ((m = /^([a-z])\)\s*(.*)$/.exec(s)))
    out.push({ kind: 'hurufKurung', value: m[1]!, ordinal: letterValue(m[1]!), title: m[2]! });
  if ((m = /^(\d{1,3})\.(?:\s+(\S.*))?$/.exec(s)))
    out.push({ kind: 'angka', value: m[1]!, ordinal: Number(m[1]), title: m[2] ?? '' });
  if ((m = /^([a-z])\.\s+(\S.*)$/.exec(s)))
    out.push({ kind: 'huruf', value: m[1]!, ordinal: letterValue(m[1]!), title: m[2]! });
  return out;
}

let firstContentCache: { lines: readonly string[]; index: number } | undefined;
export function firstContent(lines: readonly string[]): number {
  if (firstContentCache?.lines === lines) return firstContentCache.index;
  const index = lines.findIndex((l) => l.trim() !== '');
  firstContentCache = { lines, index };
  return index;
}

export function isNextPasal(n: number, last: number): boolean {
  return n > last && n <= last + 3;
}

/** "Bagian Kesatu", "Paragraf 3" (or "Paragraf Kesatu"). */
export function isDivision(kind: string, word: string): boolean {
  return ORDINAL_WORDS.includes(word.toLowerCase()) || (kind === 'Paragraf' && /^\d+$/.test(word));
}
