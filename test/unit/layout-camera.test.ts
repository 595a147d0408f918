/**
 * The camera: views are checked by what they put on screen (rendered name size, which boxes lie
 * inside the visible area), on scenes whose numbers are written here.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultView,
  followBoxes,
  frameBoxes,
  offscreen,
  revealBox,
  type Scene,
  type View,
  type Viewport,
} from '../../src/layout/camera';

/** A box's rectangle on screen. */
function onScreen(scene: Scene, id: string, v: View) {
  const n = scene.nodes.find((x) => x.id === id)!;
  return {
    left: n.x * v.k + v.x,
    top: n.y * v.k + v.y,
    right: (n.x + n.width) * v.k + v.x,
    bottom: (n.y + n.height) * v.k + v.y,
  };
}
function inside(scene: Scene, id: string, v: View, vp: Viewport) {
  const r = onScreen(scene, id, v);
  const i = vp.inset ?? {};
  return (
    r.left >= (i.left ?? 0) - 0.01 &&
    r.top >= (i.top ?? 0) - 0.01 &&
    r.right <= vp.width - (i.right ?? 0) + 0.01 &&
    r.bottom <= vp.height - (i.bottom ?? 0) + 0.01
  );
}

/** Names 13 px; a head on top and, far below, a wide row of 10 boxes 200 px apart. */
const wide: Scene = {
  width: 2000,
  height: 1000,
  labelSize: 13,
  head: 'head',
  nodes: [
    { id: 'head', x: 900, y: 16, width: 200, height: 60 },
    ...Array.from({ length: 10 }, (_, i) => ({ id: `b${i}`, x: i * 200, y: 900, width: 180, height: 60 })),
  ],
};
const small: Scene = {
  width: 400,
  height: 300,
  labelSize: 13,
  head: 'a',
  nodes: [
    { id: 'a', x: 100, y: 16, width: 200, height: 60 },
    { id: 'b', x: 16, y: 200, width: 180, height: 60 },
    { id: 'c', x: 210, y: 200, width: 180, height: 60 },
  ],
};
const phone: Viewport = { width: 336, height: 460 };
const laptop: Viewport = { width: 1118, height: 576 };

describe('defaultView', () => {
  it('shows a chart that fits whole, centred, with names of at least the minimum size', () => {
    const v = defaultView(small, laptop, { minLabelPx: 12 });
    expect(13 * v.k).toBeGreaterThanOrEqual(12);
    for (const n of small.nodes) expect(inside(small, n.id, v, laptop)).toBe(true);
    // Centred: equal room left and right.
    const left = v.x;
    const right = laptop.width - (v.x + small.width * v.k);
    expect(Math.abs(left - right)).toBeLessThan(1);
  });

  it('never blows a tiny chart up past the largest scale', () => {
    expect(defaultView(small, { width: 4000, height: 3000 }, { minLabelPx: 12, maxScale: 1.5 }).k).toBe(1.5);
  });

  it('opens a chart too large to read whole on its head, at the top, at exactly the readable size', () => {
    const v = defaultView(wide, phone, { minLabelPx: 12 });
    expect(13 * v.k).toBeCloseTo(12, 5);
    expect(inside(wide, 'head', v, phone)).toBe(true);
    // The head sits at the top of the screen, horizontally in the middle.
    const head = onScreen(wide, 'head', v);
    expect(head.top).toBeLessThan(60);
    expect(Math.abs((head.left + head.right) / 2 - phone.width / 2)).toBeLessThan(1);
    // Not every box fits: the reader pans.
    expect(wide.nodes.every((n) => inside(wide, n.id, v, phone))).toBe(false);
  });

  it('opens a tall chart that is as narrow as the screen at its natural size, top first', () => {
    const tall: Scene = {
      width: 316,
      height: 1700,
      labelSize: 13,
      head: 'h',
      nodes: [
        { id: 'h', x: 8, y: 8, width: 300, height: 40 },
        { id: 'z', x: 28, y: 1600, width: 280, height: 40 },
      ],
    };
    const v = defaultView(tall, { width: 334, height: 518 }, { minLabelPx: 12, padding: 8 });
    expect(13 * v.k).toBeCloseTo(13, 5);
    expect(inside(tall, 'h', v, { width: 334, height: 518 })).toBe(true);
    expect(inside(tall, 'z', v, { width: 334, height: 518 })).toBe(false);
  });

  it('keeps the chart against the edge rather than showing empty space beside it', () => {
    const offCentre: Scene = {
      ...wide,
      nodes: wide.nodes.map((n) => (n.id === 'head' ? { ...n, x: 16 } : n)),
    };
    const v = defaultView(offCentre, phone, { minLabelPx: 12 });
    expect(v.x).toBeLessThanOrEqual(16 + 0.01);
    expect(inside(offCentre, 'head', v, phone)).toBe(true);
  });

  it('opens on the focused boxes when asked', () => {
    const v = defaultView(wide, phone, { minLabelPx: 12, focus: ['b9', 'head'] });
    expect(inside(wide, 'b9', v, phone)).toBe(true);
    expect(13 * v.k).toBeGreaterThanOrEqual(12);
  });
});

