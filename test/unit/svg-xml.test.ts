/** F21: text with characters XML forbids still gives a well-formed SVG export. */
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/render/svgExport';

describe('SVG text', () => {
  it('drops C0 controls, lone surrogates and U+FFFE/U+FFFF; keeps tab, newline and astral characters', () => {
    expect(escapeXml('Unit\u0007Sintetis\u0000 <b>&\ud800\ufffe')).toBe('UnitSintetis &lt;b&gt;&amp;');
    expect(escapeXml('a\tb\nc 😀')).toBe('a\tb\nc 😀');
  });
});
