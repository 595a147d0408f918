/**
 * Text that would hide or reorder what a reader sees (control characters, bidi overrides and
 * isolates, zero-width characters, lone surrogates, noncharacters), refused in every string and
 * key of a parsed file.
 */
import { formatPath, type PathItem } from '../issues';
import { describeChar } from './position';

/**
 * Characters no string of a region file may hold: C0 controls but the tab, and DEL (they break the SVG
 * export and are invisible), bidi embeddings, overrides and isolates (they reorder what a reader
 * sees, even the app's own words around them), zero-width spaces and joiners, the word joiner and
 * a byte-order mark inside text (invisible; they break the box text), lone surrogates and the
 * noncharacters U+FFFE / U+FFFF (not text at all).
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\u0000-\u0008\u000a-\u001f\u007f\u200b-\u200d\u202a-\u202e\u2060\u2066-\u2069\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function forbiddenName(cp: number): string {
  if (cp < 0x20 || cp === 0x7f) return 'karakter kendali';
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069))
    return 'karakter pengatur arah teks (bidi)';
  if (cp >= 0xd800 && cp <= 0xdfff) return 'surrogate tunggal';
  if (cp === 0xfffe || cp === 0xffff) return 'bukan-karakter';
  return 'karakter tak terlihat';
}

export interface TextIssue {
  path: string;
  message: string;
}

/** Every string (and key) of a parsed JSON value holding a forbidden character; iterative. */
export function forbiddenText(json: unknown, max = 50): TextIssue[] {
  const issues: TextIssue[] = [];
  const check = (s: string, path: () => PathItem[], what: string) => {
    const m = FORBIDDEN.exec(s);
    if (!m) return;
    const cp = s.charCodeAt(m.index);
    issues.push({
      path: formatPath(path()),
      message: `${what} memuat ${forbiddenName(cp)} ${describeChar(s, m.index)} pada karakter ke-${m.index + 1}; hapus karakter itu`,
    });
  };
  const stack: { value: unknown; path: PathItem[] }[] = [{ value: json, path: [] }];
  while (stack.length > 0 && issues.length < max) {
    const { value, path } = stack.pop() as { value: unknown; path: PathItem[] };
    if (typeof value === 'string') check(value, () => path, 'teks');
    else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let k = entries.length - 1; k >= 0; k--) {
        const [key, child] = entries[k] as [string, unknown];
        check(key, () => [...path, key], 'nama kunci');
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return issues;
}
