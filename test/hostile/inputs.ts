/**
 * The reliability probe's hostile files (December 2026 audit, h05…h45), made here from a few
 * parameters instead of committed: each with what the validator must say of it. Shared by the
 * unit suite (the CLI's validator) and the browser suite (the import page).
 */
// Short, so that 60,000 steps stay under the file-size limit and meet the step limit.
const cite = { file: 'sintetis.txt', locator: 'x', lines: [1, 1], quote: 'data uji' };

interface Shape {
  positions?: number;
  /** chain: each position under the one before; star: all under the head. */
  shape?: 'chain' | 'star';
  steps?: number;
  name?: string;
  unitName?: string;
  /** A form whose one field has this id (h17: "constructor"). */
  formField?: string;
  /** How many rules (general provisions) the region has. */
  rules?: number;
}

/** A valid synthetic region (no quote check: its source is not bundled). */
export function syntheticRegion(id: string, opts: Shape = {}): Record<string, unknown> {
  const n = opts.positions ?? 3;
  const positions = [{ id: 'p0', name: 'Kepala Unit Sintetis', category: 'jpt', cite }];
  const relations: unknown[] = [];
  for (let i = 1; i < n; i++) {
    positions.push({ id: `p${i}`, name: `Jabatan Sintetis ${i}`, category: 'pelaksana', cite });
    const sup = opts.shape === 'chain' ? `p${i - 1}` : 'p0';
    relations.push({ kind: 'kedudukan', from: `p${i}`, to: sup, cite });
  }
  const stepCount = opts.steps ?? 0;
  const flows =
    stepCount === 0
      ? []
      : [
          {
            id: 'alur-panjang',
            name: 'Alur Panjang',
            kind: 'pelaksanaanTugas',
            unitTypes: ['unit'],
            participants: [{ id: 'kepala', name: 'Kepala', position: 'p0' }],
            steps: Array.from({ length: stepCount }, (_, i) => ({
              id: `s${i}`,
              actor: 'kepala',
              action: `Langkah ${i}`,
              cite,
            })),
            cite,
          },
        ];
  const forms = opts.formField
    ? [
        {
          id: 'surat',
          title: 'Surat Sintetis',
          template: [`Nama: {{${opts.formField}}}`, 'Nomor: {{nomor}}'],
          fields: [
            { id: opts.formField, label: 'Isian yang diuji' },
            { id: 'nomor', label: 'Nomor' },
          ],
          cite,
        },
      ]
    : [];
  return {
    schemaVersion: 1,
    id,
    name: opts.name ?? 'Wilayah Sintetis',
    level: 'kota',
    source: 'sintetis.txt',
    regulation: {
      type: 'Peraturan Wali Kota',
      number: '1',
      year: 2024,
      title: 'Uji',
      date: '2024-01-01',
      cite,
    },
    unitTypes: [
      {
        id: 'unit',
        name: opts.unitName ?? 'Unit Sintetis',
        levels: [3],
        head: 'p0',
        positions,
        relations,
        cite,
      },
    ],
    flows,
    rules: Array.from({ length: opts.rules ?? 0 }, (_, i) => ({
      id: `ketentuan-${i}`,
      kind: 'ketentuan',
      subject: 'umum',
      text: `Ketentuan sintetis ${i}`,
      cite,
    })),
    forms,
    notes: [],
  };
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

export interface HostileFile {
  /** The audit's name for it. */
  name: string;
  bytes: () => Buffer;
  /** What the validator says (a pattern of its message), or 'ok'. */
  expect: RegExp | 'ok';
  /** The JSON path the message names. */
  path?: string;
}

export const HOSTILE: HostileFile[] = [
  {
    name: 'h27-5000-star.json',
    bytes: () => json(syntheticRegion('h27-5000-star', { positions: 5000 })),
    expect: /terlalu banyak jabatan dalam satu tipe unit: 5\.000; batas 2\.000 \(bagan sebesar itu/,
    path: '$.unitTypes[0].positions',
  },
  {
    name: 'h28-5000-chain.json',
    bytes: () => json(syntheticRegion('h28-5000-chain', { positions: 5000, shape: 'chain' })),
    expect: /terlalu banyak jabatan dalam satu tipe unit: 5\.000; batas 2\.000/,
    path: '$.unitTypes[0].positions',
  },
  {
    name: 'e1-500-chain.json',
    bytes: () => json(syntheticRegion('e1-500-chain', { positions: 500, shape: 'chain' })),
    expect:
      /terlalu banyak tingkat kedudukan \(jabatan di bawah jabatan\): 500; batas 64 \(bagan dan daftar sedalam itu tidak dapat ditampilkan/,
    path: '$.unitTypes[0]',
  },
  {
    name: 'h44-flow-20000-steps.json',
    bytes: () => json(syntheticRegion('h44-flow-20000-steps', { steps: 20_000 })),
    expect: /terlalu banyak langkah dalam satu alur: 20\.000; batas 1\.000 \(alur sepanjang itu/,
    path: '$.flows[0].steps',
  },
  {
    name: 'h45-flow-60000-steps.json',
    bytes: () => json(syntheticRegion('h45-flow-60000-steps', { steps: 60_000 })),
    expect: /terlalu banyak langkah dalam satu alur: 60\.000; batas 1\.000/,
    path: '$.flows[0].steps',
  },
  {
    // Not in the probe: the "rules" limit, one past it.
    name: 'rules-5001.json',
    bytes: () => json(syntheticRegion('rules-5001', { rules: 5001 })),
    expect:
      /terlalu banyak ketentuan dalam satu wilayah: 5\.001; batas 5\.000 \(daftar sepanjang itu tidak terbaca/,
    path: '$.rules',
  },
  {
    name: 'h10-19mb.json',
    // A valid region padded to 19 MB with spaces (JSON whitespace).
    bytes: () => Buffer.concat([json(syntheticRegion('h10-19mb')), Buffer.alloc(19 * 1024 * 1024, 32)]),
    expect: /berkas terlalu besar \(19\.\d+\.\d+ karakter\); batas 10\.000\.000 karakter dalam satu berkas/,
    path: '$',
  },
  {
    name: 'h31-nan.json',
    bytes: () => Buffer.from('{\n  "schemaVersion": 1,\n  "id": NaN\n}'),
    expect: /bukan JSON yang sah: karakter tak terduga 'N' \(baris 3, kolom 9\)/,
    path: '$',
  },
  {
    name: 'h32-infinity.json',
    bytes: () => Buffer.from('{"schemaVersion": Infinity}'),
    expect: /bukan JSON yang sah: karakter tak terduga 'I' \(baris 1, kolom 19\)/,
    path: '$',
  },
  {
    name: 'h05-binary.json',
    bytes: () => Buffer.from([0x7b, 0x0a, 0x00, 0x01, 0x02, 0x7d]),
    expect: /bukan JSON yang sah: karakter tak terduga U\+0000 \(baris 2, kolom 1\)/,
    path: '$',
  },
  {
    name: 'h35-bad-utf8.json',
    bytes: () => {
      const text = JSON.stringify(syntheticRegion('h35-bad-utf8', { name: 'Kota XX' }));
      const at = Buffer.from(text.slice(0, text.indexOf('XX'))).length;
      const bytes = Buffer.from(text);
      bytes[at] = 0xc3; // a lead byte followed by 'X': not UTF-8
      return bytes;
    },
    expect: /bukan teks UTF-8 yang sah: urutan bita tidak sah di bita \d+ \(baris 1, kolom \d+\)/,
    path: '$',
  },
  {
    name: 'h36-bom.json',
    bytes: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), json(syntheticRegion('h36-bom'))]),
    expect: 'ok',
  },
  {
    name: 'h37-utf16.json',
    bytes: () =>
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(JSON.stringify(syntheticRegion('h37-utf16')), 'utf16le'),
      ]),
    expect: /berkas berkode UTF-16/,
    path: '$',
  },
  {
    name: 'h40-control-chars.json',
    bytes: () => json(syntheticRegion('h40-control-chars', { unitName: 'Unit\u0007Sintetis' })),
    expect: /teks memuat karakter kendali U\+0007 pada karakter ke-5/,
    path: '$.unitTypes[0].name',
  },
  {
    name: 'e2-bidi-override.json',
    bytes: () => json(syntheticRegion('e2-bidi-override', { name: '\u202EKabupaten Contoh' })),
    expect: /teks memuat karakter pengatur arah teks \(bidi\) U\+202E pada karakter ke-1/,
    path: '$.name',
  },
  {
    name: 'h18-zwsp.json',
    bytes: () => json(syntheticRegion('h18-zwsp', { unitName: `${'\u200B'.repeat(50)}Unit Sintetis` })),
    expect: /teks memuat karakter tak terlihat U\+200B pada karakter ke-1/,
    path: '$.unitTypes[0].name',
  },
  {
    name: 'h17-constructor-field.json',
    bytes: () => json(syntheticRegion('h17-constructor-field', { formField: 'constructor' })),
    expect: 'ok',
  },
  {
    name: 'limit-2000-star.json',
    bytes: () => json(syntheticRegion('limit-2000-star', { positions: 2000 })),
    expect: 'ok',
  },
  {
    name: 'limit-64-chain.json',
    bytes: () => json(syntheticRegion('limit-64-chain', { positions: 64, shape: 'chain' })),
    expect: 'ok',
  },
  {
    name: 'limit-5000-rules.json',
    bytes: () => json(syntheticRegion('limit-5000-rules', { rules: 5000 })),
    expect: 'ok',
  },
  {
    name: 'limit-1000-steps.json',
    bytes: () => json(syntheticRegion('limit-1000-steps', { steps: 1000 })),
    expect: 'ok',
  },
];

export function hostile(name: string): HostileFile {
  const found = HOSTILE.find((h) => h.name === name);
  if (!found) throw new Error(`no hostile file ${name}`);
  return found;
}
