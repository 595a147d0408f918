/**
 * Inferences marked on paper (issue 16): a derived relation, a derived step and a branch the text
 * does not define each carry their mark in the SVG export, found by searching the five regions'
 * data (not by naming them); and the compare table says on which general rule a cell rests.
 */
import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutUnit } from '../../src/layout/layoutUnit';
import { compareUnits } from '../../src/model/compare';
import { shownUnit } from '../../src/model/flowOnChart';
import { flowScene } from '../../src/render/flowOverlay';
import { flowStepSvg } from '../../src/render/flowSvg';
import { chartSvg, escapeXml } from '../../src/render/svgExport';
import type { Flow, FlowStep, Region } from '../../src/model/types';
import { region } from './regions/helpers';

const elk = new ELK();
const REGIONS = ['semarang', 'kaltim', 'sambas', 'surakarta', 'lombok-barat'].map(region);

function findStep(test: (s: FlowStep) => boolean): { r: Region; flow: Flow; step: FlowStep } {
  for (const r of REGIONS)
    for (const flow of r.flows) {
      const step = flow.steps.find(test);
      if (step) return { r, flow, step };
    }
  throw new Error('no such step in the data');
}

async function stepSvg(r: Region, flow: Flow, step: FlowStep, lang: 'id' | 'en' = 'id') {
  const unit = shownUnit(r, flow, undefined);
  const layout = await layoutUnit(elk, unit, 'expanded');
  return flowStepSvg(r, flow, unit, layout, flowScene(layout, flow, unit), step, lang);
}

describe('SVG export of a flow step', () => {
  it('a derived step: the tafsir badge by its actor and "Menurut ketentuan umum <locator>" with the rule', async () => {
    const { r, flow, step } = findStep((s) => s.basis?.kind === 'derived');
    const rule = step.basis!.cite!;
    const svg = await stepSvg(r, flow, step);
    expect(svg).toMatch(/<g class="step-tafsir"[^>]*>.*>tafsir<\/text><\/g>/);
    expect(svg).toContain(escapeXml(`Menurut ketentuan umum ${rule.locator}`));
    expect(svg).toContain(escapeXml(rule.quote.slice(0, 30)));
    expect(svg).toContain('<rect class="mark-actor"');
  });

  it('a branch the text does not define: "teks tidak mengatur" on the chart and beside the branch', async () => {
    const { r, flow, step } = findStep(
      (s) => !s.basis && !!s.decision?.branches.some((b) => b.basis?.kind === 'supplied'),
    );
    const open = step.decision!.branches.find((b) => b.basis?.kind === 'supplied')!;
    const svg = await stepSvg(r, flow, step);
    expect(svg).toMatch(/<g class="step-tafsir"[^>]*>.*>teks tidak mengatur<\/text><\/g>/);
    expect(svg).not.toMatch(/>tafsir<\/text><\/g>/);
    // The branch's own words (wrapped onto lines of the export) end with the mark.
    const words = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(words).toContain(escapeXml(open.label.split(' ').slice(0, 3).join(' ')));
    expect(words).toMatch(/teks tidak mengatur$|teks tidak mengatur /);
    const en = await stepSvg(r, flow, step, 'en');
    expect(en).toContain('>not defined by the text</text></g>');
  });

  it('a stated step with stated branches carries no mark', async () => {
    const { r, flow, step } = findStep(
      (s) => !s.basis && !!s.decision && s.decision.branches.every((b) => !b.basis),
    );
    const svg = await stepSvg(r, flow, step);
    expect(svg).not.toContain('step-tafsir');
    expect(svg).not.toContain('Menurut ketentuan umum');
  });
});

describe('SVG export of a chart', () => {
  it('a derived relation: drawn hollow with its basis, and named under the general rule it rests on', async () => {
    const r = REGIONS.find((x) =>
      x.unitTypes.some((u) => u.relations.some((rel) => rel.basis?.kind === 'derived')),
    )!;
    const unit = r.unitTypes.find((u) => u.relations.some((rel) => rel.basis?.kind === 'derived'))!;
    const rel = unit.relations.find((x) => x.basis?.kind === 'derived')!;
    const svg = chartSvg(r, unit, await layoutUnit(elk, unit, 'expanded'), { lang: 'id' });
    expect(svg).toContain('data-basis="derived"');
    const words = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(words).toContain(escapeXml(`menurut ketentuan umum ${rel.basis!.cite!.locator}`));
    const name = (id: string) => unit.positions.find((p) => p.id === id)!.name;
    expect(words.replace(/\s+/g, ' ')).toContain(escapeXml(`${name(rel.from)} → ${name(rel.to)}`));
  });
});

describe('compare cells', () => {
  it('a derived appraiser says on which general rule it rests; the notes about it come with it', () => {
    // From the data: a derived appraiser relation of a JF position that a note is about.
    const found = REGIONS.flatMap((r) =>
      r.unitTypes.flatMap((u) =>
        u.relations
          .filter(
            (x) =>
              x.kind === 'penilaianKinerja' &&
              x.basis?.kind === 'derived' &&
              u.positions.find((p) => p.id === x.to)?.category === 'jf',
          )
          .map((rel) => ({
            r,
            u,
            rel,
            notes: r.notes.filter((n) =>
              (n.about ?? []).includes(`${u.id}/penilaianKinerja:${rel.from}->${rel.to}`),
            ),
          }))
          .filter((x) => x.notes.length > 0),
      ),
    );
    expect(found.length).toBeGreaterThan(0);
    const { r, u, rel, notes } = found[0]!;
    const appraiser = u.positions.find((p) => p.id === rel.from)!.name;
    const cells = compareUnits(r, u, r, u).flatMap((row) => [row.a, row.b]);
    const cell = cells.find(
      (c) =>
        c.values.includes(appraiser) && c.readings.some((b) => b.cite?.locator === rel.basis!.cite!.locator),
    );
    expect(cell, `${u.id}: ${appraiser}`).toBeDefined();
    for (const n of notes) expect(cell!.notes.map((x) => x.id)).toContain(n.id);
  });
});
