/**
 * Proposals from the wording the Sistem Kerja regulations share: the jabatan they name
 * ("Pejabat Pimpinan Tinggi Pratama", "Kepala Bagian", "Kelompok Jabatan Fungsional dan
 * Pelaksana") and the relations they state ("... berkedudukan di bawah ...", "... sebagai Pejabat
 * Penilai Kinerja bagi ..."). A proposal is only a suggestion with its line and quote: nothing
 * enters the data until a person accepts it.
 */
import type { CATEGORIES, JENJANG } from '../data/schema';

export type Category = (typeof CATEGORIES)[number];
export type Jenjang = (typeof JENJANG)[number];

export interface PositionProposal {
  name: string;
  category: Category;
  jenjang?: Jenjang[];
  /** First line that names it, and a quote from that line. */
  line: number;
  quote: string;
  /** How many lines name it. */
  count: number;
}

export interface RelationProposal {
  kind: 'kedudukan' | 'penilaianKinerja';
  /** Position names as the text gives them, read "from <verb> to". */
  from: string;
  to: string;
  line: number;
  quote: string;
}

/** Fixed phrases, longest first. */
const FIXED = [
  'Kelompok Jabatan Fungsional dan Pelaksana',
  'Pejabat Pimpinan Tinggi Pratama',
  'Pejabat Pimpinan Tinggi Madya',
  'Pejabat Administrator',
  'Pejabat Pengawas eselon IV/a',
  'Pejabat Pengawas eselon IV/b',
  'Pejabat Pengawas',
  'Pejabat Fungsional Ahli Utama',
  'Pejabat Fungsional Ahli Madya',
  'Pejabat Fungsional Ahli Muda',
  'Pejabat Fungsional Ahli Pertama',
  'Pejabat Fungsional',
  'Pelaksana',
];
/** Words that begin a named jabatan; the name runs on over capitalised words. */
const HEADS = ['Kepala', 'Sekretaris', 'Asisten', 'Inspektur', 'Direktur', 'Camat', 'Lurah'];
/** Capitalised words that begin another jabatan or a sentence part, not this name. */
const STOP = new Set([
  ...HEADS,
  'Pejabat',
  'Kelompok',
  'Jabatan',
  'Pelaksana',
  'Ketua',
  'Anggota',
  'Tim',
  'Pimpinan',
]);
/** Heads that name no jabatan on their own in these texts. */
const NOT_A_POSITION = /^(Kepala (Daerah|Perangkat Daerah|Desa)|Sekretaris (Daerah Provinsi)|Kepala)$/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const FIXED_RE = new RegExp(`\\b(${FIXED.map(escape).join('|')})\\b`, 'gi');
const HEAD_RE = new RegExp(`\\b(${HEADS.join('|')})\\b((?:\\s+(?:[A-Z][\\w/-]*|dan(?=\\s+[A-Z])))*)`, 'g');

export interface Mention {
  name: string;
  start: number;
  end: number;
}

/** The jabatan named in one line, in order. */
export function mentions(line: string): Mention[] {
  const out: Mention[] = [];
  for (const m of line.matchAll(FIXED_RE))
    out.push({ name: m[0], start: m.index, end: m.index + m[0].length });
  for (const m of line.matchAll(HEAD_RE)) {
    const words = (m[2] ?? '').trim().split(/\s+/).filter(Boolean);
    const kept: string[] = [];
    for (const w of words) {
      // "Kepala Unit Pelaksana Teknis Daerah": Pelaksana is part of the unit's name here.
      if (STOP.has(w) && !(w === 'Pelaksana' && kept.at(-1) === 'Unit')) break;
      kept.push(w);
    }
    while (kept.at(-1) === 'dan') kept.pop();
    const name = [m[1]!, ...kept].join(' ');
    const start = m.index;
    if (out.some((o) => start >= o.start && start < o.end)) continue;
    out.push({ name, start, end: start + name.length });
  }
  return out.filter((o) => !NOT_A_POSITION.test(o.name)).sort((a, b) => a.start - b.start);
}

