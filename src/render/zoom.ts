/**
 * d3-zoom on an element Svelte rendered: d3 does the gesture maths; the transform comes back
 * through a callback and Svelte renders it. Buttons, keys and the camera (layout/camera.ts) call
 * the same controller. Nothing here runs before the element is mounted.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import 'd3-transition';
import type { View } from '../layout/camera';

export type { View } from '../layout/camera';

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

  get attached(): boolean {
    return this.element !== undefined;
  }

  private apply(
    fn: (
      sel: ReturnType<typeof select<SVGSVGElement, unknown>>,
      b: ZoomBehavior<SVGSVGElement, unknown>,
    ) => void,
  ) {
    if (!this.element || !this.behavior) return;
    fn(select(this.element), this.behavior);
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
    this.apply((sel, b) => {
      const t = zoomIdentity.translate(view.x, view.y).scale(view.k);
      if (!animate || this.duration() === 0) b.transform(sel, t);
      else b.transform(sel.transition().duration(this.duration()), t);
    });
  }

  /** Fits a content box into the element ("Muat layar": the whole chart), never enlarging past 1.5×. */
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
}
