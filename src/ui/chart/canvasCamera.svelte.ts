/**
 * The chart canvas's camera: it opens each layout at a readable scale (on the selection if there
 * is one), keeps the selected box in sight when the area changes, follows a flow step's boxes,
 * opens the chart afresh when an embed's area is resized, and moves onto boxes on request. It is
 * made while its canvas is made (its effects are the canvas's) and reads the canvas through
 * functions, so each effect tracks what it read when it was written in the canvas.
 */
import { tick, untrack } from 'svelte';
import type { ChartLayout } from '../../layout/types';
import type { View, ZoomController } from '../../render/zoom';
import { defaultView, followBoxes, frameBoxes, revealBox, type Scene } from '../../layout/camera';
import { CanvasArea } from './canvasArea.svelte';

/**
 * A flow step's boxes are followed at a size read without effort (issue 12: 14 px); a step with
 * more boxes than fit at that size is shown whole down to the chart's minimum.
 */
const FOLLOW_LABEL_PX = 14;
const PADDING = 8;

/** A box the camera keeps in view (boxes outside the layout, such as another office, included). */
export interface FollowBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the camera reads of its canvas, each read when it is needed. */
export interface CameraInput {
  layout: () => ChartLayout;
  scene: () => Scene;
  view: () => View;
  selected: () => string | undefined;
  follow: () => readonly FollowBox[] | undefined;
  refit: () => boolean;
  coveredBottom: () => number;
  minLabelPx: () => number;
  mounted: () => boolean;
  wrap: () => HTMLDivElement | undefined;
  svg: () => SVGSVGElement | undefined;
  /** The boxes shown with a box: its chain up to the head, and the positions its answer names. */
  chainOf: (id: string | undefined) => string[];
}

export class CanvasCamera {
  /** The screen area the chart is drawn in. */
  readonly area: CanvasArea;
  /** A layout has been opened at its default view. */
  ready = $state(false);
  private opened: string | undefined;
  private followed = '';
  private openedAt = '';

  constructor(
    private readonly zoom: ZoomController,
    private readonly c: CameraInput,
  ) {
    this.area = new CanvasArea(c.wrap, c.coveredBottom);
    $effect(() => this.openLayout());
    $effect(() => this.keepSelectionInSight());
    $effect(() => this.followStep());
    $effect(() => this.refitWhenResized());
  }

  /** Opens each layout at a readable scale, on the selection if there is one. */
  private openLayout() {
    const c = this.c;
    if (!c.mounted() || !c.svg() || this.area.width === 0 || this.area.height === 0) return;
    const layout = c.layout();
    const key = `${layout.unitId}:${layout.mode}`;
    if (this.opened === key) return;
    const again = this.opened !== undefined;
    this.opened = key;
    const focus = untrack(() => c.chainOf(c.selected()));
    void tick().then(() => {
      // A flow's step opens on its boxes; anything else at the readable default view. (Opening
      // at the default view and leaving the step to the follower lost the step now and then: a
      // unit type whose step has boxes of the same ids opened off them and was never followed.)
      const boxes = untrack(() => c.follow()) ?? [];
      if (boxes.length > 0) {
        this.followed = this.followKey(boxes);
        this.zoom.set(this.followView(boxes));
      } else
        this.zoom.set(
          defaultView(c.scene(), this.area.viewport(again), {
            minLabelPx: c.minLabelPx(),
            padding: PADDING,
            focus,
          }),
        );
      this.ready = true;
    });
  }

  /** Keeps the selected box in sight when the screen area changes (a panel opens beside or over it). */
  private keepSelectionInSight() {
    const c = this.c;
    void [this.area.width, this.area.height, c.coveredBottom()];
    const id = c.selected();
    if (!c.mounted() || !id || this.opened === undefined) return;
    void tick().then(() => {
      const wrapEl = c.wrap();
      if (c.coveredBottom() > 0 && wrapEl) {
        // A sheet over the bottom of a phone's screen: the chart's top goes to the top of the
        // screen, so the chart fills what the sheet leaves (else it could all be under the sheet).
        const top = wrapEl.getBoundingClientRect().top;
        if (Math.abs(top - 8) > 1) window.scrollBy({ top: top - 8, behavior: 'instant' });
      }
      const vp = this.area.viewport();
      const current = untrack(() => c.view());
      const next = revealBox(c.scene(), id, current, vp, PADDING);
      if (next !== current)
        this.zoom.set(
          frameBoxes(c.scene(), c.chainOf(id), vp, { minLabelPx: c.minLabelPx(), padding: PADDING }),
          true,
        );
    });
  }

  /** Follows the action: each step moves the camera onto its boxes (at once under reduced motion). */
  private followStep() {
    const c = this.c;
    const boxes = c.follow() ?? [];
    if (!c.mounted() || this.opened === undefined || !this.ready || boxes.length === 0) return;
    // Again when the area changes size (a tour card opens beside the chart, a phone turns).
    const key = this.followKey(boxes);
    if (key === this.followed) return;
    this.followed = key;
    void tick().then(() => this.zoom.set(this.followView(boxes), true));
  }

  /** What a follow is for: the boxes, and the area's size. */
  private followKey(boxes: readonly FollowBox[]): string {
    return `${boxes.map((b) => b.id).join(' ')} ${this.area.width}x${this.area.height}`;
  }

  /** The view on a step's boxes: at 14 px if they fit, else whole down to the minimum. */
  private followView(boxes: readonly FollowBox[]): View {
    return followBoxes(
      this.followScene(boxes),
      boxes.map((b) => b.id),
      this.area.viewport(),
      {
        preferLabelPx: Math.max(FOLLOW_LABEL_PX, this.c.minLabelPx()),
        minLabelPx: this.c.minLabelPx(),
        padding: PADDING,
      },
    );
  }

  /** The scene with the followed boxes drawn outside the layout (another office, say). */
  private followScene(boxes: readonly FollowBox[]): Scene {
    const scene = this.c.scene();
    return {
      ...scene,
      nodes: [...scene.nodes, ...boxes.filter((b) => !scene.nodes.some((n) => n.id === b.id))],
    };
  }

  /** Brings followed boxes into view (a pointer at the chart's edge to them was chosen). */
  bringIntoView(ids: readonly string[]) {
    const follow = this.c.follow();
    if (!follow) return;
    this.zoom.set(
      frameBoxes(this.followScene(follow), ids, this.area.viewport(), {
        minLabelPx: this.c.minLabelPx(),
        padding: PADDING,
      }),
      true,
    );
  }

  /** Moves the view just enough to show a box (the keyboard moved onto it). */
  reveal(id: string) {
    const view = this.c.view();
    const next = revealBox(this.c.scene(), id, view, this.area.viewport(), PADDING);
    if (next !== view) this.zoom.set(next, true);
  }

  /** Re-opens at the default view once the area has stopped changing size (debounced). */
  private refitWhenResized() {
    const c = this.c;
    const size = `${this.area.width}x${this.area.height}`;
    if (!c.refit() || !this.ready || this.area.width === 0 || this.area.height === 0) return;
    if (this.openedAt === '' || this.openedAt === size) {
      this.openedAt = size;
      return;
    }
    const timer = setTimeout(() => {
      this.openedAt = size;
      const focus = untrack(() => c.chainOf(c.selected()));
      this.zoom.set(
        defaultView(c.scene(), this.area.viewport(), { minLabelPx: c.minLabelPx(), padding: PADDING, focus }),
      );
    }, 120);
    return () => clearTimeout(timer);
  }
}
