/**
 * The words of the questions officials ask, in Indonesian and English: what is asked (who
 * appraises, who issues the letter, what comes next, a deadline, a term), and the scope, variant,
 * category and jenjang a question names. Words of the language of the work system, not facts of
 * a region: which position answers is the data's business.
 */
import type { JENJANG } from '../../data/schema';
import type { Scope } from '../../model/myPosition';

export type RelationAsked =
  'penilaianKinerja' | 'pimpinanUnit' | 'penugasan' | 'koordinasi' | 'pertanggungjawaban' | 'kedudukan';

export type Intent =
  | { kind: 'relation'; relation: RelationAsked }
  | { kind: 'issuer' }
  | { kind: 'nextStep' }
  | { kind: 'rule'; rule: 'batasWaktu' | 'masaTugas' | 'persyaratan' };

/** A phrase: its words in order (each folded). */
type Phrase = readonly string[];
const p = (text: string): Phrase => text.split(' ');

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

/** Words that make a plain list of role words a question. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'siapa',
  'siapakah',
  'apa',
  'apakah',
  'bagaimana',
  'berapa',
  'kapan',
  'mana',
  'who',
  'whom',
  'what',
  'which',
  'how',
  'when',
  'saya',
  'aku',
  'my',
  'me',
  'i',
]);

/** Words that carry nothing for matching a unit or a position. */
export const FILLER: ReadonlySet<string> = new Set([
  ...QUESTION_WORDS,
  'yang',
  'yg',
  'dgn',
  'utk',
  'dlm',
  'dan',
  'atau',
  'di',
  'ke',
  'dari',
  'pada',
  'untuk',
  'dengan',
  'ini',
  'itu',
  'kalau',
  'jika',
  'bila',
  'adalah',
  'ialah',
  'nya',
  'is',
  'are',
  'the',
  'a',
  'an',
  'of',
  'in',
  'at',
  'for',
  'to',
  'do',
  'does',
  'an',
  'if',
  'be',
  'sebagai',
  'as',
  'oleh',
  'by',
  'bagi',
  'kah',
  'dong',
  'ya',
]);

export const SCOPE_CUES: readonly { scope: Scope; phrases: readonly Phrase[] }[] = [
  {
    scope: 'lintasInstansi',
    phrases: [
      p('lintas instansi'),
      p('instansi lain'),
      p('antar instansi'),
      p('another institution'),
      p('other institution'),
      p('across institutions'),
    ],
  },
  {
    scope: 'lintasPerangkatDaerah',
    phrases: [
      p('lintas perangkat daerah'),
      p('lintas pd'),
      p('lintas opd'),
      p('antar perangkat daerah'),
      p('perangkat daerah lain'),
      p('pd lain'),
      p('opd lain'),
      p('dinas lain'),
      p('badan lain'),
      p('dipinjam'),
      p('another agency'),
      p('other agency'),
      p('another department'),
      p('other department'),
      p('across agencies'),
      p('borrowed'),
    ],
  },
  {
    scope: 'lintasUnit',
    phrases: [
      p('lintas unit organisasi'),
      p('lintas unit'),
      p('antar unit'),
      p('unit lain'),
      p('unit organisasi lain'),
      p('bidang lain'),
      p('bagian lain'),
      p('another unit'),
      p('other unit'),
      p('across units'),
    ],
  },
  {
    scope: 'dalamUnit',
    phrases: [
      p('dalam unit organisasi'),
      p('dalam unit'),
      p('satu unit'),
      p('unit sendiri'),
      p('dalam perangkat daerah'),
      p('within the unit'),
      p('within my unit'),
      p('same unit'),
    ],
  },
];

export const VARIANT_CUES: readonly { variant: 'individu' | 'tim'; phrases: readonly Phrase[] }[] = [
  { variant: 'individu', phrases: [p('individu'), p('perorangan'), p('perseorangan'), p('individual')] },
  { variant: 'tim', phrases: [p('tim kerja'), p('tim'), p('team')] },
];

export type Category = 'jpt' | 'administrator' | 'pengawas' | 'jf' | 'pelaksana';

export const CATEGORY_CUES: readonly { category: Category; phrases: readonly Phrase[] }[] = [
  {
    category: 'jf',
    phrases: [p('pejabat fungsional'), p('jabatan fungsional'), p('fungsional'), p('jf'), p('functional')],
  },
  { category: 'pelaksana', phrases: [p('pelaksana'), p('staf'), p('staff'), p('executor')] },
  { category: 'pengawas', phrases: [p('pejabat pengawas'), p('pengawas'), p('supervisor')] },
  { category: 'administrator', phrases: [p('pejabat administrator'), p('administrator')] },
  { category: 'jpt', phrases: [p('pimpinan tinggi pratama'), p('jpt pratama'), p('jpt')] },
];

export type Jenjang = (typeof JENJANG)[number];

export const JENJANG_CUES: readonly { jenjang: readonly Jenjang[]; phrases: readonly Phrase[] }[] = [
  { jenjang: ['ahli-utama'], phrases: [p('ahli utama'), p('utama')] },
  { jenjang: ['ahli-madya'], phrases: [p('ahli madya'), p('madya')] },
  { jenjang: ['ahli-muda'], phrases: [p('ahli muda'), p('muda')] },
  { jenjang: ['ahli-pertama'], phrases: [p('ahli pertama')] },
  { jenjang: ['penyelia'], phrases: [p('penyelia')] },
  { jenjang: ['mahir'], phrases: [p('mahir')] },
  { jenjang: ['terampil'], phrases: [p('terampil')] },
  { jenjang: ['pemula'], phrases: [p('pemula')] },
  { jenjang: ['penyelia', 'mahir', 'terampil', 'pemula'], phrases: [p('keterampilan'), p('skill')] },
];

/** Words that say the question is asked in English (for the card's language hint). */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  'who',
  'whom',
  'what',
  'which',
  'how',
  'when',
  'my',
  'the',
  'does',
  'is',
]);
