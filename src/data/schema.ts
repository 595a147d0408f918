/**
 * The region data format: one file per region, the regulation as data.
 *
 * This valibot schema is the single source of truth. `data/schema.json` (for editors) is
 * generated from it by `npm run schema`, and the model's types are inferred from it.
 * Structural checks live here; checks across the file (ids, references, flow graph) live in
 * crossCheck.ts, and the check of quotes against the regulation's text in citations.ts.
 */
import * as v from 'valibot';

export const SCHEMA_VERSION = 1;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const Id = v.pipe(
  v.string(),
  v.regex(idPattern, 'id harus kebab-case: huruf kecil, angka dan tanda hubung'),
  v.maxLength(80),
);
const Text = v.pipe(v.string(), v.minLength(1, 'teks tidak boleh kosong'), v.maxLength(4000));
const LineNumber = v.pipe(v.number(), v.integer(), v.minValue(1));

/** Where a fact stands in the regulation. `lines` are 1-based and inclusive in `file`. */
export const Citation = v.strictObject({
  file: v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/, 'nama berkas sumber harus berakhiran .txt')),
  locator: Text,
  lines: v.pipe(
    v.tuple([LineNumber, LineNumber]),
    v.check(([a, b]) => a <= b, 'baris awal harus <= baris akhir'),
  ),
  quote: v.pipe(v.string(), v.minLength(8, 'kutipan terlalu pendek (min. 8 karakter)'), v.maxLength(1200)),
});

export const CATEGORIES = ['jpt', 'administrator', 'pengawas', 'jf', 'pelaksana', 'kelompok'] as const;
export const JENJANG = [
  'ahli-utama',
  'ahli-madya',
  'ahli-muda',
  'ahli-pertama',
  'penyelia',
  'mahir',
  'terampil',
  'pemula',
] as const;
export const ROLES = [
  'pejabatPenilaiKinerja',
  'pimpinanUnitOrganisasi',
  'pemilikKinerja',
  'atasanLangsung',
  'ketuaTim',
  'anggotaTim',
  'pengendali',
  'pelaksanaKoordinasi',
] as const;
/**
 * Relation kinds, read "from <verb> to":
 * kedudukan: from is placed under to; pertanggungjawaban: from reports to to;
 * penilaianKinerja: from appraises to; pimpinanUnit: from leads to (Pimpinan Unit Organisasi);
 * penugasan: from assigns to; koordinasi: from coordinates to (see `as`);
 * rekomendasi: from recommends to to.
 */
export const RELATION_KINDS = [
  'kedudukan',
  'penilaianKinerja',
  'pimpinanUnit',
  'penugasan',
  'koordinasi',
  'pertanggungjawaban',
  'rekomendasi',
] as const;
export const COORDINATION_ROLES = ['ketuaTim', 'pengendali', 'pelaksanaKoordinasi'] as const;
export const STAGES = ['perencanaan', 'pelaksanaan', 'evaluasi'] as const;
export const FLOW_KINDS = [
  'mekanismeKerja',
  'penunjukan',
  'pengajuanSukarela',
  'pelaksanaanTugas',
  'pertanggungjawaban',
  'pengelolaanKinerja',
  'penetapanTim',
] as const;
export const SCOPES = ['dalamUnit', 'lintasUnit', 'lintasPerangkatDaerah', 'lintasInstansi'] as const;
export const VARIANTS = ['individu', 'tim'] as const;
export const SIDES = ['pemohon', 'tujuan', 'luar'] as const;
export const RULE_KINDS = ['persyaratan', 'masaTugas', 'batasWaktu', 'kewenangan', 'ketentuan'] as const;
export const RULE_SUBJECTS = [
  'kedudukan',
  'penugasan',
  'ketuaTim',
  'anggotaTim',
  'pengendali',
  'pelaksanaKoordinasi',
  'pelaksanaanTugas',
  'pertanggungjawaban',
  'pengelolaanKinerja',
  'teknologiInformasi',
  'prosesBisnis',
  'umum',
] as const;
export const NOTE_KINDS = ['slip', 'conflict', 'interpretation', 'silent'] as const;
export const LEVELS = ['kabupaten', 'kota', 'provinsi'] as const;
/** How an item stands in the text (see `Basis`). */
export const BASIS_KINDS = ['stated', 'derived', 'supplied'] as const;

/**
 * How an item (relation, role, step, branch) stands in the text. Absent = `stated`: the item's
 * own `cite` says it outright.
 * - `derived`: read from a general rule. `cite` here is that general rule; the item's own `cite`
 *   is the passage that picks this pair (a table row, a "berkedudukan di bawah" line).
 * - `supplied`: the text is silent or passive here; `note` names the silent / interpretation note
 *   that says what was supplied and why. The item's own `cite` is the nearest passage.
 */
export const Basis = v.strictObject({
  kind: v.picklist(BASIS_KINDS),
  cite: v.optional(Citation),
  note: v.optional(Id),
});

