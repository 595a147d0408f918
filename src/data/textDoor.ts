/**
 * Text at the door, the same for the CLI, the build and the import page: bytes are decoded as
 * strict UTF-8 (a bad sequence is named by its byte offset), a UTF-8 byte-order mark is dropped,
 * UTF-16 is refused by name, a JSON syntax error gets a line and column whatever the engine says,
 * and text that would hide or reorder what a reader sees (control characters, bidi overrides and
 * isolates, zero-width characters) is refused in every string of the file.
 */
import { formatPath, type PathItem } from './issues';

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

/** Decodes a file's bytes as UTF-8, strictly. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return {
      ok: false,
      message: 'berkas berkode UTF-16 (tanda urutan bita di awal berkas); simpan ulang sebagai UTF-8',
    };
  try {
    // ignoreBOM false: a UTF-8 byte-order mark at the start is dropped, as the browser's file.text() does.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = invalidUtf8Offset(bytes);
    const { line, column } = byteLineColumn(bytes, offset);
    return {
      ok: false,
      message: `bukan teks UTF-8 yang sah: urutan bita tidak sah di bita ${offset} (baris ${line}, kolom ${column}); simpan ulang sebagai UTF-8`,
    };
  }
}

/** Offset of the first byte that does not start (or continue) a valid UTF-8 sequence. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= bytes.length) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k] as number;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

function byteLineColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++)
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  return { line, column: offset - start + 1 };
}

/** Drops a leading byte-order mark from text that was decoded elsewhere. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

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

/**
 * Where and why a text is not JSON: a small iterative scanner of the JSON grammar, run only after
 * JSON.parse failed, so every syntax error has a position whatever the engine's message says.
 */
export function jsonSyntaxError(text: string): { offset: number; reason: string } | undefined {
  const n = text.length;
  let i = 0;
  const stack: ('[' | '{')[] = [];
  type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'end';
  let expect: Expect = 'value';
  const after = (): Expect => (stack.length === 0 ? 'end' : 'commaOrClose');
  const unexpected = () =>
    i >= n
      ? { offset: n, reason: 'teks berakhir sebelum JSON selesai' }
      : { offset: i, reason: `karakter tak terduga ${describeChar(text, i)}` };
  const string = (): { offset: number; reason: string } | undefined => {
    i++;
    for (;;) {
      if (i >= n) return { offset: n, reason: 'string tidak ditutup dengan tanda kutip' };
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c < 0x20)
        return {
          offset: i,
          reason: `karakter kendali ${describeChar(text, i)} di dalam string (tulis sebagai \\u${c.toString(16).padStart(4, '0')})`,
        };
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            return { offset: i, reason: 'escape \\u perlu empat digit heksadesimal' };
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return { offset: i, reason: `escape tidak sah \\${e ?? ''}` };
      } else i++;
    }
  };
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  for (;;) {
    while (i < n && ' \t\n\r'.includes(text[i] as string)) i++;
    const c = text[i];
    if (expect === 'end')
      return i < n
        ? { offset: i, reason: `teks lain setelah akhir JSON: ${describeChar(text, i)}` }
        : undefined;
    if (expect === 'value' || expect === 'valueOrClose') {
      if (expect === 'valueOrClose' && c === ']') {
        stack.pop();
        i++;
        expect = after();
      } else if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        expect = c === '{' ? 'keyOrClose' : 'valueOrClose';
      } else if (c === '"') {
        const bad = string();
        if (bad) return bad;
        expect = after();
      } else {
        const literal = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
        number.lastIndex = i;
        const m = literal === undefined ? number.exec(text) : null;
        if (literal !== undefined) i += literal.length;
        else if (m) i += m[0].length;
        else return unexpected();
        expect = after();
      }
    } else if (expect === 'key' || expect === 'keyOrClose') {
      if (expect === 'keyOrClose' && c === '}') {
        stack.pop();
        i++;
        expect = after();
      } else if (c === '"') {
        const bad = string();
        if (bad) return bad;
        expect = 'colon';
      } else return unexpected();
    } else if (expect === 'colon') {
      if (c !== ':') return unexpected();
      i++;
      expect = 'value';
    } else {
      const open = stack.at(-1);
      if (c === ',') {
        i++;
        expect = open === '{' ? 'key' : 'value';
      } else if ((open === '{' && c === '}') || (open === '[' && c === ']')) {
        stack.pop();
        i++;
        expect = after();
      } else return unexpected();
    }
  }
}

/** "karakter tak terduga 'N' (baris 3, kolom 12)", or the engine's words when the scanner agrees it is JSON. */
/**
 * The line around `offset`, quoted, with ▮ where the reading stopped: up to 40 characters before
 * it and 20 after, on one line (what cannot be seen shown as U+XXXX by the caller's rules).
 */
export function lineExcerpt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const endAt = text.indexOf('\n', offset);
  const end = endAt === -1 ? text.length : endAt;
  const from = Math.max(start, offset - 40);
  const to = Math.min(end, offset + 20);
  // eslint-disable-next-line no-control-regex -- control characters are what it hides
  const visible = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, ' ');
  const before = visible(text.slice(from, Math.min(offset, end))).trimStart();
  const after = visible(text.slice(Math.min(offset, end), to)).trimEnd();
  return `“${from > start ? '…' : ''}${before}▮${after}${to < end ? '…' : ''}”`;
}

export function describeJsonError(error: unknown, text: string): string {
  const found = jsonSyntaxError(text);
  if (found) {
    const { line, column } = lineColumn(text, found.offset);
    return `${found.reason} (baris ${line}, kolom ${column}): ${lineExcerpt(text, found.offset)}`;
  }
  return error instanceof Error ? error.message : String(error);
}

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
