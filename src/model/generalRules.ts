/**
 * The rules that apply where a unit type's own provisions name no one for a question: those the
 * text writes for this unit type that speak of the position, then the region's general articles
 * ("berlaku umum") that speak of it or define the role asked about ("Pejabat Penilai Kinerja
 * adalah atasan langsung ...").
 *
 * Which rules speak of a position is read from the words of the rule: its name, or for the
 * Pejabat Fungsional and pelaksana their category (and jenjang, where the rule names one). The
 * words are those of the regulations' common vocabulary, not of one region.
 */
import type { Position, Region, Rule, UnitType } from './types';
import { fold } from './text';

export type RuleQuestion =
  'placedUnder' | 'appraiser' | 'unitLeader' | 'assigner' | 'reportsTo' | 'coordinator';

export interface RuleLine {
  rule: Rule;
  /** A region-wide article ("berlaku umum"), not one the text writes for this unit type. */
  general: boolean;
}

/** The rule subjects each question is about. */
const SUBJECTS: Record<RuleQuestion, readonly Rule['subject'][]> = {
  placedUnder: ['kedudukan'],
  appraiser: ['pengelolaanKinerja', 'kedudukan'],
  unitLeader: ['penugasan', 'pelaksanaanTugas', 'umum'],
  assigner: ['penugasan'],
  reportsTo: ['pertanggungjawaban'],
  coordinator: ['ketuaTim', 'pengendali', 'pelaksanaKoordinasi', 'pelaksanaanTugas'],
};

/** The role a question asks about, as the texts name it (a rule defining it opens with these words). */
const ROLE_WORDS: Record<RuleQuestion, readonly string[]> = {
  placedUnder: ['kedudukan'],
  appraiser: ['pejabat penilai kinerja'],
  unitLeader: ['pimpinan unit organisasi'],
  assigner: ['penugasan'],
  reportsTo: ['pertanggungjawaban'],
  coordinator: ['ketua tim', 'ketua tim kerja', 'pengendali', 'pelaksana koordinasi'],
};

/** Words for the jabatan categories whose holders the general articles speak of as a class. */
const CLASS_WORDS: Partial<Record<Position['category'], readonly string[]>> = {
  jf: ['fungsional', 'jf'],
  pelaksana: ['pelaksana'],
  kelompok: ['fungsional', 'jf', 'pelaksana'],
};

const JENJANG_WORDS: Record<string, readonly string[]> = {
  'ahli-utama': ['utama'],
  'ahli-madya': ['madya'],
  'ahli-muda': ['muda'],
  'ahli-pertama': ['pertama'],
  penyelia: ['penyelia', 'keterampilan'],
  mahir: ['mahir', 'keterampilan'],
  terampil: ['terampil', 'keterampilan'],
  pemula: ['pemula', 'keterampilan'],
};
const ALL_JENJANG_WORDS = new Set(Object.values(JENJANG_WORDS).flat());

const has = (text: string, phrase: string) => ` ${text} `.includes(` ${phrase} `);

/** Whether a rule's words speak of a position: by its name, or by its class and jenjang. */
export function ruleSpeaksOf(rule: Rule, p: Position): boolean {
  return textSpeaksOf(rule.text, p);
}

/** Whether words of the text speak of a position: by its name, or by its class and jenjang. */
export function textSpeaksOf(words: string, p: Position): boolean {
  const text = fold(words);
  const name = fold(p.name);
  if (name.split(' ').length >= 2 && has(text, name)) return true;
  const classWords = CLASS_WORDS[p.category];
  if (!classWords?.some((w) => has(text, w))) return false;
  if (p.category !== 'jf') return true;
  // A rule naming jenjang speaks only of those: "ahli madya" is not about an Ahli Muda.
  const named = text.split(' ').filter((w) => ALL_JENJANG_WORDS.has(w));
  if (named.length === 0) return true;
  const mine = new Set((p.jenjang ?? []).flatMap((j) => JENJANG_WORDS[j] ?? []));
  return named.some((w) => mine.has(w));
}

/** Words that follow the term a definition defines ("Pejabat Penilai Kinerja adalah ..."). */
const DEFINING = ['adalah', 'merupakan', 'dapat', 'yaitu', 'ialah'];

/** Whether a rule defines the role a question asks about: it opens "<term> adalah ...". */
function defines(rule: Rule, question: RuleQuestion): boolean {
  const text = fold(rule.text);
  return ROLE_WORDS[question].some((role) => DEFINING.some((d) => text.startsWith(`${role} ${d} `)));
}

const MAX_RULES = 3;

/** The rules that apply to a position for a question, the unit type's own first. */
export function applicableRules(
  region: Region,
  unit: UnitType,
  p: Position,
  question: RuleQuestion,
): RuleLine[] {
  const ranked: { line: RuleLine; rank: number; order: number }[] = [];
  region.rules.forEach((rule, order) => {
    if (!SUBJECTS[question].includes(rule.subject)) return;
    const general = !rule.unitTypes || rule.unitTypes.length === 0;
    if (!general && !rule.unitTypes!.includes(unit.id)) return;
    // A general article speaks of Pejabat Fungsional and pelaksana as a class; a structural
    // position it names is mostly named as someone's superior, so only its definitions count.
    const speaks = ruleSpeaksOf(rule, p);
    const ofClass = speaks && CLASS_WORDS[p.category] !== undefined && question !== 'unitLeader';
    const rank = !general ? (speaks ? 0 : -1) : ofClass ? 1 : defines(rule, question) ? 2 : -1;
    if (rank >= 0) ranked.push({ line: { rule, general }, rank, order });
  });
  return ranked
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, MAX_RULES)
    .map((x) => x.line);
}
