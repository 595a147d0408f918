/**
 * The region data format: one file per region, the regulation as data.
 *
 * This valibot schema is the single source of truth. `data/schema.json` (for editors) is
 * generated from it by `npm run schema`, and the model's types are inferred from it.
 * Structural checks live here; checks across the file (ids, references, flow graph) live in
 * crossCheck.ts, and the check of quotes against the regulation's text in citations.ts.
 */
import * as v from 'valibot';
import { Flow } from './schema/flow';
import { LEVELS } from './schema/kinds';
import { Citation, Id, Text } from './schema/primitives';
import { Form, Note, Office, Rule } from './schema/provisions';
import { UnitType } from './schema/unit';

export { Branch, Decision, Flow, Participant, Step } from './schema/flow';
export {
  BASIS_KINDS,
  CATEGORIES,
  COORDINATION_ROLES,
  FLOW_KINDS,
  JENJANG,
  LEVELS,
  NOTE_KINDS,
  RELATION_KINDS,
  ROLES,
  RULE_KINDS,
  RULE_SUBJECTS,
  SCOPES,
  SIDES,
  STAGES,
  VARIANTS,
} from './schema/kinds';
export { Basis, Citation, Id, Plain } from './schema/primitives';
export { Form, FormField, Note, Office, Rule } from './schema/provisions';
export { Position, Relation, RoleClaim, UnitType } from './schema/unit';

export const SCHEMA_VERSION = 1;

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
