/**
 * The jabatan one line of a regulation names: the fixed phrases the Sistem Kerja regulations
 * share ("Pejabat Pimpinan Tinggi Pratama", "Kelompok Jabatan Fungsional dan Pelaksana") and the
 * names that run on from a head word ("Kepala Bagian Umum"); the category a name implies; and the
 * sentence around a mention, quoted with a proposal.
 */
import type { CATEGORIES, JENJANG } from '../../data/schema';

export type Category = (typeof CATEGORIES)[number];
export type Jenjang = (typeof JENJANG)[number];

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

/** The sentence around [start, end) of a line, as a quote (at most `max` characters). */
export function sentenceAround(line: string, start: number, end: number, max = 240): string {
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
