/**
 * Bytes at the door: decoded as strict UTF-8, a bad sequence named by its byte offset (and line
 * and column), UTF-16 refused by name, a byte-order mark dropped.
 */

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
function invalidUtf8Offset(bytes: Uint8Array): number {
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
