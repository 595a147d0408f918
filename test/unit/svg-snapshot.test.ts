/**
 * SVG snapshots (Plot-style): a few charts rendered to standalone SVG and compared with the files
 * committed in test/output/. After an intended change, run with UPDATE_SVG=1 and review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { RegionData } from '../../src/data/schema';
import { layoutUnit } from '../../src/layout/elkGraph';
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
  mode: 'expanded' | 'collapsed';
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

  it('escapes markup in data', () => {
    expect(escapeXml('<script>&"\'')).toBe('&lt;script&gt;&amp;&quot;&apos;');
  });
});
