/**
 * How large a region file may be, in one place. The validator (the CLI, the build and the import
 * page alike) refuses anything past these before any view sees it, naming the limit and why, so
 * no file the validator accepts can freeze or crash a view. The bundled regions use a small part
 * of each (at most 18 positions in a unit type, 19 steps in a flow, 25 flows, 131 rules, 0.5 MB).
 */
export interface Limit {
  max: number;
  /** What is counted, in a sentence's words: "jabatan dalam satu tipe unit". */
  what: string;
  /** Why the limit is there. */
  why: string;
}

export const LIMITS = {
  fileChars: {
    max: 10_000_000,
    what: 'karakter dalam satu berkas',
    why: 'berkas sebesar itu tidak dapat diperiksa dan disimpan di peramban dengan andal',
  },
  nesting: {
    max: 40,
    what: 'tingkat sarang JSON',
    why: 'format data tidak memerlukan lebih dari belasan tingkat',
  },
  unitTypes: {
    max: 200,
    what: 'tipe unit dalam satu wilayah',
    why: 'daftar sepanjang itu tidak terbaca sebagai halaman wilayah',
  },
  positionsPerUnit: {
    max: 2_000,
    what: 'jabatan dalam satu tipe unit',
    why: 'bagan sebesar itu tidak dapat disusun dan dibaca di peramban',
  },
  relationsPerUnit: {
    max: 20_000,
    what: 'relasi dalam satu tipe unit',
    why: 'garis sebanyak itu tidak dapat digambar dalam satu bagan',
  },
  hierarchyDepth: {
    max: 64,
    what: 'tingkat kedudukan (jabatan di bawah jabatan)',
    why: 'bagan dan daftar sedalam itu tidak dapat ditampilkan; peraturan mengenal beberapa level saja',
  },
  flows: {
    max: 500,
    what: 'alur dalam satu wilayah',
    why: 'daftar sepanjang itu tidak terbaca sebagai halaman wilayah',
  },
  stepsPerFlow: {
    max: 1_000,
    what: 'langkah dalam satu alur',
    why: 'alur sepanjang itu tidak dapat diputar dan dibaca; pecah menjadi beberapa alur',
  },
  participantsPerFlow: {
    max: 500,
    what: 'pihak dalam satu alur',
    why: 'pihak sebanyak itu tidak dapat ditampilkan di samping bagan',
  },
  rules: {
    max: 5_000,
    what: 'ketentuan dalam satu wilayah',
    why: 'daftar sepanjang itu tidak terbaca sebagai halaman wilayah',
  },
  forms: {
    max: 200,
    what: 'formulir dalam satu wilayah',
    why: 'daftar sepanjang itu tidak terbaca sebagai halaman wilayah',
  },
  notes: {
    max: 5_000,
    what: 'catatan dalam satu wilayah',
    why: 'daftar sepanjang itu tidak terbaca sebagai halaman wilayah',
  },
  offices: {
    max: 5_000,
    what: 'nama kantor dalam satu wilayah',
    why: 'daftar sepanjang itu tidak dapat dicari dengan cepat',
  },
} as const satisfies Record<string, Limit>;

export type LimitName = keyof typeof LIMITS;

/** "alur ini punya 60.000 langkah dalam satu alur; batas 1.000 (alasan)". */
export function overLimit(name: LimitName, count: number): string {
  const limit: Limit = LIMITS[name];
  return `terlalu banyak ${limit.what}: ${formatCount(count)}; batas ${formatCount(limit.max)} (${limit.why})`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('id-ID');
}
