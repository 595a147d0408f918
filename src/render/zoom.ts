/**
 * d3-zoom on an element Svelte rendered: d3 does the gesture maths; the transform comes back
 * through a callback and Svelte renders it. Buttons and keys call the same controller.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import 'd3-transition';

export interface View {
  k: number;
  x: number;
  y: number;
}

export class ZoomController {
  private behavior: ZoomBehavior<SVGSVGElement, unknown> | undefined;
  private element: SVGSVGElement | undefined;
  private reducedMotion = false;

  constructor(private onchange: (view: View) => void) {}

  /** Svelte action: `use:controller.attach`. */
  attach = (element: SVGSVGElement) => {
    this.element = element;
    this.reducedMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    this.behavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.1, 4])
      // Keyboard users zoom with the buttons and + / -; the wheel zooms only with ctrl or on the canvas.
      .on('zoom', (event: { transform: ZoomTransform }) => {
        const { k, x, y } = event.transform;
        this.onchange({ k, x, y });
      });
    select(element).call(this.behavior).on('dblclick.zoom', null);
    return {
      destroy: () => {
        select(element).on('.zoom', null);
        this.element = undefined;
      },
    };
  };

  private apply(
    fn: (
      sel: ReturnType<typeof select<SVGSVGElement, unknown>>,
      b: ZoomBehavior<SVGSVGElement, unknown>,
    ) => void,
  ) {
    if (!this.element || !this.behavior) return;
    const sel = select(this.element);
    fn(sel, this.behavior);
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

  panBy(dx: number, dy: number): void {
    this.apply((sel, b) => b.translateBy(sel, dx, dy));
  }

  /** Fits a content box into the element, never enlarging past 1.5×. */
  fit(width: number, height: number, padding = 16): void {
    this.apply((sel, b) => {
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

  /** Brings a content box into view if it is outside. */
  reveal(x: number, y: number, w: number, h: number, view: View): void {
    if (!this.element) return;
    const box = this.element.getBoundingClientRect();
    const left = x * view.k + view.x;
    const top = y * view.k + view.y;
    const right = left + w * view.k;
    const bottom = top + h * view.k;
    if (left < 0 || top < 0 || right > box.width || bottom > box.height) this.centerOn(x + w / 2, y + h / 2);
  }
}
