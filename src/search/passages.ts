/**
 * A regulation's plain text cut into passages by its own structure, each with the locator a
 * reader cites: the considerations ("Menimbang huruf b"), the legal bases ("Mengingat angka 3"),
 * the articles ("Pasal 13 ayat (3) huruf b"), the closing part (penetapan, pengundangan, Berita
 * Daerah) and the annexes ("Lampiran I BAB II huruf A angka 1"). Every non-empty line belongs to
 * exactly one passage, so every sentence of a text can be found.
 */

export type PassagePart = 'judul' | 'menimbang' | 'mengingat' | 'diktum' | 'batang' | 'penutup' | 'lampiran';

export interface Passage {
  part: PassagePart;
  locator: string;
  /** 1-based, inclusive line range in the source file. */
  from: number;
  to: number;
  text: string;
}

/** Longest passage kept in one piece (characters); longer runs split at a line. */
const MAX_PASSAGE = 1500;

type Marker = 'huruf' | 'angka' | 'hurufKurung' | 'butir';

interface Cursor {
  part: PassagePart;
  pasal?: string | undefined;
  ayat?: string | undefined;
  lampiran?: string | undefined;
  bab?: string | undefined;
  /** Bagian / Paragraf heading between articles. */
  section?: string | undefined;
  sub?: string | undefined;
  /** Numbered items, outermost first, nested in the order the text nests them. */
  items: { marker: Marker; value: string }[];
}

