/**
 * Where a JSON path points in the text of a file: line and column of the value (or of the key
 * for a missing property's parent). A small scanner, so error lists can say "baris 12, kolom 5".
 */
import type { PathItem } from './issues';

export interface Position {
  line: number;
  column: number;
}

/** Parses `$.a[0].b` back into its items. */
export function parsePath(path: string): PathItem[] {
  const items: PathItem[] = [];
  const re = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  for (const m of path.slice(1).matchAll(re)) {
    if (m[1] !== undefined) items.push(m[1]);
    else if (m[2] !== undefined) items.push(Number(m[2]));
    else if (m[3] !== undefined) items.push(JSON.parse(`"${m[3]}"`) as string);
  }
  return items;
}

/** Offset of the value at `path` in `text`, or of the deepest ancestor found. */
export function locateOffset(text: string, path: readonly PathItem[]): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const skipString = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
  };
  const skipValue = (): void => {
    ws();
    const c = text[i];
    if (c === '"') return skipString();
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      for (let guard = 0; i < text.length && guard < 1e7; guard++) {
        ws();
        if (c === '{') {
          skipString();
          ws();
          i++; // colon
        }
        skipValue();
        ws();
        if (text[i] === ',') i++;
        else {
          i++;
          return;
        }
      }
      return;
    }
    while (i < text.length && !/[,}\]\s]/.test(text[i]!)) i++;
  };
  ws();
  let found = i;
  for (const key of path) {
    ws();
    const c = text[i];
    if (typeof key === 'number' && c === '[') {
      i++;
      for (let n = 0; n < key; n++) {
        skipValue();
        ws();
        if (text[i] !== ',') return found;
        i++;
      }
      ws();
      if (text[i] === ']') return found;
      found = i;
    } else if (typeof key === 'string' && c === '{') {
      i++;
      let hit = false;
      for (let guard = 0; i < text.length && guard < 1e6; guard++) {
        ws();
        if (text[i] === '}') break;
        const start = i;
        skipString();
        const name = (() => {
          try {
            return JSON.parse(text.slice(start, i)) as string;
          } catch {
            return undefined;
          }
        })();
        ws();
        i++; // colon
        ws();
        if (name === key) {
          hit = true;
          found = i;
          break;
        }
        skipValue();
        ws();
        if (text[i] === ',') i++;
      }
      if (!hit) return found;
    } else return found;
  }
  return found;
}

export function locate(text: string, path: string): Position {
  const offset = locateOffset(text, parsePath(path));
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
