/**
 * The domain words (../shared/GLOSSARY.md, kept as data in data/glossary.json), explained in
 * both languages. Linked wherever the
 * term appears (role badges, answers, legend). Pejabat Penilai Kinerja and Pimpinan Unit
 * Organisasi are always written out: "PPK" means Pejabat Pembina Kepegawaian to officials.
 */
export interface GlossaryTerm {
  id: string;
  term: string;
  id_: string;
  en: string;
}

import glossary from '../../data/glossary.json';

/** The terms themselves are content, kept in data/glossary.json. */
export const GLOSSARY: GlossaryTerm[] = glossary.terms.map((t) => ({
  id: t.id,
  term: t.term,
  id_: t.def,
  en: t.defEn,
}));
