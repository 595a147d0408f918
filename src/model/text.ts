/**
 * Text matching for search and pickers: case-, accent- and punctuation-insensitive, typo-tolerant,
 * and aware of the abbreviations and role words Indonesian officials use for their offices.
 *
 * The tables below are expansion words of the language of Indonesian government, not facts of a
 * region: which unit type an office belongs to is the data's business (`offices`, `perangkatDaerah`).
 * Lookups go through `Map`s, so a typed word such as "constructor" is only ever a word.
 */

import { fold } from './fold';
export { fold };

/** Common abbreviations of Indonesian regional government, each with what it may stand for. */
export const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  // offices (perangkat daerah)
  ['setda', ['sekretariat daerah']],
  ['sekda', ['sekretaris daerah', 'sekretariat daerah']],
  ['setwan', ['sekretariat dewan perwakilan rakyat daerah', 'sekretariat dprd']],
  ['sekwan', ['sekretaris dewan perwakilan rakyat daerah', 'sekretaris dprd']],
  ['dprd', ['dewan perwakilan rakyat daerah']],
  ['dinkes', ['dinas kesehatan']],
  ['dishub', ['dinas perhubungan']],
  ['disdik', ['dinas pendidikan']],
  ['disdikbud', ['dinas pendidikan dan kebudayaan']],
  ['dikbud', ['pendidikan dan kebudayaan']],
  ['dinsos', ['dinas sosial']],
  ['disnaker', ['dinas tenaga kerja']],
  ['disnakertrans', ['dinas tenaga kerja dan transmigrasi']],
  ['disdukcapil', ['dinas kependudukan dan pencatatan sipil']],
  ['dukcapil', ['kependudukan dan pencatatan sipil']],
  ['diskominfo', ['dinas komunikasi dan informatika']],
  ['kominfo', ['komunikasi dan informatika']],
  ['diskop', ['dinas koperasi']],
  ['diskopukm', ['dinas koperasi usaha kecil menengah', 'dinas koperasi usaha mikro']],
  ['disperindag', ['dinas perindustrian dan perdagangan']],
  ['dispar', ['dinas pariwisata']],
  ['disparpora', ['dinas pariwisata pemuda dan olahraga']],
  ['dispora', ['dinas pemuda dan olahraga', 'dinas kepemudaan dan olahraga']],
  ['disporapar', ['dinas kepemudaan olahraga dan pariwisata']],
  ['dispusip', ['dinas perpustakaan dan kearsipan']],
  ['disarpus', ['dinas kearsipan dan perpustakaan']],
  ['dispertan', ['dinas pertanian']],
  ['distan', ['dinas pertanian']],
  ['dkp', ['dinas kelautan dan perikanan']],
  ['dlh', ['dinas lingkungan hidup']],
  ['dpu', ['dinas pekerjaan umum']],
  ['dpupr', ['dinas pekerjaan umum dan penataan ruang']],
  ['pupr', ['pekerjaan umum dan penataan ruang']],
  ['disperkim', ['dinas perumahan dan kawasan permukiman', 'dinas perumahan rakyat dan kawasan permukiman']],
  ['dpmd', ['dinas pemberdayaan masyarakat dan desa']],
  ['dispermades', ['dinas pemberdayaan masyarakat dan desa']],
  ['dp3a', ['dinas pemberdayaan perempuan dan perlindungan anak']],
  ['dp3akb', ['dinas pemberdayaan perempuan perlindungan anak dan keluarga berencana']],
  ['dpmptsp', ['dinas penanaman modal dan pelayanan terpadu satu pintu']],
  ['ptsp', ['pelayanan terpadu satu pintu']],
  ['damkar', ['pemadam kebakaran']],
  ['satpol', ['satuan polisi']],
  ['pp', ['pamong praja']],
  ['kesbangpol', ['kesatuan bangsa dan politik']],
  ['kesbang', ['kesatuan bangsa']],
  ['bappeda', ['badan perencanaan pembangunan daerah']],
  ['bapperida', ['badan perencanaan pembangunan riset dan inovasi daerah']],
  ['bapenda', ['badan pendapatan daerah']],
  ['bpkad', ['badan pengelolaan keuangan dan aset daerah', 'badan pengelola keuangan dan aset daerah']],
  ['bpkd', ['badan pengelolaan keuangan daerah', 'badan pengelola keuangan daerah']],
  ['bkad', ['badan keuangan dan aset daerah']],
  ['bakeuda', ['badan keuangan daerah']],
  ['bkd', ['badan kepegawaian daerah', 'badan keuangan daerah']],
  ['bkpsdm', ['badan kepegawaian dan pengembangan sumber daya manusia']],
  ['bkpsdmd', ['badan kepegawaian dan pengembangan sumber daya manusia daerah']],
  ['bpbd', ['badan penanggulangan bencana daerah']],
  ['brida', ['badan riset dan inovasi daerah']],
  ['rsud', ['rumah sakit umum daerah', 'rumah sakit daerah']],
  ['rskd', ['rumah sakit khusus daerah']],
  ['rsd', ['rumah sakit daerah']],
  ['rsj', ['rumah sakit jiwa']],
  ['rsjd', ['rumah sakit jiwa daerah']],
  ['rs', ['rumah sakit']],
  ['uptd', ['unit pelaksana teknis daerah', 'unit pelaksana teknis dinas', 'unit pelaksana teknis']],
  ['upt', ['unit pelaksana teknis']],
  ['uobk', ['unit organisasi bersifat khusus']],
  ['puskesmas', ['pusat kesehatan masyarakat']],
  ['pkm', ['pusat kesehatan masyarakat']],
  ['kec', ['kecamatan']],
  ['kel', ['kelurahan']],
  ['pd', ['perangkat daerah']],
  ['opd', ['organisasi perangkat daerah']],
  ['skpd', ['satuan kerja perangkat daerah']],
  // schools
  ['sekolah', ['satuan pendidikan']],
  ['paud', ['pendidikan anak usia dini']],
  ['tk', ['taman kanak kanak']],
  ['sd', ['sekolah dasar']],
  ['smp', ['sekolah menengah pertama']],
  ['sma', ['sekolah menengah atas']],
  ['smk', ['sekolah menengah kejuruan']],
  ['slb', ['sekolah luar biasa']],
  ['skb', ['sanggar kegiatan belajar']],
  ['spnf', ['satuan pendidikan nonformal']],
  // positions and their ranks
  ['jf', ['jabatan fungsional', 'pejabat fungsional']],
  ['jpt', ['jabatan pimpinan tinggi', 'pejabat pimpinan tinggi']],
  ['asn', ['aparatur sipil negara']],
  ['pns', ['pegawai negeri sipil']],
  ['kasubbag', ['kepala subbagian', 'kepala sub bagian']],
  ['kasubag', ['kepala subbagian', 'kepala sub bagian']],
  ['kasubbid', ['kepala subbidang', 'kepala sub bidang']],
  ['kasi', ['kepala seksi']],
  ['kabid', ['kepala bidang']],
  ['kabag', ['kepala bagian']],
  ['kadis', ['kepala dinas']],
  ['kaban', ['kepala badan']],
  ['kepsek', ['kepala sekolah']],
  ['kapus', ['kepala puskesmas']],
  ['sekdis', ['sekretaris dinas']],
  ['sekcam', ['sekretaris kecamatan', 'sekretaris camat']],
  ['seklur', ['sekretaris kelurahan']],
  ['irban', ['inspektur pembantu']],
  ['tu', ['tata usaha']],
  ['kesra', ['kesejahteraan rakyat']],
  ['ekbang', ['perekonomian dan pembangunan', 'ekonomi dan pembangunan']],
  ['pbj', ['pengadaan barang dan jasa']],
  ['sdm', ['sumber daya manusia']],
]);