describe('frameBoxes', () => {
  it('frames a set that fits at a readable size, all inside', () => {
    const v = frameBoxes(wide, ['b3', 'b4'], laptop, { minLabelPx: 14 });
    expect(13 * v.k).toBeGreaterThanOrEqual(14);
    expect(inside(wide, 'b3', v, laptop)).toBe(true);
    expect(inside(wide, 'b4', v, laptop)).toBe(true);
  });

  it('keeps the first box in view when the set does not fit at the readable size', () => {
    const v = frameBoxes(wide, ['b0', 'b9'], phone, { minLabelPx: 14 });
    expect(13 * v.k).toBeGreaterThanOrEqual(14);
    expect(inside(wide, 'b0', v, phone)).toBe(true);
  });

  it('frames inside the part of the screen a sheet leaves free', () => {
    const sheet: Viewport = { ...phone, inset: { bottom: 300 } };
    const v = frameBoxes(wide, ['b5'], sheet, { minLabelPx: 12 });
    expect(inside(wide, 'b5', v, sheet)).toBe(true);
  });
});

describe('followBoxes (the flow player camera)', () => {
  const opts = { preferLabelPx: 14, minLabelPx: 12, padding: 8 };
  it('follows a step at 14 px or more when its boxes fit at that size', () => {
    const v = followBoxes(wide, ['b3', 'b4'], laptop, opts);
    expect(13 * v.k).toBeGreaterThanOrEqual(14);
    for (const id of ['b3', 'b4']) expect(inside(wide, id, v, laptop)).toBe(true);
  });

  it('shows a wider step whole, smaller, down to 12 px', () => {
    // b2..b6 span 980 px: at 14 px (k 1.08) they need 1055 px; the laptop has 1102.
    const ids = ['b2', 'b3', 'b4', 'b5', 'b6', 'b7'];
    const v = followBoxes(wide, ids, laptop, opts);
    expect(13 * v.k).toBeLessThan(14);
    expect(13 * v.k).toBeGreaterThanOrEqual(12);
    for (const id of ids) expect(inside(wide, id, v, laptop)).toBe(true);
  });

  it('keeps the actor in view at 12 px when the step cannot be shown whole', () => {
    const v = followBoxes(wide, ['b0', 'b9'], phone, opts);
    expect(13 * v.k).toBeCloseTo(12, 5);
    expect(inside(wide, 'b0', v, phone)).toBe(true);
  });
});

describe('revealBox', () => {
  it('pans just enough to bring a box into view and leaves a visible box alone', () => {
    const v0 = defaultView(wide, phone, { minLabelPx: 12 });
    expect(revealBox(wide, 'head', v0, phone)).toBe(v0);
    const v1 = revealBox(wide, 'b9', v0, phone);
    expect(v1.k).toBe(v0.k);
    expect(inside(wide, 'b9', v1, phone)).toBe(true);
  });
});

describe('offscreen (pointers to the parties of a step the screen cannot hold)', () => {
  it('names the boxes outside the area by the side they lie beyond, and none when all are in', () => {
    const v = followBoxes(wide, ['b0', 'b9'], phone, { minLabelPx: 12, preferLabelPx: 14 });
    const out = offscreen(
      wide.nodes.filter((n) => n.id === 'b0' || n.id === 'b9'),
      v,
      phone,
    );
    expect(out).toEqual([{ side: 'right', ids: ['b9'] }]);
    const all = frameBoxes(wide, ['b9'], phone, { minLabelPx: 12 });
    expect(
      offscreen(
        wide.nodes.filter((n) => n.id === 'b9'),
        all,
        phone,
      ),
    ).toEqual([]);
  });

  it('puts a box above or below the area on the top or bottom side', () => {
    const v0 = defaultView(wide, phone, { minLabelPx: 12 });
    const head = wide.nodes.find((n) => n.id === 'head')!;
    const below = { ...head, id: 'far', y: wide.height + 400 };
    const above = { ...head, id: 'up', y: -400 };
    expect(offscreen([below, above, head], v0, phone)).toEqual([
      { side: 'top', ids: ['up'] },
      { side: 'bottom', ids: ['far'] },
    ]);
  });
});
