/**
 * F21: text with characters XML forbids still gives a well-formed SVG export. The validator now
 * refuses such text at the door (test/unit/hostile.test.ts, h40); the export is the second line,
 * for data that reached a view some other way.
 */
import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutUnit } from '../../src/layout/layoutUnit';
import { chartSvg, escapeXml } from '../../src/render/svgExport';
import { fixture } from './fixture';

/** What XML 1.0 forbids in a document: C0 controls but tab, newline and CR; U+FFFE, U+FFFF. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

describe('SVG text', () => {
  it('drops C0 controls, lone surrogates and U+FFFE/U+FFFF; keeps tab, newline and astral characters', () => {
    expect(escapeXml('Unit\u0007Sintetis\u0000 <b>&\ud800\ufffe')).toBe('UnitSintetis &lt;b&gt;&amp;');
    expect(escapeXml('a\tb\nc 😀')).toBe('a\tb\nc 😀');
  });

  it('the chart export of the probe’s h40 (U+0007 in the unit’s name) holds no character XML forbids', async () => {
    const region = fixture();
    const unit = region.unitTypes[0]!;
    // The probe's file put U+0007 in a name; here in every name the export writes.
    unit.name = 'Unit\u0007Sintetis';
    region.name = 'Wilayah\u0001Uji';
    for (const p of unit.positions) p.name = `${p.name}\u0007`;
    const svg = chartSvg(region, unit, await layoutUnit(new ELK(), unit, 'expanded'), { lang: 'id' });
    expect(svg).toContain('<title>UnitSintetis — WilayahUji</title>');
    expect(XML_FORBIDDEN.exec(svg)).toBeNull();
  });
});
