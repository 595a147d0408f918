/** Text matching for search and pickers: case-, accent- and punctuation-insensitive, typo-tolerant. */

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The abbreviations the regulations use, with what they stand for. A Map: words typed by a
 * reader ("constructor") must never reach Object.prototype.
 */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    setda: 'sekretariat daerah',
    sekda: 'sekretaris daerah',
    setwan: 'sekretariat dewan perwakilan rakyat daerah',
    dprd: 'dewan perwakilan rakyat daerah',
    rsud: 'rumah sakit umum daerah',
    rsd: 'rumah sakit daerah',
    rs: 'rumah sakit',
    uptd: 'unit pelaksana teknis daerah',
    upt: 'unit pelaksana teknis',
    uobk: 'unit organisasi bersifat khusus',
    dpmptsp: 'dinas penanaman modal dan pelayanan terpadu satu pintu',
    puskesmas: 'pusat kesehatan masyarakat',
    pd: 'perangkat daerah',
    opd: 'organisasi perangkat daerah',
    jf: 'jabatan fungsional',
    jpt: 'jabatan pimpinan tinggi',
    asn: 'aparatur sipil negara',
    pns: 'pegawai negeri sipil',
    satpol: 'satuan polisi',
    pp: 'pamong praja',
    bkpsdm: 'badan kepegawaian dan pengembangan sumber daya manusia',
    bappeda: 'badan perencanaan pembangunan daerah',
    kasubbag: 'kepala subbagian',
    kabid: 'kepala bidang',
    kabag: 'kepala bagian',
    sekolah: 'satuan pendidikan',
  }),
);

/** Folded words of a text, with abbreviations it contains expanded (both forms kept). */
export function words(text: string): string[] {
  const base = fold(text).split(' ').filter(Boolean);
  const out = [...base];
  for (const w of base) {
    const expansion = ABBREVIATIONS.get(w);
    if (expansion) out.push(...expansion.split(' '));
  }
  return out;
}

/** Optimal string alignment distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2.splice(0, prev2.length, ...prev);
    prev = cur;
  }
  return prev[b.length]!;
}

/** How well one query word matches one label word: 3 exact, 2 prefix, 1 typo, 0 no. */
export function wordScore(query: string, word: string): number {
  if (query === word) return 3;
  if (query.length >= 2 && word.startsWith(query)) return 2;
  if (query.length >= 4) {
    const allowed = query.length >= 8 ? 2 : 1;
    if (editDistance(query, word, allowed) <= allowed) return 1;
    // a typo in a prefix ("perhubu" for "perhubungan")
    if (word.length > query.length && editDistance(query, word.slice(0, query.length), 1) <= 1) return 1;
  }
  return 0;
}

/**
 * Score of a label for a query (0 = no match): every query word must match a word of the label
 * (or of its abbreviation expansion).
 */
export function matchScore(query: string, label: string): number {
  const q = fold(query).split(' ').filter(Boolean);
  if (q.length === 0) return 0;
  const labelWords = words(label);
  const qExpanded = q.map((w) => {
    const expansion = ABBREVIATIONS.get(w);
    return expansion ? [w, ...expansion.split(' ')] : [w];
  });
  let total = 0;
  for (const alternatives of qExpanded) {
    // an abbreviation matches if it or all the words it stands for match
    const direct = Math.max(...labelWords.map((w) => wordScore(alternatives[0]!, w)));
    let expanded = 0;
    if (alternatives.length > 1) {
      const scores = alternatives.slice(1).map((a) => Math.max(...labelWords.map((w) => wordScore(a, w))));
      expanded = scores.every((s) => s > 0) ? Math.min(...scores) : 0;
    }
    const best = Math.max(direct, expanded);
    if (best === 0) return 0;
    total += best;
  }
  // Prefer shorter labels (closer matches) among equals.
  return total + 1 / (1 + labelWords.length);
}