/**
 * Words for a person that name their office: the head of a Kecamatan is its Camat, a Puskesmas
 * is where its doctors work. Used like abbreviations, in both directions.
 */
export const ROLE_WORDS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['camat', ['kecamatan']],
  ['lurah', ['kelurahan']],
  ['inspektur', ['inspektorat']],
  ['guru', ['sekolah', 'satuan pendidikan']],
  ['dokter', ['rumah sakit', 'puskesmas']],
  ['perawat', ['rumah sakit', 'puskesmas']],
  ['bidan', ['puskesmas', 'rumah sakit']],
]);

/** Words that carry no meaning of their own in a name ("Dinas Kependudukan dan Pencatatan Sipil"). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'dan',
  'atau',
  'serta',
  'di',
  'ke',
  'dari',
  'pada',
  'yang',
  'dengan',
  'untuk',
  'dr',
]);

/** What a word may stand for: its abbreviation and role-word expansions, as word lists. */
export function expansions(word: string): string[][] {
  const out: string[][] = [];
  for (const table of [ABBREVIATIONS, ROLE_WORDS]) {
    for (const phrase of table.get(word) ?? []) out.push(phrase.split(' '));
  }
  return out;
}

/**
 * What a word in a name stands for: its first expansion only. A typed "uptd" may mean any of
 * its readings; a name that says "UPTD" is not thereby a "Dinas".
 */