/** Words of ours (not the regulation's) in both languages. */
export const Plain = v.strictObject({ id: Text, en: Text });

export const RoleClaim = v.strictObject({
  role: v.picklist(ROLES),
  basis: v.optional(Basis),
  cite: Citation,
});

export const Position = v.strictObject({
  id: Id,
  /** The jabatan as the text names it. */
  name: Text,
  category: v.picklist(CATEGORIES),
  /** For jf (and for a kelompok, the jenjang of its members). */
  jenjang: v.optional(v.array(v.picklist(JENJANG))),
  /** "Pejabat level I/II/III" where the text numbers it. */
  level: v.optional(v.picklist([1, 2, 3])),
  /** Id of the kelompok position this one belongs to (drawn inside the group node). */
  group: v.optional(Id),
  roles: v.optional(v.array(RoleClaim)),
  cite: Citation,
});

export const Relation = v.strictObject({
  id: v.optional(Id),
  kind: v.picklist(RELATION_KINDS),
  from: Id,
  to: Id,
  /** Only for koordinasi: the role in which `from` coordinates. */
  as: v.optional(v.picklist(COORDINATION_ROLES)),
  /** A condition the text attaches ("dalam hal tidak ada Pejabat Pengawas"). */
  condition: v.optional(Text),
  basis: v.optional(Basis),
  cite: Citation,
});

export const UnitType = v.strictObject({
  id: Id,
  /** The unit type as the text names it. */
  name: Text,
  /** The text's grouping heading ("Unit Organisasi yang dipimpin oleh Pejabat Administrator"). */
  group: v.optional(Text),
  /**
   * Structural levels including the head; [2, 3] where the text says "2 level dan 3 level". 4 for
   * a chain of four structural tiers (a provincial Sekretariat Daerah: Sekretaris Daerah, Asisten,
   * Kepala Biro, Kepala Bagian).
   */
  levels: v.pipe(v.array(v.picklist([1, 2, 3, 4])), v.minLength(1)),
  /** Position id of the head of the unit. */
  head: Id,
  description: v.optional(Text),
  /** Ids this unit type had before (old deep links land here). */
  formerIds: v.optional(v.array(Id)),
  /**
   * The text's own criterion for this type ("Perangkat Daerah Tipe 1 adalah perangkat daerah yang
   * ..."): asked of an official whose office could be of several types.
   */
  criterion: v.optional(v.strictObject({ text: Text, cite: Citation })),
  /** The perangkat daerah / units that use this type, where the text lists them. */
  perangkatDaerah: v.optional(
    v.strictObject({
      names: v.pipe(v.array(Text), v.minLength(1)),
      cite: Citation,
    }),
  ),
  positions: v.pipe(v.array(Position), v.minLength(1)),
  relations: v.array(Relation),
  cite: Citation,
});

export const Participant = v.strictObject({
  id: Id,
  /** The party as the text names it in this flow. */
  name: Text,
  /** A position of the flow's unit type(s) ... */
  position: v.optional(Id),
  /** ... or a role, resolved in whichever unit type the flow is shown on ... */
  role: v.optional(v.picklist(ROLES)),
  /** ... or categories of jabatan ("Pejabat Fungsional dan/atau pelaksana": ["jf", "pelaksana"]) ... */
  categories: v.optional(v.array(v.picklist(CATEGORIES))),
  /** ... and which side of a cross-unit flow it stands on ('luar': its own box). */
  side: v.optional(v.picklist(SIDES)),
});

const Target = v.union([Id, v.literal('selesai')]);

export const Branch = v.strictObject({
  /** Choice event in 'domain.verb' form, e.g. keputusan.setujui, hasil.tidakSesuai. */
  event: v.pipe(v.string(), v.regex(/^[a-z]+\.[a-z][a-zA-Z]*$/, "event harus berbentuk 'domain.verb'")),
  /** The text's wording of the outcome. */
  label: Text,
  /** The outcome in English (a control label; the text's words stay in `label`). */
  labelEn: v.optional(Text),
  next: Target,
  basis: v.optional(Basis),
  cite: v.optional(Citation),
});

export const Decision = v.strictObject({
  /** Participant who decides (defaults to the step's actor). */
  by: v.optional(Id),
  question: Text,
  questionEn: v.optional(Text),
  branches: v.pipe(v.array(Branch), v.minLength(2, 'keputusan perlu paling sedikit 2 cabang')),
});

export const Step = v.strictObject({
  id: Id,
  stage: v.optional(v.picklist(STAGES)),
  /** Only in this variant of the flow (individu / tim) where the text differs. */
  variant: v.optional(v.picklist(VARIANTS)),
  actor: Id,
  /** What the actor does, in the text's words. */
  action: Text,
  /**
   * The step in plain words, ours: an active verb phrase with its object ("menyerahkan laporan
   * hasil kerja"), without actor or recipients, which the viewer adds. The text's sentence stays
   * in `action` and `cite`.
   */
  plain: v.optional(Plain),
  recipients: v.optional(v.array(Id)),
  /** Tembusan. */
  cc: v.optional(v.array(Id)),
  /** The document produced or sent (surat permohonan, surat perintah, laporan, ...). */
  document: v.optional(Text),
  /** Form id when the annex gives this document's template. */
  form: v.optional(Id),
  /** Next step; defaults to the following step, 'selesai' ends the flow. */
  next: v.optional(Target),
  decision: v.optional(Decision),
  basis: v.optional(Basis),
  cite: Citation,
});

