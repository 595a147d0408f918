/**
 * The other provisions of a region file: rules, the annex's forms, our notes on the text, and the
 * office names officials use.
 */
import * as v from 'valibot';
import { NOTE_KINDS, RULE_KINDS, RULE_SUBJECTS } from './kinds';
import { Citation, Id, Text } from './primitives';

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
