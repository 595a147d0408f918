/**
 * SVG snapshots (Plot-style): a few charts rendered to standalone SVG and compared with the files
 * committed in test/output/. After an intended change, run with UPDATE_SVG=1 and review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { RegionData } from '../../src/data/schema';
import { layoutUnit } from '../../src/layout/layoutUnit';
import type { LayoutMode } from '../../src/layout/types';
import { chartSvg, escapeXml } from '../../src/render/svgExport';
import { REGIONS_DIR } from '../../scripts/sources';
import { fixture } from './fixture';

const elk = new ELK();
const OUTPUT = join(import.meta.dirname, '..', 'output');

function region(id: string): RegionData {
  return JSON.parse(readFileSync(join(REGIONS_DIR, `${id}.json`), 'utf8')) as RegionData;
}

const CASES: {
  name: string;
  region: () => RegionData;
  unit: string;
  mode: LayoutMode;
  lang: 'id' | 'en';
}[] = [
  { name: 'fixture-dua-level', region: fixture, unit: 'dua-level', mode: 'expanded', lang: 'id' },
  {
    name: 'semarang-kecamatan',
    region: () => region('semarang'),
    unit: 'kecamatan',
    mode: 'expanded',
    lang: 'id',
  },
  {
    name: 'semarang-setda-perekonomian-collapsed-en',
    region: () => region('semarang'),
    unit: 'sekretariat-daerah-asisten-perekonomian-pembangunan',
    mode: 'collapsed',
    lang: 'en',
  },
  {
    name: 'semarang-kecamatan-narrow',
    region: () => region('semarang'),
    unit: 'kecamatan',
    mode: 'narrow',
    lang: 'id',
  },
  {
    name: 'sambas-penyederhanaan-sebagian-bidang',
    region: () => region('sambas'),
    unit: 'dinas-badan-penyederhanaan-sebagian-bidang',
    mode: 'expanded',
    lang: 'id',
  },
];

describe('chart SVG snapshots', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const r = c.region();
      const unit = r.unitTypes.find((u) => u.id === c.unit)!;
      const svg = chartSvg(r, unit, await layoutUnit(elk, unit, c.mode), { lang: c.lang });
      const file = join(OUTPUT, `${c.name}.svg`);
      if (process.env.UPDATE_SVG || (!existsSync(file) && !process.env.CI)) {
        mkdirSync(OUTPUT, { recursive: true });
        writeFileSync(file, svg);
      }
      expect(svg).toBe(readFileSync(file, 'utf8'));
      for (const p of unit.positions) {
        if (c.mode === 'collapsed' && p.group) continue;
        expect(svg).toContain(escapeXml(p.name.split(' ')[0]!));
      }
    });
  }

  it('draws a derived relation hollow and says so in the legend; a line "menurut susunan" with its note', async () => {
    const r = fixture();
    const unit = r.unitTypes[0]!;
    const pk = unit.relations.find((x) => x.kind === 'penilaianKinerja')!;
    pk.basis = { kind: 'derived', cite: pk.cite };
    const plain = chartSvg(r, unit, await layoutUnit(elk, fixture().unitTypes[0]!, 'expanded'), {
      lang: 'id',
    });
    const svg = chartSvg(r, unit, await layoutUnit(elk, unit, 'expanded'), { lang: 'id' });
    // A hollow line is drawn twice, rails in the kind's colour and a white core: on the chart and in the legend.
    expect((svg.match(/stroke="#ffffff"/g) ?? []).length).toBe(
      (plain.match(/stroke="#ffffff"/g) ?? []).length + 2,
    );
    expect(svg).toContain('Garis berongga');
    expect(plain).not.toContain('Garis berongga');

    // A head no relation names: joined "menurut susunan", with the note about it in the legend.
    const r2 = fixture();
    const lone = r2.unitTypes[0]!;
    lone.relations = lone.relations.filter((x) => x.from !== lone.head && x.to !== lone.head);
    r2.notes.push({
      id: 'kepala-tanpa-hubungan',
      kind: 'silent',
      text: 'Teks tidak menyebut hubungan kepala dengan jabatan di bawahnya.',
      textEn: 'The text names no relation between the head and the positions below it.',
      about: [`${lone.id}/${lone.head}`],
      cite: lone.cite,
    });
    const structured = chartSvg(r2, lone, await layoutUnit(elk, lone, 'expanded'), { lang: 'en' });
    expect(structured).toContain('By structure');
    expect(structured).toContain('The text names no relation between the head');
  });

  it('escapes markup in data', () => {
    expect(escapeXml('<script>&"\'')).toBe('&lt;script&gt;&amp;&quot;&apos;');
  });
});