export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function categoryOf(name: string): { category: Category; jenjang?: Jenjang[] } {
  const n = normaliseName(name);
  if (n.startsWith('kelompok')) return { category: 'kelompok' };
  if (n.startsWith('pejabat fungsional')) {
    const j = /ahli (utama|madya|muda|pertama)/.exec(n);
    return j ? { category: 'jf', jenjang: [`ahli-${j[1]}` as Jenjang] } : { category: 'jf' };
  }
  if (n === 'pelaksana') return { category: 'pelaksana' };
  if (
    /^pejabat pimpinan tinggi|^kepala (dinas|badan|satuan polisi)|^sekretaris (daerah|dprd|dewan)|^asisten|^inspektur$/.test(
      n,
    )
  )
    return { category: 'jpt' };
  if (/^pejabat pengawas|^kepala (sub ?bagian|sub ?bidang|seksi|unit pelaksana|uptd)|^lurah/.test(n))
    return { category: 'pengawas' };
  return { category: 'administrator' };
}

function sentenceAround(line: string, start: number, end: number, max = 240): string {
  const before = line.lastIndexOf('.', start);
  const from = before >= 0 && start - before < max ? before + 1 : Math.max(0, start - 80);
  const after = line.indexOf('.', end);
  const to = after >= 0 && after - from < max ? after : Math.min(line.length, from + max);
  return line
    .slice(from, to)
    .replace(/^\s*[-•]\s+/, '')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Jabatan named in lines [from, to] (1-based; the whole text by default). */
export function proposePositions(lines: readonly string[], from = 1, to = lines.length): PositionProposal[] {
  const found = new Map<string, PositionProposal>();
  for (let n = from; n <= to; n++) {
    const line = lines[n - 1] ?? '';
    const seen = new Set<string>();
    for (const m of mentions(line)) {
      const key = normaliseName(m.name);
      if (seen.has(key)) continue;
      seen.add(key);
      const hit = found.get(key);
      if (hit) hit.count++;
      else
        found.set(key, {
          name: m.name,
          ...categoryOf(m.name),
          line: n,
          quote: sentenceAround(line, m.start, m.end),
          count: 1,
        });
    }
  }
  return [...found.values()];
}

const KEDUDUKAN =
  /\b(?:berkedudukan\s+(?:berada\s+)?di\s+bawah|berada\s+di\s+bawah)(?:\s+dan\s+bertanggung\s?jawab(?:\s+secara\s+langsung)?\s+kepada)?\b/gi;
const PENILAI = /\bsebagai\s+Pejabat\s+Penilai\s+Kinerja\s+(?:bagi|terhadap)\b/gi;

/** The subject ending a clause: the last jabatan, or "A dan B" where two are joined. */
function subjectBefore(line: string, before: Mention[]): Mention | undefined {
  const last = before.at(-1);
  const previous = before.at(-2);
  if (last && previous && /^\s+dan\s+$/.test(line.slice(previous.end, last.start)))
    return { name: line.slice(previous.start, last.end), start: previous.start, end: last.end };
  return last;
}

/** "X berkedudukan di bawah Y" and "Y sebagai Pejabat Penilai Kinerja bagi X" in lines [from, to]. */
export function proposeRelations(lines: readonly string[], from = 1, to = lines.length): RelationProposal[] {
  const out: RelationProposal[] = [];
  const seen = new Set<string>();
  const add = (p: RelationProposal) => {
    const key = `${p.kind}|${normaliseName(p.from)}|${normaliseName(p.to)}`;
    if (seen.has(key) || normaliseName(p.from) === normaliseName(p.to)) return;
    seen.add(key);
    out.push(p);
  };
  for (let n = from; n <= to; n++) {
    const line = lines[n - 1] ?? '';
    const named = mentions(line);
    for (const m of line.matchAll(KEDUDUKAN)) {
      const start = m.index;
      const end = start + m[0].length;
      const sentenceStart = Math.max(line.lastIndexOf('.', start), line.lastIndexOf(';', start));
      const under = subjectBefore(
        line,
        named.filter((x) => x.end <= start && x.start > sentenceStart),
      );
      const over = named.find((x) => x.start >= end && x.start - end < 40);
      if (under && over)
        add({
          kind: 'kedudukan',
          from: under.name,
          to: over.name,
          line: n,
          quote: sentenceAround(line, under.start, over.end),
        });
    }
    for (const m of line.matchAll(PENILAI)) {
      const start = m.index;
      const end = start + m[0].length;
      const appraiser = named.filter((x) => x.end <= start && start - x.end < 40).at(-1);
      const appraised = named.find((x) => x.start >= end && x.start - end < 40);
      if (appraiser && appraised)
        add({
          kind: 'penilaianKinerja',
          from: appraiser.name,
          to: appraised.name,
          line: n,
          quote: sentenceAround(line, appraiser.start, appraised.end),
        });
    }
  }
  return out;
}
