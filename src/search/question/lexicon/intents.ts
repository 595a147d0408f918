/**
 * What a question asks, and the cues that tell it (Indonesian and English): a relation (who
 * appraises, leads, assigns, coordinates, receives the reports, where one is placed), who issues
 * the letter, what comes next, or a rule (a deadline, a term, a requirement).
 */
import { p, type Phrase } from './phrase';

export type RelationAsked =
  'penilaianKinerja' | 'pimpinanUnit' | 'penugasan' | 'koordinasi' | 'pertanggungjawaban' | 'kedudukan';

export type Intent =
  | { kind: 'relation'; relation: RelationAsked }
  | { kind: 'issuer' }
  | { kind: 'nextStep' }
  | { kind: 'rule'; rule: 'batasWaktu' | 'masaTugas' | 'persyaratan' };

/** Cues of what is asked, most specific first: the first intent whose phrase stands wins. */
export const INTENT_CUES: readonly { intent: Intent; phrases: readonly Phrase[] }[] = [
  {
    intent: { kind: 'rule', rule: 'masaTugas' },
    phrases: [
      p('masa tugas'),
      p('masa jabatan'),
      p('berapa lama'),
      p('jangka waktu'),
      p('lama penugasan'),
      p('durasi'),
      p('how long'),
      p('term of office'),
      p('term'),
    ],
  },
  {
    intent: { kind: 'rule', rule: 'batasWaktu' },
    phrases: [
      p('batas waktu'),
      p('tenggat'),
      p('paling lambat'),
      p('kapan'),
      p('berapa hari'),
      p('deadline'),
      p('when'),
      p('how often'),
      p('seberapa sering'),
    ],
  },
  {
    intent: { kind: 'rule', rule: 'persyaratan' },
    phrases: [
      p('syarat'),
      p('persyaratan'),
      p('kriteria'),
      p('requirement'),
      p('requirements'),
      p('criteria'),
      p('who can become'),
    ],
  },
  {
    intent: { kind: 'issuer' },
    phrases: [
      p('surat perintah'),
      p('surat tugas'),
      p('surat penugasan'),
      p('surat keputusan'),
      p('spt'),
      p('menerbitkan'),
      p('diterbitkan'),
      p('menandatangani'),
      p('tanda tangan'),
      p('ttd'),
      p('issues'),
      p('issue'),
      p('letter'),
      p('signs'),
    ],
  },
  {
    intent: { kind: 'nextStep' },
    phrases: [
      p('langkah berikutnya'),
      p('langkah selanjutnya'),
      p('tahap berikutnya'),
      p('tahap selanjutnya'),
      p('berikutnya'),
      p('selanjutnya'),
      p('setelah itu'),
      p('setelah'),
      p('sesudah'),
      p('next step'),
      p('what next'),
      p('next'),
      p('after'),
    ],
  },
  {
    intent: { kind: 'relation', relation: 'penilaianKinerja' },
    phrases: [
      p('penilai kinerja'),
      p('penilai'),
      p('menilai'),
      p('dinilai'),
      p('nilai kinerja'),
      p('penilaian kinerja'),
      p('ppk'),
      p('appraises'),
      p('appraise'),
      p('appraiser'),
      p('appraisal'),
      p('rates'),
      p('evaluates'),
    ],
  },
  {
    intent: { kind: 'relation', relation: 'pimpinanUnit' },
    phrases: [
      p('pimpinan unit organisasi'),
      p('pimpinan unit'),
      p('puo'),
      p('memimpin'),
      p('pemimpin'),
      p('unit leader'),
      p('leads'),
      p('leader'),
    ],
  },
  {
    intent: { kind: 'relation', relation: 'koordinasi' },
    phrases: [
      p('ketua tim saya'),
      p('mengoordinasikan'),
      p('mengkoordinasikan'),
      p('mengoordinasi'),
      p('koordinator'),
      p('koordinasi'),
      p('coordinates'),
      p('coordinator'),
      p('my team lead'),
    ],
  },
  {
    intent: { kind: 'relation', relation: 'pertanggungjawaban' },
    phrases: [
      p('bertanggung jawab kepada'),
      p('melapor kepada'),
      p('lapor kepada'),
      p('melaporkan'),
      p('melapor'),
      p('lapor'),
      p('laporan'),
      p('pertanggungjawaban'),
      p('report to'),
      p('reports to'),
      p('report'),
      p('reports'),
    ],
  },
  {
    intent: { kind: 'relation', relation: 'penugasan' },
    phrases: [
      p('menugaskan'),
      p('menugasi'),
      p('memberi tugas'),
      p('memberikan tugas'),
      p('penugasan'),
      p('assigns'),
      p('assign'),
      p('assigned'),
      p('gives me work'),
    ],
  },
  {
    intent: { kind: 'relation', relation: 'kedudukan' },
    phrases: [
      p('atasan langsung'),
      p('atasan'),
      p('berkedudukan'),
      p('kedudukan'),
      p('di bawah siapa'),
      p('superior'),
      p('boss'),
      p('placed under'),
    ],
  },
];
