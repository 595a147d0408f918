/**
 * The card for a question about a rule (a deadline, a term or a requirement): the rules of that
 * kind that apply to the unit type, those whose words and subject fit the question best.
 */
import { notesAbout } from '../../../model/notesAbout';
import type { Region, Rule } from '../../../model/types';
import type { Frame } from '../parse';
import type { Picks, QuestionResult } from './card';
import { appliesTo, overlap } from './fit';
import { subject } from './subject';

/** Words of a rule's subject, so "masa tugas ketua tim" finds the ketuaTim rules. */
const SUBJECT_WORDS: Record<Rule['subject'], string> = {
  kedudukan: 'kedudukan atasan',
  penugasan: 'penugasan tugas tim kerja',
  ketuaTim: 'ketua tim team lead',
  anggotaTim: 'anggota tim team member',
  pengendali: 'pengendali controller',
  pelaksanaKoordinasi: 'pelaksana koordinasi coordinator',
  pelaksanaanTugas: 'pelaksanaan tugas',
  pertanggungjawaban: 'laporan lapor melapor pertanggungjawaban report',
  pengelolaanKinerja: 'kinerja penilaian perjanjian performance',
  teknologiInformasi: 'teknologi informasi spbe aplikasi',
  prosesBisnis: 'proses bisnis',
  umum: '',
};

/** The rules of `kind` whose words fit the question best (at most four). */
export function ruleCard(region: Region, frame: Frame, picks: Picks, kind: Rule['kind']): QuestionResult {
  const { unit } = subject(region, frame, picks, false);
  const rules = region.rules.filter((r) => r.kind === kind && appliesTo(r, unit));
  const scored = rules
    .map((rule) => ({ rule, score: overlap(frame.content, `${rule.text} ${SUBJECT_WORDS[rule.subject]}`) }))
    .sort((a, b) => b.score - a.score);
  const high = scored[0]?.score ?? 0;
  const chosen = (high > 0 ? scored.filter((s) => s.score >= high - 0.01) : scored)
    .slice(0, 4)
    .map((s) => s.rule);
  return {
    kind: 'answer',
    intent: frame.intent,
    region,
    ...(unit ? { unit } : {}),
    items: chosen.map((r) => ({ text: r.text, cite: r.cite })),
    flows: [],
    notes: notesAbout(region, [...chosen.map((r) => r.id), ...(unit ? [unit.id] : [])]),
  };
}
