/**
 * d3-zoom on an element Svelte rendered: d3 does the gesture maths; the transform comes back
 * through a callback and Svelte renders it. Buttons, keys and the camera (layout/camera.ts) call
 * the same controller. Nothing here runs before the element is mounted.
 *
 * The d3 modules load after the chart is drawn (render/d3zoom.ts, their own chunk): until then a
 * view the camera sets is rendered at once, and other moves wait for d3. The element carries
 * `data-zoom="ready"` once gestures work.
 */
import type { ZoomBehavior, ZoomTransform } from 'd3-zoom';
import type { View } from '../layout/camera';

type D3 = typeof import('./d3zoom');
type d3Selection = import('d3-selection').Selection<SVGSVGElement, unknown, null, undefined>;

export type { View } from '../layout/camera';

export class ZoomController {
  private behavior: ZoomBehavior<SVGSVGElement, unknown> | undefined;
  private element: SVGSVGElement | undefined;
  private reducedMotion = false;
  private d3: D3 | undefined;
  /** Moves asked for before d3 arrived, run in order once it has. */
  private pending: (() => void)[] = [];

  constructor(private onchange: (view: View) => void) {}

  /** Svelte action: `use:controller.attach`. */
  attach = (element: SVGSVGElement) => {
    this.element = element;
    this.reducedMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    let alive = true;
    void import('./d3zoom').then((d3) => {
      if (!alive) return;
      this.d3 = d3;
      this.behavior = d3
        .zoom<SVGSVGElement, unknown>()
        .scaleExtent([0.1, 4])
        .on('zoom', (event: { transform: ZoomTransform }) => {
          const { k, x, y } = event.transform;
          this.onchange({ k, x, y });
        });
      d3.select(element).call(this.behavior).on('dblclick.zoom', null);
      const queued = this.pending;
      this.pending = [];
      for (const run of queued) run();
      element.dataset['zoom'] = 'ready';
    });
    return {
      destroy: () => {
        alive = false;
        this.d3?.select(element).on('.zoom', null);
        this.element = undefined;
        this.behavior = undefined;
        this.pending = [];
      },
    };
  };

  get attached(): boolean {
    return this.element !== undefined;
  }

  private apply(fn: (sel: d3Selection, b: ZoomBehavior<SVGSVGElement, unknown>, d3: D3) => void) {
    if (!this.element) return;
    if (!this.behavior || !this.d3) {
      this.pending.push(() => this.apply(fn));
      return;
    }
    fn(this.d3.select(this.element) as d3Selection, this.behavior, this.d3);
  }

  private duration(): number {
    return this.reducedMotion ? 0 : 250;
  }

  zoomBy(factor: number): void {
    this.apply((sel, b) => {
      if (this.duration() === 0) b.scaleBy(sel, factor);
      else b.scaleBy(sel.transition().duration(this.duration()), factor);
    });
  }

  /** Moves to a view (from the camera); `animate` glides unless the reader prefers reduced motion. */
  set(view: View, animate = false): void {
    // Before d3 has arrived the view is drawn at once; d3 takes it over when it comes.
    if (this.element && !this.behavior) this.onchange(view);
    this.apply((sel, b, { zoomIdentity }) => {
      const t = zoomIdentity.translate(view.x, view.y).scale(view.k);
      if (!animate || this.duration() === 0) b.transform(sel, t);
      else b.transform(sel.transition().duration(this.duration()), t);
    });
  }

  /** Fits a content box into the element ("Muat layar": the whole chart), never enlarging past 1.5×. */
  fit(width: number, height: number, padding = 16): void {
    this.apply((sel, b, { zoomIdentity }) => {
      const el = this.element as SVGSVGElement;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || width === 0 || height === 0) return;
      const k = Math.min((box.width - padding * 2) / width, (box.height - padding * 2) / height, 1.5);
      const t = zoomIdentity
        .translate((box.width - width * k) / 2, Math.max(padding, (box.height - height * k) / 2))
        .scale(k);
      b.transform(sel, t);
    });
  }

  /** Moves the view so a content point is at the element's centre. */
  centerOn(x: number, y: number): void {
    this.apply((sel, b) => {
      const box = (this.element as SVGSVGElement).getBoundingClientRect();
      b.translateTo(sel, x, y, [box.width / 2, box.height / 2]);
    });
  }
}
