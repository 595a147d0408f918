/**
 * Where the camera stands on a chart: pure functions from a laid-out scene and the screen area to
 * a view (screen = content × k + (x, y)). They never choose a scale at which box names render
 * below `minLabelPx`: a chart that does not fit at that size opens on its head and first levels
 * (or on the boxes asked for), and the reader pans from there.
 */
import { area, bounds, clamp, scales, shiftInto } from './cameraArea';

export interface View {
  k: number;
  x: number;
  y: number;
}

/** A laid-out chart as the camera sees it (a ChartLayout, or one with a flow's outside parties). */
export interface Scene {
  width: number;
  height: number;
  /** Font size of the box names in layout px. */
  labelSize: number;
  /** The box the chart opens on when it cannot be shown whole (the unit's head). */
  head?: string;
  nodes: readonly { id: string; x: number; y: number; width: number; height: number }[];
}

/** The screen area the chart is drawn in; `inset` is covered (by a bottom sheet, say). */
export interface Viewport {
  width: number;
  height: number;
  inset?: { top?: number; right?: number; bottom?: number; left?: number };
}

export interface CameraOptions {
  /** Smallest rendered size of a box name, in screen px. */
  minLabelPx: number;
  /** Largest scale (a tiny chart is not blown up past this). Default 1.5. */
  maxScale?: number;
  /** Screen px kept free around what is framed. Default 16. */
  padding?: number;
}

export interface DefaultViewOptions extends CameraOptions {
  /** Boxes to open on instead of the head (a selected position and its chain up, first the selection). */
  focus?: readonly string[];
}

/** The view a chart opens with. */
export function defaultView(scene: Scene, viewport: Viewport, opts: DefaultViewOptions): View {
  const a = area(viewport, opts.padding ?? 16);
  if (opts.focus && opts.focus.length > 0) return frameBoxes(scene, opts.focus, viewport, opts);
  const s = scales(scene, opts);
  const fit = Math.min((a.right - a.left) / scene.width, (a.bottom - a.top) / scene.height);
  if (fit >= s.min) {
    const k = Math.min(fit, s.max);
    return clamp({ k, x: 0, y: 0 }, scene, a);
  }
  // Too large to show whole at a readable size: open on the head, at the top, as wide as the
  // area allows up to natural size (a tall narrow chart fills a phone's width), never below the minimum.
  const widthFit = (a.right - a.left) / scene.width;
  const k = Math.max(s.min, Math.min(1, s.max, widthFit));
  const head = scene.nodes.find((n) => n.id === scene.head) ?? topmost(scene);
  const cx = head ? head.x + head.width / 2 : scene.width / 2;
  return clamp({ k, x: (a.left + a.right) / 2 - cx * k, y: a.top }, scene, a);
}

function topmost(scene: Scene) {
  let best: Scene['nodes'][number] | undefined;
  for (const n of scene.nodes) if (!best || n.y < best.y || (n.y === best.y && n.x < best.x)) best = n;
  return best;
}

/**
 * A view that shows the boxes `ids` (the first one above all) with names at least `minLabelPx`:
 * all of them when they fit at that size, else as many as fit around the first.
 */
export function frameBoxes(
  scene: Scene,
  ids: readonly string[],
  viewport: Viewport,
  opts: CameraOptions,
): View {
  const a = area(viewport, opts.padding ?? 16);
  const s = scales(scene, opts);
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const boxes = ids.flatMap((id) => byId.get(id) ?? []);
  if (boxes.length === 0) return defaultView(scene, viewport, { ...opts, focus: [] });
  const b = bounds(boxes);
  const w = a.right - a.left;
  const h = a.bottom - a.top;
  const k = Math.max(s.min, Math.min(s.max, w / (b.right - b.left), h / (b.bottom - b.top)));
  let x = (a.left + a.right) / 2 - ((b.left + b.right) / 2) * k;
  let y = (a.top + a.bottom) / 2 - ((b.top + b.bottom) / 2) * k;
  // The first box must be inside the area even when the rest is not.
  const first = boxes[0]!;
  x = shiftInto(x, first.x * k, (first.x + first.width) * k, a.left, a.right);
  y = shiftInto(y, first.y * k, (first.y + first.height) * k, a.top, a.bottom);
  return clamp({ k, x, y }, scene, a);
}

