/**
 * A flow of the region data format: its participants and its steps, with their decisions and
 * branches.
 */
import * as v from 'valibot';
import { CATEGORIES, FLOW_KINDS, ROLES, SCOPES, SIDES, STAGES, VARIANTS } from './kinds';
import { Basis, Citation, Id, Plain, Text } from './primitives';

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
