/**
 * Susun: structure recognition and locator proposals over the five bundled texts. Expected
 * addresses are the region data's own citations (audited: every "Pasal N" locator lies in Pasal N),
 * copied here as written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStructure } from '../../src/authoring/structure';
import { proposeLocator } from '../../src/authoring/locator';
import { splitLines } from '../../src/authoring/lines';
import { lineCount, sliceLines } from '../../src/data/citations';
import { DATA_DIR, readSources } from '../../scripts/sources';
import type { RegionData } from '../../src/data/schema';

const sources = readSources();
const structures = new Map([...sources].map(([file, text]) => [file, parseStructure(text)]));

/** [file, first line, last line, the data's locator]: Pasal / ayat / huruf / angka / Lampiran. */
const TABLE: [string, number, number, string][] = [
  // Semarang (Perbup 35/2023)
  ['000_f84abf6e478b4619.txt', 172, 172, 'Pasal 12 ayat (2)'],
  ['000_f84abf6e478b4619.txt', 181, 181, 'Pasal 13 ayat (3) huruf a'],
  ['000_f84abf6e478b4619.txt', 185, 188, 'Pasal 13 ayat (4)'],
  ['000_f84abf6e478b4619.txt', 208, 216, 'Pasal 15'],
  ['000_f84abf6e478b4619.txt', 59, 59, 'Pasal 1 angka 10'],
  ['000_f84abf6e478b4619.txt', 418, 418, 'Lampiran II huruf a'],
  ['000_f84abf6e478b4619.txt', 419, 419, 'Lampiran II huruf a angka 1'],
  ['000_f84abf6e478b4619.txt', 423, 442, 'Lampiran II huruf a angka 1'],
  ['000_f84abf6e478b4619.txt', 472, 472, 'Lampiran II huruf a angka 4 huruf a)'],
  ['000_f84abf6e478b4619.txt', 476, 476, 'Lampiran II huruf a angka 4 huruf b) angka 2)'],
  ['000_f84abf6e478b4619.txt', 537, 541, 'Lampiran III'],
  ['000_f84abf6e478b4619.txt', 708, 708, 'Lampiran V huruf d angka 1'],
  ['000_f84abf6e478b4619.txt', 180, 188, 'Pasal 13 ayat (3) dan ayat (4)'],
  ['000_f84abf6e478b4619.txt', 249, 253, 'Pasal 18 ayat (1) sampai dengan ayat (3)'],
  // Kalimantan Timur (Pergub 50/2023)
  ['001_c6d99ee64fe95462.txt', 158, 158, 'Pasal 12 ayat (4)'],
  ['001_c6d99ee64fe95462.txt', 165, 165, 'Pasal 12 ayat (11)'],
  ['001_c6d99ee64fe95462.txt', 239, 239, 'Pasal 18 ayat (2) huruf a'],
  ['001_c6d99ee64fe95462.txt', 254, 254, 'Pasal 19 ayat (1) huruf b angka 2'],
  ['001_c6d99ee64fe95462.txt', 54, 54, 'Pasal 1 angka 7'],
  ['001_c6d99ee64fe95462.txt', 143, 143, 'Pasal 10'],
  ['001_c6d99ee64fe95462.txt', 355, 355, 'Lampiran I BAB II angka 1'],
  ['001_c6d99ee64fe95462.txt', 363, 363, 'Lampiran I BAB II angka 1 huruf a angka 1)'],
  ['001_c6d99ee64fe95462.txt', 378, 378, 'Lampiran I BAB II angka 1 huruf c'],
  ['001_c6d99ee64fe95462.txt', 385, 386, 'Lampiran I BAB II angka 2 huruf a'],
  // Sambas (Perbup 18/2024)
  ['002_af01d94e9933b5a2.txt', 127, 127, 'Pasal 8 ayat (1)'],
  ['002_af01d94e9933b5a2.txt', 164, 169, 'Pasal 12 ayat (3) dan ayat (4)'],
  ['002_af01d94e9933b5a2.txt', 185, 190, 'Pasal 15'],
  ['002_af01d94e9933b5a2.txt', 201, 201, 'Pasal 17 ayat (1) huruf a'],
  ['002_af01d94e9933b5a2.txt', 66, 66, 'Pasal 1 angka 20'],
  ['002_af01d94e9933b5a2.txt', 78, 84, 'Pasal 3'],
  ['002_af01d94e9933b5a2.txt', 348, 348, 'Lampiran I BAB II huruf A'],
  ['002_af01d94e9933b5a2.txt', 380, 404, 'Lampiran I BAB II huruf A'],
  ['002_af01d94e9933b5a2.txt', 420, 420, 'Lampiran I BAB II huruf B angka 2'],
  ['002_af01d94e9933b5a2.txt', 980, 980, 'Lampiran II angka 2'],
  ['002_af01d94e9933b5a2.txt', 1092, 1115, 'Lampiran II angka 5'],
  // Lombok Barat (Perbup 57/2023)
  ['003_e79b516f2ee6470c.txt', 137, 137, 'Pasal 8 ayat (1)'],
  ['003_e79b516f2ee6470c.txt', 190, 190, 'Pasal 16 ayat (1)'],
  ['003_e79b516f2ee6470c.txt', 206, 206, 'Pasal 18 ayat (1) huruf a'],
  ['003_e79b516f2ee6470c.txt', 186, 186, 'Pasal 15'],
  ['003_e79b516f2ee6470c.txt', 64, 64, 'Pasal 1 angka 11'],
  ['003_e79b516f2ee6470c.txt', 107, 114, 'Pasal 6'],
  ['003_e79b516f2ee6470c.txt', 338, 338, 'Lampiran BAB II huruf A'],
  ['003_e79b516f2ee6470c.txt', 806, 806, 'Lampiran BAB II huruf D angka 1'],
  ['003_e79b516f2ee6470c.txt', 810, 810, 'Lampiran BAB II huruf D angka 1 huruf a'],
  // Surakarta (Perwali 32/2023)
  ['004_ee191ec6cd5e7717.txt', 186, 186, 'Pasal 12 ayat (2)'],
  ['004_ee191ec6cd5e7717.txt', 418, 418, 'Pasal 26 ayat (3) huruf a'],
  ['004_ee191ec6cd5e7717.txt', 63, 63, 'Pasal 1 angka 19'],
  ['004_ee191ec6cd5e7717.txt', 612, 612, 'Lampiran III angka 2.1 huruf a'],
  ['004_ee191ec6cd5e7717.txt', 612, 622, 'Lampiran III angka 2.1 huruf a'],
  ['004_ee191ec6cd5e7717.txt', 894, 894, 'Lampiran IV angka 3.1.1 angka 1 huruf a'],
  ['004_ee191ec6cd5e7717.txt', 906, 914, 'Lampiran IV angka 3.1.1 angka 2'],
  ['004_ee191ec6cd5e7717.txt', 1143, 1143, 'Lampiran VI angka 1 huruf b'],
  ['004_ee191ec6cd5e7717.txt', 1148, 1148, 'Lampiran VI angka 3'],
];