/**
 * The view moved (at its scale) just enough that box `id` is inside the area; the same view when
 * it already is. For keyboard moves and a panel that opens over part of the chart.
 */
export function revealBox(scene: Scene, id: string, view: View, viewport: Viewport, padding = 16): View {
  const n = scene.nodes.find((x) => x.id === id);
  if (!n) return view;
  const a = area(viewport, padding);
  const x = shiftInto(view.x, n.x * view.k, (n.x + n.width) * view.k, a.left, a.right);
  const y = shiftInto(view.y, n.y * view.k, (n.y + n.height) * view.k, a.top, a.bottom);
  return x === view.x && y === view.y ? view : { k: view.k, x, y };
}

/** Rendered size of the box names at a view. */
export function labelPx(scene: Scene, view: View): number {
  return scene.labelSize * view.k;
}

/**
 * The view that follows a flow step: its boxes (the actor first) at `preferLabelPx` or more when
 * they all fit at that size; else smaller, to show them all, down to `minLabelPx`; below that the
 * actor stays in view with as many of the others as fit.
 */
export function followBoxes(
  scene: Scene,
  ids: readonly string[],
  viewport: Viewport,
  opts: CameraOptions & { preferLabelPx: number },
): View {
  const a = area(viewport, opts.padding ?? 16);
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const boxes = ids.flatMap((id) => byId.get(id) ?? []);
  if (boxes.length === 0) return frameBoxes(scene, ids, viewport, opts);
  const b = bounds(boxes);
  const fit = Math.min((a.right - a.left) / (b.right - b.left), (a.bottom - a.top) / (b.bottom - b.top));
  const label = Math.min(opts.preferLabelPx, Math.max(opts.minLabelPx, fit * scene.labelSize));
  return frameBoxes(scene, ids, viewport, { ...opts, minLabelPx: label });
}

/** Which way a box out of the screen area lies. */
export type Side = 'top' | 'right' | 'bottom' | 'left';

/**
 * The boxes of `boxes` not wholly inside the screen area at `view`, grouped by the side of the
 * area they lie beyond (the axis on which they are further out; ties go to top or bottom), in
 * the order given. For pointers at the chart's edge to a step's parties that do not fit.
 */
export function offscreen(
  boxes: readonly { id: string; x: number; y: number; width: number; height: number }[],
  view: View,
  viewport: Viewport,
  padding = 0,
): { side: Side; ids: string[] }[] {
  const a = area(viewport, padding);
  const sides = new Map<Side, string[]>();
  for (const b of boxes) {
    const left = view.x + b.x * view.k;
    const top = view.y + b.y * view.k;
    const right = left + b.width * view.k;
    const bottom = top + b.height * view.k;
    const out = {
      left: Math.max(0, a.left - left),
      right: Math.max(0, right - a.right),
      top: Math.max(0, a.top - top),
      bottom: Math.max(0, bottom - a.bottom),
    };
    const across = Math.max(out.left, out.right);
    const along = Math.max(out.top, out.bottom);
    if (across <= 0.5 && along <= 0.5) continue;
    const side: Side =
      along >= across ? (out.top >= out.bottom ? 'top' : 'bottom') : out.left >= out.right ? 'left' : 'right';
    const list = sides.get(side) ?? [];
    if (!list.includes(b.id)) list.push(b.id);
    sides.set(side, list);
  }
  const order: Side[] = ['top', 'right', 'bottom', 'left'];
  return order.flatMap((side) => (sides.has(side) ? [{ side, ids: sides.get(side)! }] : []));
}
