/**
 * Issue 12's bar, measured on the rendered page: every unit type of every region opens readable.
 * For each box in the default view the label size is its name's computed font size times the
 * screen scale of the text (getScreenCTM): what the reader's eyes get. Per unit type the median
 * must be >= 12 px and the smallest >= 10 px, at 1280x800 (laptop) and 360x740 (phone), a phone
 * never scrolls sideways, and every piece of text renders inside its box (getBBox).
 */
import { expect, test, type Page } from '@playwright/test';
import { href } from '../../src/routes';
import { builtIndex, builtRegion } from './helpers';

const VIEWPORTS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
] as const;

/** The chart page of a unit type (the one place this test writes a link). */
const unitPath = (region: string, unit: string) => `./${href({ name: 'unit', region, unit, view: 'bagan' })}`;

interface Measure {
  boxes: number;
  median: number;
  min: number;
  overflow: number;
  /** Text whose rendered box (getBBox) leaves its box's frame. */
  outside: string[];
  /** Whether the chart at its natural size fits the canvas (then it must not open smaller). */
  fitsNatural: boolean;
}

/** Waits until the camera has opened the visible chart, then measures every box of it. */
async function measure(page: Page, boxes: number): Promise<Measure> {
  const canvas = page.locator('svg.chart-canvas[data-view="ready"]:visible');
  await expect(canvas).toHaveCount(1);
  await expect(canvas.locator('g.box')).toHaveCount(boxes);
  return canvas.evaluate((svg) => {
    const sizes: number[] = [];
    const outside: string[] = [];
    for (const box of svg.querySelectorAll<SVGGElement>('g.box')) {
      const name = box.querySelector<SVGTextElement>('text.name');
      const m = name?.getScreenCTM();
      if (!name || !m) continue;
      sizes.push(parseFloat(getComputedStyle(name).fontSize) * Math.hypot(m.a, m.b));
      const frame = box.querySelector<SVGRectElement>('rect.frame')!.getBBox();
      for (const text of box.querySelectorAll<SVGTextElement>(':scope > text, :scope > g.badge > text')) {
        const b = text.getBBox();
        if (
          b.x < frame.x - 0.5 ||
          b.y < frame.y - 0.5 ||
          b.x + b.width > frame.x + frame.width + 0.5 ||
          b.y + b.height > frame.y + frame.height + 0.5
        )
          outside.push(`${box.dataset.id}: "${text.textContent?.trim().slice(0, 30)}"`);
      }
    }
    sizes.sort((a, b) => a - b);
    const round = (v: number) => Math.round(v * 10) / 10;
    return {
      boxes: sizes.length,
      median: round(sizes[Math.floor((sizes.length - 1) / 2)] ?? 0),
      min: round(sizes[0] ?? 0),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      outside,
      fitsNatural:
        Number(svg.getAttribute('width')) + 16 <= svg.clientWidth &&
        Number(svg.getAttribute('height')) + 16 <= svg.clientHeight,
    };
  });
}

for (const viewport of VIEWPORTS) {
  for (const entry of builtIndex().regions) {
    test(`${entry.id} at ${viewport.width}x${viewport.height}: every unit type opens readable`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      const rows: string[] = [];
      const failures: string[] = [];
      for (const unit of builtRegion(entry.id).unitTypes) {
        await page.goto(unitPath(entry.id, unit.id));
        const m = await measure(page, unit.positions.length);
        rows.push(
          `${viewport.name}\t${entry.id}/${unit.id}\t${m.boxes}\t${m.median}\t${m.min}\t${m.overflow}`,
        );
        if (m.median < 12) failures.push(`${unit.id}: median label ${m.median} px < 12`);
        if (m.min < 10) failures.push(`${unit.id}: smallest label ${m.min} px < 10`);
        if (m.overflow > 0) failures.push(`${unit.id}: page scrolls sideways by ${m.overflow} px`);
        if (m.fitsNatural && m.min < 13 - 0.05)
          failures.push(`${unit.id}: fits at natural size yet opens smaller (${m.min} px)`);
        for (const o of m.outside) failures.push(`${unit.id}: text outside its box, ${o}`);
      }
      console.log(rows.map((r) => `READABILITY\t${r}`).join('\n'));
      expect(failures).toEqual([]);
    });
  }
}
