/**
 * The camera's arithmetic (camera.ts): the screen area left free by a viewport's inset and padding,
 * the scales a chart may take, and moving a view so the chart (or one box) stays inside the area.
 */
import type { CameraOptions, Scene, View, Viewport } from './camera';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function area(viewport: Viewport, padding: number): Rect {
  const i = viewport.inset ?? {};
  return {
    left: (i.left ?? 0) + padding,
    top: (i.top ?? 0) + padding,
    right: viewport.width - (i.right ?? 0) - padding,
    bottom: viewport.height - (i.bottom ?? 0) - padding,
  };
}

export function scales(scene: Scene, opts: CameraOptions): { min: number; max: number } {
  const min = opts.minLabelPx / scene.labelSize;
  return { min, max: Math.max(min, opts.maxScale ?? 1.5) };
}

/**
 * Keeps as much chart on screen as the scale allows: along an axis where the chart is larger
 * than the area no empty margin beyond the chart shows; where it is smaller it is centred.
 */
function clampAxis(offset: number, size: number, from: number, to: number): number {
  const room = to - from;
  if (size <= room) return from + (room - size) / 2;
  return Math.min(from, Math.max(to - size, offset));
}

export function clamp(view: View, scene: Scene, a: Rect): View {
  return {
    k: view.k,
    x: clampAxis(view.x, scene.width * view.k, a.left, a.right),
    y: clampAxis(view.y, scene.height * view.k, a.top, a.bottom),
  };
}

export function shiftInto(offset: number, lo: number, hi: number, from: number, to: number): number {
  if (hi - lo > to - from) return from - lo;
  if (offset + lo < from) return from - lo;
  if (offset + hi > to) return to - hi;
  return offset;
}

export function bounds(boxes: readonly { x: number; y: number; width: number; height: number }[]): Rect {
  return {
    left: Math.min(...boxes.map((n) => n.x)),
    top: Math.min(...boxes.map((n) => n.y)),
    right: Math.max(...boxes.map((n) => n.x + n.width)),
    bottom: Math.max(...boxes.map((n) => n.y + n.height)),
  };
}
