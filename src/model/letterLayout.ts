/**
 * Where each line of an annex letter template stands on the page, in the layout of an Indonesian
 * official letter (tata naskah dinas): the kop at the head, the title and its number centred, the
 * body, and the signature block on the right. The template's words are kept as they are; only
 * their places are read from them.
 */
export type LetterLineKind = 'kop' | 'title' | 'number' | 'body' | 'signature';

export interface LetterLine {
  text: string;
  kind: LetterLineKind;
}

/** A position that signs ends with a comma ("Kepala Perangkat Daerah,"); the date line may precede it. */
const SIGNER = /,\s*$/;
const DATE_LINE = /tanggal|\{\{tanggal|ditetapkan di/i;
/** The signature block sits in the last lines: name, rank and NIP under the signer's position. */
const SIGNATURE_REACH = 8;

export function letterLayout(template: readonly string[], title: string): LetterLine[] {
  const titleAt = template.findIndex((l) => l.trim().toUpperCase() === title.trim().toUpperCase());
  // The kop: the lines before the title, when they are the office's name (no field, no colon).
  const kopEnd =
    titleAt > 0 && template.slice(0, titleAt).every((l) => !l.includes(':') && !l.includes('{{'))
      ? titleAt
      : 0;
  let signatureAt = template.length;
  for (let i = template.length - 1; i >= Math.max(kopEnd, template.length - SIGNATURE_REACH); i--) {
    if (SIGNER.test(template[i]!) && !template[i]!.includes('{{')) {
      signatureAt = i;
      break;
    }
  }
  // Take the place-and-date line(s) just above the signer into the block.
  for (let back = 0; back < 2 && signatureAt < template.length; back++) {
    let j = signatureAt - 1;
    while (j > 0 && template[j]!.trim() === '') j--;
    if (j > Math.max(titleAt, kopEnd) && DATE_LINE.test(template[j]!)) signatureAt = j;
    else break;
  }
  return template.map((text, i) => ({
    text,
    kind:
      i < kopEnd
        ? 'kop'
        : i === titleAt
          ? 'title'
          : titleAt >= 0 && i === titleAt + 1 && /^\s*Nomor\b/i.test(text)
            ? 'number'
            : i >= signatureAt
              ? 'signature'
              : 'body',
  }));
}
