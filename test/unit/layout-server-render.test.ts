/**
 * The chart's first render, as the server renders it (svelte/server): it depends only on the
 * layouts, so the server and the browser produce the same markup, and it is readable without
 * JavaScript: both shapes at natural size (a media query shows the one that fits), every box
 * with its words, no control that needs a script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { RegionData } from '../../src/data/schema';
import { layoutUnit } from '../../src/layout/layoutUnit';
import { REGIONS_DIR } from '../../scripts/sources';
import ChartView from '../../src/ui/chart/ChartView.svelte';

const elk = new ELK();
const region = JSON.parse(readFileSync(join(REGIONS_DIR, 'sambas.json'), 'utf8')) as RegionData;
const unit = region.unitTypes.find((u) => u.id === 'dinas-badan-penyederhanaan-sebagian-bidang')!;

describe('the chart rendered on the server', () => {
  it('draws both shapes at natural size with every box and its words, and nothing that needs a script', async () => {
    const wide = await layoutUnit(elk, unit, 'expanded');
    const narrow = await layoutUnit(elk, unit, 'narrow');
    const props = { region, unit, selected: undefined, layouts: { wide, narrow } };
    const { body } = render(ChartView, { props });
    // The same markup twice: nothing depends on a screen or a clock.
    expect(render(ChartView, { props }).body).toBe(body);
    expect(typeof window).toBe('undefined');

    const svgs = [...body.matchAll(/<svg[^>]*class="chart-canvas"[^>]*>/g)].map((m) => m[0]);
    expect(svgs).toHaveLength(2);
    expect(svgs[0]).toContain(`width="${wide.width}"`);
    expect(svgs[0]).toContain(`height="${wide.height}"`);
    expect(svgs[1]).toContain(`width="${narrow.width}"`);
    expect(body).toContain('chart-shape-wide');
    expect(body).toContain('chart-shape-narrow');
    expect(body).not.toContain('zoomable');
    expect(body).toContain('data-view="pending"');
    // Every box in both shapes, every word of its name (escaped as HTML text).
    for (const p of unit.positions) {
      expect(body.match(new RegExp(`data-id="${p.id}"`, 'g'))).toHaveLength(2);
      for (const word of p.name.split(/\s+/)) expect(body).toContain(word.replace(/&/g, '&amp;'));
    }
    // Controls that need a script are not in the first render; the text alternative is.
    expect(body).not.toContain('Unduh SVG');
    expect(body).not.toContain('Perbesar');
    expect(body).toContain('Lihat sebagai daftar (teks)');
  });
});
