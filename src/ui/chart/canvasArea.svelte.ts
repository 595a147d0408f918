/**
 * The screen area a chart canvas is drawn in: its size, as a ResizeObserver last told it, and the
 * viewport its camera frames (what a bottom sheet covers of it left out).
 */
import type { Viewport } from '../../layout/camera';

export class CanvasArea {
  /** The chart's area (px), as last observed. */
  width = $state(0);
  height = $state(0);

  constructor(
    private readonly wrap: () => HTMLDivElement | undefined,
    /** Height (px) covered at the bottom of the window, e.g. by a bottom sheet. */
    private readonly coveredBottom: () => number,
  ) {
    $effect(() => this.observe());
  }

  /**
   * The chart's area, told by a ResizeObserver once the browser has laid the page out. (Svelte's
   * bind:clientWidth reads the size while the page is being drawn, which forced a layout of the
   * whole page in the middle of a page change: ~40 ms of a unit-type switch, measured.)
   */
  private observe() {
    const el = this.wrap();
    if (!el) return;
    const observer = new ResizeObserver(() => {
      this.width = el.clientWidth;
      this.height = el.clientHeight;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }

  /** The screen area the chart is drawn in, minus what a bottom sheet covers of it. */
  viewport(observed = false): Viewport {
    // Read from the element: right after mount the observed sizes may still be those of the
    // natural-size frame the chart had before it became a canvas. Once a layout has been opened
    // in it, the observed sizes are current (the canvas's size does not depend on its layout):
    // another unit type drawn in it reads those, so the page change forces no layout midway
    // (14 ms of each move between two unit types, profiled).
    const wrapEl = this.wrap();
    const vp: Viewport = observed
      ? { width: this.width, height: this.height }
      : {
          width: wrapEl?.clientWidth || this.width,
          height: wrapEl?.clientHeight || this.height,
        };
    const coveredBottom = this.coveredBottom();
    if (coveredBottom > 0 && wrapEl) {
      const rect = wrapEl.getBoundingClientRect();
      const covered = rect.bottom - (window.innerHeight - coveredBottom);
      if (covered > 0) vp.inset = { bottom: Math.min(covered, vp.height - 60) };
    }
    return vp;
  }
}