/** The line without list bullets and markdown emphasis. */
function clean(line: string): string {
  return line
    .replace(/\*+/g, '')
    .replace(/^[\s#-]+/, '')
    .replace(/\s+$/, '');
}

const ROMAN = /^(?:[IVX]+)$/;

const ITEM_LABEL: Record<Marker, (v: string) => string> = {
  huruf: (v) => `huruf ${v}`,
  angka: (v) => `angka ${v}`,
  hurufKurung: (v) => `huruf ${v})`,
  butir: (v) => `butir ${v})`,
};

function locatorOf(c: Cursor): string {
  const tail = c.items.map((i) => ITEM_LABEL[i.marker](i.value)).join(' ');
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');
  switch (c.part) {
    case 'judul':
      return 'Judul';
    case 'menimbang':
      return join('Menimbang', tail);
    case 'mengingat':
      return join('Mengingat', tail);
    case 'diktum':
      return 'Menetapkan';
    case 'batang':
      return c.pasal
        ? join(`Pasal ${c.pasal}`, c.ayat ? `ayat (${c.ayat})` : '', tail)
        : join(c.bab, c.section);
    case 'penutup':
      return 'Penutup';
    case 'lampiran': {
      // "LAMPIRAN" without a numeral and sections numbered I., II.: cited as Lampiran II.
      const head =
        c.lampiran === 'Lampiran' && c.bab && ROMAN.test(c.bab)
          ? `Lampiran ${c.bab}`
          : join(c.lampiran, c.bab && ROMAN.test(c.bab) ? `BAB ${c.bab}` : c.bab);
      return join(head, c.sub ? `huruf ${c.sub}` : '', tail);
    }
  }
}

/** A numbered item: deeper than the items above it, unless its kind is already open (a sibling). */
function item(c: Cursor, marker: Marker, value: string): void {
  const at = c.items.findIndex((i) => i.marker === marker);
  if (at >= 0) c.items.length = at;
  c.items.push({ marker, value });
}

/** Moves the cursor for one cleaned line (a heading or a numbered item). */
function advance(c: Cursor, line: string): void {
  let m: RegExpExecArray | null;
  const reset = (patch: Partial<Cursor>) => Object.assign(c, patch, { items: [] });
  if (c.part !== 'lampiran') {
    if (/^Menimbang\b/i.test(line)) {
      reset({ part: 'menimbang' });
      const first = /^Menimbang\s*:?\s*([a-z])\.\s/i.exec(line);
      if (first) item(c, 'huruf', first[1]!.toLowerCase());
      return;
    }
    if (/^Mengingat\b/i.test(line)) {
      reset({ part: 'mengingat' });
      const first = /^Mengingat\s*:?\s*(\d+)\.\s/i.exec(line);
      if (first) item(c, 'angka', first[1]!);
      return;
    }
    if (/^(MEMUTUSKAN|Menetapkan\s*:)/.test(line) && c.part !== 'batang') {
      reset({ part: 'diktum' });
      return;
    }
    if (/^(Ditetapkan|Diundangkan)\s+di\b/i.test(line) && c.part === 'batang') {
      reset({ part: 'penutup' });
      return;
    }
  }
  // "LAMPIAN I" is how one text spells its first annex heading.
  if (/^LAMPI?R?AN(\s+[IVX]+)?\b/.test(line) && line.length < 40 && !/^LAMPI?R?AN\s*:/.test(line)) {
    const numeral = /^LAMPI?R?AN\s+([IVX]+)\b/.exec(line)?.[1];
    reset({
      part: 'lampiran',
      lampiran: numeral ? `Lampiran ${numeral}` : 'Lampiran',
      bab: undefined,
      sub: undefined,
    });
    return;
  }
  if ((m = /^BAB\s+([IVXLC]+)\b/.exec(line))) {
    const body = c.part !== 'lampiran';
    reset({
      part: body ? 'batang' : 'lampiran',
      bab: `BAB ${m[1]}`,
      section: undefined,
      sub: undefined,
      ...(body ? { pasal: undefined, ayat: undefined } : {}),
    });
    return;
  }
  if (c.part !== 'lampiran') {
    if ((m = /^Pasal\s+(\d+[A-Z]?)$/.exec(line))) {
      reset({ part: 'batang', pasal: m[1], ayat: undefined });
      return;
    }
    if (c.part === 'batang' && (m = /^(Bagian|Paragraf)\s+(Ke\w+|\d+)\b/.exec(line))) {
      reset({ section: `${m[1]} ${m[2]}`, pasal: undefined, ayat: undefined });
      return;
    }
    if (c.part === 'batang' && c.pasal && (m = /^\((\d+)\)/.exec(line))) {
      reset({ ayat: m[1] });
      return;
    }
  } else {
    if ((m = /^([IVX]+)\.\s+\S/.exec(line))) {
      reset({ bab: m[1], sub: undefined });
      return;
    }
    if ((m = /^([A-H])\.\s+\S/.exec(line))) {
      reset({ sub: m[1] });
      return;
    }
  }
  if (c.part === 'judul' || c.part === 'penutup' || c.part === 'diktum') return;
  if ((m = /^([a-z])\.\s/.exec(line))) item(c, 'huruf', m[1]!);
  else if ((m = /^(\d+)\.\s/.exec(line))) item(c, 'angka', m[1]!);
  else if ((m = /^([a-z])\)\s/.exec(line))) item(c, 'hurufKurung', m[1]!);
  else if ((m = /^(\d+)\)\s/.exec(line))) item(c, 'butir', m[1]!);
}

/** Cuts a regulation's text into cited passages, in the text's order. */
export function splitPassages(text: string): Passage[] {
  const lines = text.split('\n');
  const out: Passage[] = [];
  const cursor: Cursor = { part: 'judul', items: [] };
  let open: Passage | undefined;
  lines.forEach((raw, i) => {
    const line = clean(raw);
    if (line === '') return;
    advance(cursor, line);
    const locator = locatorOf(cursor) || 'Judul';
    const n = i + 1;
    if (open && open.locator === locator && open.text.length + line.length < MAX_PASSAGE) {
      open.text += `\n${line}`;
      open.to = n;
      return;
    }
    open = { part: cursor.part, locator, from: n, to: n, text: line };
    out.push(open);
  });
  return out;
}
