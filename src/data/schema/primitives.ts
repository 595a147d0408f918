/**
 * The building blocks every part of a region file uses: an id, a text, a citation of the
 * regulation, the basis an item stands on, and plain words of ours in both languages.
 */
import * as v from 'valibot';
import { BASIS_KINDS } from './kinds';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const Id = v.pipe(
  v.string(),
  v.regex(idPattern, 'id harus kebab-case: huruf kecil, angka dan tanda hubung'),
  v.maxLength(80),
);
export const Text = v.pipe(v.string(), v.minLength(1, 'teks tidak boleh kosong'), v.maxLength(4000));
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