function nameExpansion(word: string): string[] {
  return (ABBREVIATIONS.get(word) ?? ROLE_WORDS.get(word))?.[0]?.split(' ') ?? [];
}

/**
 * Expansions of a typed word, tolerating a typo in an abbreviation of six letters or more
 * ("dinkess", "kesbanpol") when exactly one abbreviation is that close. Role words are never
 * guessed: "badan" is not a misspelt "bidan".
 */
export function queryExpansions(word: string): string[][] {
  const exact = expansions(word);
  if (exact.length > 0 || word.length < 6) return exact;
  const near = [...ABBREVIATIONS.keys()].filter(
    (k) => k.length >= 6 && k[0] === word[0] && editDistance(word, k, 1) <= 1,
  );
  return near.length === 1 ? expansions(near[0]!) : [];
}

/**
 * A small memo for pure functions of a string that search calls once per label per query (the
 * same few thousand labels again and again).
 */
function memo<T>(fn: (key: string) => T, size = 4000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = fn(key);
    if (cache.size >= size) cache.clear();
    cache.set(key, value);
    return value;
  };
}

/** Folded words of a text, with the abbreviations and role words it contains expanded (both kept). */
export const words: (text: string) => readonly string[] = memo((text) => {
  const base = fold(text).split(' ').filter(Boolean);
  const out = [...base];
  for (const w of base) out.push(...nameExpansion(w));
  return out;
});

/** Folded words of a query, without stop words (unless the query is nothing but). */
export function queryWords(query: string): string[] {
  const all = fold(query).split(' ').filter(Boolean);
  const content = all.filter((w) => !STOP_WORDS.has(w));
  return content.length > 0 ? content : all;
}

/** Optimal string alignment distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** How well one query word matches one label word: 3 exact, 2 prefix, 1 typo, 0 no. */
export function wordScore(query: string, word: string): number {
  if (query === word) return 3;
  if (query.length >= 2 && word.startsWith(query)) return 2;
  // A typo is looked for only past the first letter, which people rarely get wrong (and which
  // keeps search fast: most label words are ruled out here).
  if (query.length >= 4 && query[0] === word[0]) {
    const allowed = query.length >= 8 ? 2 : 1;
    if (editDistance(query, word, allowed) <= allowed) return 1;
    // a typo in a prefix ("perhubu" for "perhubungan")
    if (word.length > query.length && editDistance(query, word.slice(0, query.length), 1) <= 1) return 1;
  }
  return 0;
}

function bestOf(query: string, labelWords: readonly string[]): number {
  if (labelWords.includes(query)) return 3;
  let best = 0;
  for (const w of labelWords) {
    const s = wordScore(query, w);
    if (s > best) best = s;
    if (best === 2) break;
  }
  return best;
}

/**
 * Score of an expansion against a label: every content word must match, except that one word may
 * be missing from a long expansion of five words or more ("Badan Kepegawaian dan Pembangunan Sumber Daya Manusia" for
 * BKPSDM). Exact words only: an expansion is not a prefix.
 */
function expansionScore(expansion: readonly string[], labelWords: readonly string[]): number {
  const content = expansion.filter((w) => !STOP_WORDS.has(w));
  const scores = content.map((w) => (labelWords.includes(w) ? 3 : bestOf(w, labelWords) >= 1 ? 1 : 0));
  const missing = scores.filter((s) => s === 0).length;
  if (missing > (content.length >= 5 ? 1 : 0)) return 0;
  return Math.min(...scores.filter((s) => s > 0));
}

