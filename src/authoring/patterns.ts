/**
 * Proposals from the wording the Sistem Kerja regulations share: the jabatan they name
 * ("Pejabat Pimpinan Tinggi Pratama", "Kepala Bagian", "Kelompok Jabatan Fungsional dan
 * Pelaksana") and the relations they state ("... berkedudukan di bawah ...", "... sebagai Pejabat
 * Penilai Kinerja bagi ..."). A proposal is only a suggestion with its line and quote: nothing
 * enters the data until a person accepts it.
 */
import {
  categoryOf,
  mentions,
  normaliseName,
  sentenceAround,
  type Category,
  type Jenjang,
} from './patterns/mentions';

export { normaliseName, type Category, type Jenjang } from './patterns/mentions';
export { proposeRelations, type RelationProposal } from './patterns/relations';

export interface PositionProposal {
  name: string;
  category: Category;
  jenjang?: Jenjang[];
  /** First line that names it, and a quote from that line. */
  line: number;
  quote: string;
  /** How many lines name it. */
  count: number;
}

/** Jabatan named in lines [from, to] (1-based; the whole text by default). */
export function proposePositions(lines: readonly string[], from = 1, to = lines.length): PositionProposal[] {
  const found = new Map<string, PositionProposal>();
  for (let n = from; n <= to; n++) {
    const line = lines[n - 1] ?? '';
    const seen = new Set<string>();
    for (const m of mentions(line)) {
      const key = normaliseName(m.name);
      if (seen.has(key)) continue;
      seen.add(key);
      const hit = found.get(key);
      if (hit) hit.count++;
      else
        found.set(key, {
          name: m.name,
          ...categoryOf(m.name),
          line: n,
          quote: sentenceAround(line, m.start, m.end),
          count: 1,
        });
    }
  }
  return [...found.values()];
}
