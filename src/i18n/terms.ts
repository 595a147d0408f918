/**
 * Enum labels shown in the UI, Indonesian and English side by side per value ([id, en]). Each group
 * is typed against the schema's own list of values, so a value added to the schema without its
 * label (in both languages) does not type-check.
 */
import type {
  CATEGORIES,
  FLOW_KINDS,
  JENJANG,
  RELATION_KINDS,
  ROLES,
  RULE_KINDS,
  SCOPES,
  SIDES,
  STAGES,
  VARIANTS,
} from '../data/schema';

type Both = readonly [id: string, en: string];
type Labels<T extends string> = Record<T, Both>;

const both = {
  category: {
    jpt: ['JPT', 'JPT (senior executive)'],
    administrator: ['Administrator', 'Administrator'],
    pengawas: ['Pengawas', 'Pengawas (supervisor)'],
    jf: ['JF', 'JF (functional)'],
    pelaksana: ['Pelaksana', 'Pelaksana (executor)'],
    kelompok: ['Kelompok JF dan Pelaksana', 'Group of JF and pelaksana'],
  } satisfies Labels<(typeof CATEGORIES)[number]>,
  jenjang: {
    'ahli-utama': ['Ahli Utama', 'Ahli Utama'],
    'ahli-madya': ['Ahli Madya', 'Ahli Madya'],
    'ahli-muda': ['Ahli Muda', 'Ahli Muda'],
    'ahli-pertama': ['Ahli Pertama', 'Ahli Pertama'],
    penyelia: ['Penyelia', 'Penyelia'],
    mahir: ['Mahir', 'Mahir'],
    terampil: ['Terampil', 'Terampil'],
    pemula: ['Pemula', 'Pemula'],
  } satisfies Labels<(typeof JENJANG)[number]>,
  role: {
    pejabatPenilaiKinerja: ['Penilai Kinerja', 'Performance appraiser'],
    pimpinanUnitOrganisasi: ['Pimpinan Unit Organisasi', 'Unit leader'],
    pemilikKinerja: ['Pemilik Kinerja', 'Performance owner'],
    atasanLangsung: ['Atasan langsung', 'Direct superior'],
    ketuaTim: ['Ketua Tim Kerja', 'Team lead'],
    anggotaTim: ['Anggota Tim Kerja', 'Team member'],
    pengendali: ['Pengendali', 'Pengendali (controller)'],
    pelaksanaKoordinasi: ['Pelaksana koordinasi', 'Coordinator'],
  } satisfies Labels<(typeof ROLES)[number]>,
  relation: {
    kedudukan: ['berkedudukan di bawah', 'is placed under'],
    penilaianKinerja: ['menilai kinerja', 'appraises'],
    pimpinanUnit: ['Pimpinan Unit Organisasi bagi', 'is unit leader of'],
    penugasan: ['menugaskan', 'assigns'],
    koordinasi: ['mengoordinasikan', 'coordinates'],
    pertanggungjawaban: ['melapor kepada', 'reports to'],
    rekomendasi: ['memberi rekomendasi kepada', 'recommends to'],
  } satisfies Labels<(typeof RELATION_KINDS)[number]>,
  relationName: {
    kedudukan: ['Kedudukan (di bawah atasan)', 'Placement (under a superior)'],
    penilaianKinerja: ['Penilaian kinerja', 'Performance appraisal'],
    pimpinanUnit: ['Pimpinan Unit Organisasi', 'Unit leader (Pimpinan Unit Organisasi)'],
    penugasan: ['Penugasan', 'Assignment'],
    koordinasi: [
      'Koordinasi (ketua tim, pengendali, pelaksana koordinasi)',
      'Coordination (team lead, pengendali, coordinator)',
    ],
    pertanggungjawaban: ['Pertanggungjawaban (laporan)', 'Reporting'],
    rekomendasi: ['Rekomendasi', 'Recommendation'],
  } satisfies Labels<(typeof RELATION_KINDS)[number]>,
  stage: {
    perencanaan: ['Perencanaan', 'Planning'],
    pelaksanaan: ['Pelaksanaan', 'Execution'],
    evaluasi: ['Evaluasi', 'Evaluation'],
  } satisfies Labels<(typeof STAGES)[number]>,
  flowKind: {
    mekanismeKerja: ['Mekanisme kerja', 'Work mechanism'],
    penunjukan: ['Penunjukan', 'Appointment'],
    pengajuanSukarela: ['Pengajuan sukarela', 'Voluntary application'],
    pelaksanaanTugas: ['Pelaksanaan tugas', 'Carrying out tasks'],
    pertanggungjawaban: ['Pertanggungjawaban', 'Reporting'],
    pengelolaanKinerja: ['Pengelolaan kinerja', 'Performance management'],
    penetapanTim: ['Penetapan tim kerja', 'Setting up work teams'],
  } satisfies Labels<(typeof FLOW_KINDS)[number]>,
  scope: {
    dalamUnit: ['dalam unit', 'within the unit'],
    lintasUnit: ['lintas unit', 'across units'],
    lintasPerangkatDaerah: ['lintas perangkat daerah', 'across agencies'],
    lintasInstansi: ['lintas instansi', 'across institutions'],
  } satisfies Labels<(typeof SCOPES)[number]>,
  variant: {
    individu: ['individu', 'individual'],
    tim: ['tim kerja', 'team'],
  } satisfies Labels<(typeof VARIANTS)[number]>,
  side: {
    pemohon: ['Pihak pemohon', 'Requesting side'],
    tujuan: ['Pihak yang dituju', 'Receiving side'],
    luar: ['Di luar unit ini', 'Outside this unit'],
  } satisfies Labels<(typeof SIDES)[number]>,
  groupSize: ['{n} jabatan di dalamnya', '{n} positions inside'] as Both,
  ruleKind: {
    persyaratan: ['Persyaratan', 'Requirement'],
    masaTugas: ['Masa tugas', 'Term'],
    batasWaktu: ['Batas waktu', 'Deadline'],
    kewenangan: ['Kewenangan', 'Authority'],
    ketentuan: ['Ketentuan', 'Provision'],
  } satisfies Labels<(typeof RULE_KINDS)[number]>,
};

type Group = Exclude<keyof typeof both, 'groupSize'>;
type InLang = { [G in Group]: Record<keyof (typeof both)[G], string> } & { groupSize: string };

const inLang = (lang: 0 | 1): InLang =>
  Object.fromEntries(
    Object.entries(both).map(([group, labels]) => [
      group,
      Array.isArray(labels)
        ? labels[lang]
        : Object.fromEntries(Object.entries(labels).map(([k, pair]) => [k, (pair as Both)[lang]])),
    ]),
  ) as InLang;

/** The labels in one language: `terms.id.stage.perencanaan`, `terms.en.role.ketuaTim`. */
export const terms: Record<'id' | 'en', InLang> = { id: inLang(0), en: inLang(1) };