/** A query folded once: its content words, each with what it may stand for. */
export interface PreparedQuery {
  words: { word: string; expansions: string[][] }[];
}

export const prepareQuery: (query: string) => PreparedQuery = memo(
  (query) => ({ words: queryWords(query).map((word) => ({ word, expansions: queryExpansions(word) })) }),
  200,
);

/**
 * Score of one prepared query word against a label's words (0 = no match). A reading past the
 * first counts at most as a prefix: "rsud" is first a Rumah Sakit Umum Daerah.
 */
function preparedWordScore(w: PreparedQuery['words'][number], labelWords: readonly string[]): number {
  let best = bestOf(w.word, labelWords);
  w.expansions.forEach((e, i) => {
    const s = expansionScore(e, labelWords);
    best = Math.max(best, i === 0 ? s : Math.min(s, 2));
  });
  return best;
}

/**
 * Score of a label's words (from `words`) for a prepared query (0 = no match): every query word
 * must match a word of the label (or of its expansion), or stand for words the label has
 * ("dinkes" for "Dinas Kesehatan").
 */
export function scoreWords(query: PreparedQuery, labelWords: readonly string[]): number {
  if (query.words.length === 0) return 0;
  let total = 0;
  for (const w of query.words) {
    const s = preparedWordScore(w, labelWords);
    if (s === 0) return 0;
    total += s;
  }
  // Prefer shorter labels (closer matches) among equals.
  return total + 1 / (1 + labelWords.length);
}

/** Score of a label for a query (0 = no match); see `scoreWords`. */
export function matchScore(query: string, label: string): number {
  return scoreWords(prepareQuery(query), words(label));
}

/**
 * Whether a typed word accounts for a whole word of a label: the word itself, its beginning, or
 * the word with a typo. A typo in a beginning is not enough: "sekda" starts like no "sekwa(n)",
 * and "kesra" is not a misspelt "kesba(ngpol)".
 */
function accountsFor(typed: string, word: string): boolean {
  const s = wordScore(typed, word);
  if (s !== 1) return s > 0;
  const allowed = typed.length >= 8 ? 2 : 1;
  return editDistance(typed, word, allowed) <= allowed;
}

/**
 * The share (0-1) of a label's own words that the query accounts for: "Sekretariat Daerah" is
 * closer to "setda" than "Sekretariat Dewan Perwakilan Rakyat Daerah" is, though both match.
 */
export function coverage(query: PreparedQuery, label: string): number {
  const base = fold(label)
    .split(' ')
    .filter((w) => w && !STOP_WORDS.has(w));
  if (base.length === 0) return 0;
  const tokens = query.words.flatMap((w) => [w.word, ...w.expansions.flat()]);
  const has = (w: string) => tokens.some((t) => accountsFor(t, w));
  // A label's abbreviation is accounted for by itself or by every word it stands for.
  const covered = base.filter((b) => {
    const e = nameExpansion(b);
    return has(b) || (e.length > 0 && e.every((w) => STOP_WORDS.has(w) || has(w)));
  });
  return covered.length / base.length;
}

/**
 * Whether the query, as typed or with its abbreviations written out, stands in the label as one
 * phrase ("rskd kelas b" in "Rumah Sakit Khusus Daerah Kelas B", not in "... Kelas A/B, dan Rumah
 * Sakit Khusus Daerah Kelas A"). The last word may be a prefix (the official is still typing).
 */
export function phraseIn(query: PreparedQuery, label: string): boolean {
  let variants: string[][] = [[]];
  for (const w of query.words) {
    const forms = [[w.word], ...w.expansions];
    variants = variants.flatMap((v) => forms.map((f) => [...v, ...f])).slice(0, 16);
  }
  const labelText = ` ${fold(label)
    .split(' ')
    .filter((x) => x && !STOP_WORDS.has(x))
    .join(' ')} `;
  return variants.some((v) => {
    const content = v.filter((x) => !STOP_WORDS.has(x));
    if (content.length < 2) return false;
    const phrase = content.join(' ');
    return labelText.includes(` ${phrase} `) || labelText.includes(` ${phrase}`);
  });
}
