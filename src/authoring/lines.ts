/**
 * Lines of a regulation's text, numbered as `cat -n` numbers them (and as citations count them,
 * see lineCount / sliceLines in src/data/citations.ts): split on \n or \r\n, and a final newline
 * does not start a line. Line n is `lines[n - 1]`.
 */
export function splitLines(text: string): string[] {
  if (text === '') return [''];
  return text.replace(/\r?\n$/, '').split(/\r?\n/);
}

/** Characters that reorder or hide text (bidi overrides and isolates, zero-width marks). */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
/** C0 controls other than tab. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/**
 * A line as the source view shows it: controls and direction overrides made visible (⟦U+202E⟧)
 * so they cannot reorder the page, and a huge line cut to `max` characters. The text itself is
 * never changed; this is for display only.
 */
export function displayLine(line: string, max = 2000): { text: string; cut: number } {
  const cut = Math.max(0, line.length - max);
  const head = cut > 0 ? line.slice(0, max) : line;
  const text = head
    .replace(INVISIBLE, (c) => `⟦U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟧`)
    .replace(CONTROL, (c) => `⟦U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟧`);
  return { text, cut };
}
