/**
 * Where an error message points in a text: the line and column of an offset, and a character as
 * the message shows it.
 */

/** The 1-based line and column of `offset` in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** A character as an error message shows it: 'N', or U+0007 for what cannot be seen. */
export function describeChar(text: string, at: number): string {
  const cp = text.codePointAt(at) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return cp > 0x20 && cp < 0x7f ? `'${String.fromCodePoint(cp)}'` : hex;
}