export const Flow = v.strictObject({
  id: Id,
  name: Text,
  /** Ids this flow had before (old deep links land here). */
  formerIds: v.optional(v.array(Id)),
  kind: v.picklist(FLOW_KINDS),
  scope: v.optional(v.picklist(SCOPES)),
  /** Unit types this flow applies to; empty = every unit type of the region. */
  unitTypes: v.array(Id),
  /** The variants the text distinguishes in this flow. */
  variants: v.optional(v.array(v.picklist(VARIANTS))),
  description: v.optional(Text),
  participants: v.pipe(v.array(Participant), v.minLength(1)),
  steps: v.pipe(v.array(Step), v.minLength(1)),
  cite: Citation,
});

export const Rule = v.strictObject({
  id: Id,
  kind: v.picklist(RULE_KINDS),
  subject: v.picklist(RULE_SUBJECTS),
  /** The rule in the text's words (or a close, faithful condensation). */
  text: Text,
  unitTypes: v.optional(v.array(Id)),
  cite: Citation,
});

export const FormField = v.strictObject({
  id: Id,
  label: Text,
  labelEn: v.optional(Text),
  multiline: v.optional(v.boolean()),
});

export const Form = v.strictObject({
  id: Id,
  title: Text,
  /** Template lines as the annex gives them; `{{field-id}}` marks a fill-in field. */
  template: v.pipe(v.array(v.string()), v.minLength(1)),
  fields: v.array(FormField),
  cite: Citation,
});

export const Note = v.strictObject({
  id: Id,
  kind: v.picklist(NOTE_KINDS),
  /** Indonesian. */
  text: Text,
  /** English. */
  textEn: Text,
  /** Ids this note is about: a unit type, flow, rule or form id, or "unit/position", "flow/step". */
  about: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
  cite: Citation,
});

/** Where and when the regulation was set or promulgated, and by whom (signature block). */
export const Act = v.strictObject({
  place: Text,
  date: v.pipe(v.string(), v.isoDate('tanggal harus berformat YYYY-MM-DD')),
  by: v.optional(Text),
  cite: Citation,
});

export const Regulation = v.strictObject({
  /** "Peraturan Bupati", "Peraturan Gubernur", "Peraturan Wali Kota", ... */
  type: Text,
  number: Text,
  year: v.pipe(v.number(), v.integer(), v.minValue(2022), v.maxValue(2100)),
  title: Text,
  /** Date set (ditetapkan), YYYY-MM-DD. */
  date: v.pipe(v.string(), v.isoDate('tanggal harus berformat YYYY-MM-DD')),
  /** "Ditetapkan di ... pada tanggal ..." */
  enacted: v.optional(Act),
  /** "Diundangkan di ... pada tanggal ..." */
  promulgated: v.optional(Act),
  /** "Berita Daerah Kabupaten ... Tahun ... Nomor ..." as the text gives it. */
  gazette: v.optional(v.strictObject({ text: Text, cite: Citation })),
  /** "Peraturan ... ini mulai berlaku pada tanggal diundangkan." */
  effective: v.optional(v.strictObject({ text: Text, cite: Citation })),
  cite: Citation,
});

/**
 * A perangkat daerah as officials name it, mapped to its unit type(s). Cited where the text
 * names the office; otherwise `common: true` (a usual name or abbreviation, not the text's).
 * Several `unitTypes` = the text does not say which: the viewer asks with each type's `criterion`.
 */
export const Office = v.strictObject({
  name: Text,
  aliases: v.optional(v.array(Text)),
  unitTypes: v.pipe(v.array(Id), v.minLength(1)),
  common: v.optional(v.literal(true)),
  cite: v.optional(Citation),
});

export const Region = v.strictObject({
  $schema: v.optional(v.string()),
  schemaVersion: v.literal(SCHEMA_VERSION),
  id: Id,
  name: Text,
  level: v.picklist(LEVELS),
  /** The province the region lies in (for a province: itself). Groups the region list. */
  province: v.optional(Text),
  regulation: Regulation,
  /** The plain text of the regulation, in data/sources/. Citations point into it. */
  source: v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/)),
  unitTypes: v.pipe(v.array(UnitType), v.minLength(1)),
  flows: v.array(Flow),
  rules: v.array(Rule),
  forms: v.array(Form),
  notes: v.array(Note),
  /** Office names officials use, mapped to unit types (Posisi saya, search). */
  offices: v.optional(v.array(Office)),
});

export type RegionData = v.InferOutput<typeof Region>;