function regionCitations(): { file: string; lines: [number, number]; locator: string }[] {
  const out: { file: string; lines: [number, number]; locator: string }[] = [];
  for (const id of ['semarang', 'kaltim', 'sambas', 'lombok-barat', 'surakarta']) {
    const region = JSON.parse(readFileSync(join(DATA_DIR, 'regions', `${id}.json`), 'utf8')) as RegionData;
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const c = v as { file?: string; lines?: [number, number]; locator?: string };
        if (c.file && c.lines && c.locator) out.push({ file: c.file, lines: c.lines, locator: c.locator });
        Object.values(v).forEach(walk);
      }
    };
    walk(region);
  }
  return out;
}

describe('Susun: lines as cat -n numbers them', () => {
  it('agrees with lineCount and sliceLines on the five texts and on edge cases', () => {
    const cases = [...sources.values(), 'a\r\nb\r\n', 'a\n\nb', 'satu', 'x\n', '\n\n'];
    for (const text of cases) {
      const lines = splitLines(text);
      expect(lines.length).toBe(lineCount(text));
      for (const n of [1, Math.ceil(lines.length / 2), lines.length])
        expect(lines[n - 1]).toBe(sliceLines(text, n, n));
    }
  });
});

describe('Susun: locator proposals', () => {
  it.each(TABLE)('%s lines %i-%i: %s', (file, from, to, expected) => {
    expect(proposeLocator(structures.get(file)!, from, to)).toBe(expected);
  });

  it("agrees with most of the data's structural addresses (measured over every citation)", () => {
    // Editorial glosses of the data are not part of the address: "(Kedudukan)", ", penjelasan
    // terperinci", ", Tabel 7.1"; "butir 1)" is the data's other word for "angka 1)".
    const strip = (loc: string) =>
      loc
        .replace(/\s*\((?!\d+\)|[a-z]\))[^()]*\)/g, '')
        .replace(/,\s*(?:(?!huruf\b|angka\b|ayat\b|butir\b)[^,\s]+\s*)+/g, ' ')
        .replace(/butir (\d+\))/g, 'angka $1')
        .replace(/\s+/g, ' ')
        .trim();
    const all = regionCitations();
    const agree = all.filter(
      (c) => proposeLocator(structures.get(c.file)!, c.lines[0], c.lines[1]) === strip(c.locator),
    );
    const share = agree.length / all.length;
    console.log(`locator agreement: ${agree.length}/${all.length} = ${(share * 100).toFixed(1)}%`);
    expect(share).toBeGreaterThan(0.85);
  });

  it('every range the data cites in Pasal N is proposed in Pasal N', () => {
    for (const c of regionCitations()) {
      const m = /^Pasal (\d+)/.exec(c.locator);
      if (!m) continue;
      const proposal = proposeLocator(structures.get(c.file)!, c.lines[0], c.lines[1]);
      expect(proposal, `${c.file} ${c.lines[0]}`).toMatch(new RegExp(`^Pasal ${m[1]}\\b`));
    }
  });
});

describe('Susun: outline', () => {
  it('finds every Pasal of each body in order, and the annexes', () => {
    for (const [file, text] of sources) {
      const st = structures.get(file)!;
      const pasal = st.nodes.filter((n) => n.kind === 'pasal').map((n) => Number(n.value));
      // The text's own headings ("Pasal 12" alone on a line or at the end of a Bagian heading).
      const headings = [...text.matchAll(/^\W*(?:Bagian \S+ .*?\s)?Pasal (\d+)\s*$/gm)].map((m) =>
        Number(m[1]),
      );
      expect(pasal).toEqual(headings.filter((n, i) => headings.indexOf(n) === i && n <= Math.max(...pasal)));
      expect(pasal).toEqual([...pasal].sort((a, b) => a - b));
      expect(st.nodes.some((n) => n.kind === 'lampiran')).toBe(true);
    }
  });

  it('a stray capital under a signature is not a heading ("H. FAUZAN KHALID")', () => {
    const st = structures.get('003_e79b516f2ee6470c.txt')!;
    const lines = splitLines(sources.get('003_e79b516f2ee6470c.txt')!);
    const n = lines.findLastIndex((l) => l.startsWith('H. FAUZAN')) + 1;
    expect(st.nodes.some((node) => node.line === n)).toBe(false);
  });
});
