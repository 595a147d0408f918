/**
 * Relations the regulations state in their shared wording: "X berkedudukan di bawah Y" and
 * "Y sebagai Pejabat Penilai Kinerja bagi X", read between the jabatan a line names.
 */
import { mentions, normaliseName, sentenceAround, type Mention } from './mentions';

export interface RelationProposal {
  kind: 'kedudukan' | 'penilaianKinerja';
  /** Position names as the text gives them, read "from <verb> to". */
  from: string;
  to: string;
  line: number;
  quote: string;
}

const KEDUDUKAN =
  /\b(?:berkedudukan\s+(?:berada\s+)?di\s+bawah|berada\s+di\s+bawah)(?:\s+dan\s+bertanggung\s?jawab(?:\s+secara\s+langsung)?\s+kepada)?\b/gi;
const PENILAI = /\bsebagai\s+Pejabat\s+Penilai\s+Kinerja\s+(?:bagi|terhadap)\b/gi;

/** The subject ending a clause: the last jabatan, or "A dan B" where two are joined. */
function subjectBefore(line: string, before: Mention[]): Mention | undefined {
  const last = before.at(-1);
  const previous = before.at(-2);
  if (last && previous && /^\s+dan\s+$/.test(line.slice(previous.end, last.start)))
    return { name: line.slice(previous.start, last.end), start: previous.start, end: last.end };
  return last;
}

/** "X berkedudukan di bawah Y" and "Y sebagai Pejabat Penilai Kinerja bagi X" in lines [from, to]. */
export function proposeRelations(lines: readonly string[], from = 1, to = lines.length): RelationProposal[] {
  const out: RelationProposal[] = [];
  const seen = new Set<string>();
  const add = (p: RelationProposal) => {
    const key = `${p.kind}|${normaliseName(p.from)}|${normaliseName(p.to)}`;
    if (seen.has(key) || normaliseName(p.from) === normaliseName(p.to)) return;
    seen.add(key);
    out.push(p);
  };
  for (let n = from; n <= to; n++) {
    const line = lines[n - 1] ?? '';
    const named = mentions(line);
    for (const m of line.matchAll(KEDUDUKAN)) {
      const start = m.index;
      const end = start + m[0].length;
      const sentenceStart = Math.max(line.lastIndexOf('.', start), line.lastIndexOf(';', start));
      const under = subjectBefore(
        line,
        named.filter((x) => x.end <= start && x.start > sentenceStart),
      );
      const over = named.find((x) => x.start >= end && x.start - end < 40);
      if (under && over)
        add({
          kind: 'kedudukan',
          from: under.name,
          to: over.name,
          line: n,
          quote: sentenceAround(line, under.start, over.end),
        });
    }
    for (const m of line.matchAll(PENILAI)) {
      const start = m.index;
      const end = start + m[0].length;
      const appraiser = named.filter((x) => x.end <= start && start - x.end < 40).at(-1);
      const appraised = named.find((x) => x.start >= end && x.start - end < 40);
      if (appraiser && appraised)
        add({
          kind: 'penilaianKinerja',
          from: appraiser.name,
          to: appraised.name,
          line: n,
          quote: sentenceAround(line, appraiser.start, appraised.end),
        });
    }
  }
  return out;
}
