/**
 * A JSON syntax error with a line and column whatever the engine says: a small scanner of the
 * JSON grammar finds where and why the text is not JSON, and the message quotes the line there.
 */
import { describeChar, lineColumn } from './position';

/**
 * Where and why a text is not JSON: a small iterative scanner of the JSON grammar, run only after
 * JSON.parse failed, so every syntax error has a position whatever the engine's message says.
 */
function jsonSyntaxError(text: string): { offset: number; reason: string } | undefined {
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

/**
 * The line around `offset`, quoted, with ▮ where the reading stopped: up to 40 characters before
 * it and 20 after, on one line (what cannot be seen shown as U+XXXX by the caller's rules).
 */
function lineExcerpt(text: string, offset: number): string {
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

/** "karakter tak terduga 'N' (baris 3, kolom 12)", or the engine's words when the scanner agrees it is JSON. */
export function describeJsonError(error: unknown, text: string): string {
  const found = jsonSyntaxError(text);
  if (found) {
    const { line, column } = lineColumn(text, found.offset);
    return `${found.reason} (baris ${line}, kolom ${column}): ${lineExcerpt(text, found.offset)}`;
  }
  return error instanceof Error ? error.message : String(error);
}
