/**
 * A flow step on a chart as data: outside parties placed near the boxes they exchange with, the
 * step's boxes, the token's route and its label. Expected boxes come from the fixture's own
 * participants (read by hand below); positions from plain geometry.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { EXTERNAL_GAP, placeExternal } from '../../src/layout/external';
import { layoutUnit } from '../../src/layout/layoutUnit';
import { flowScene, stepOverlay } from '../../src/render/flowOverlay';
import { tokenLabel } from '../../src/render/token';
import { fixture } from './fixture';

const party = (id: string, partners: string[]) => ({
  id,
  name: `Pihak ${id}`,
  subtitle: { id: 'Di luar', en: 'Outside' },
  partners,
});

describe('outside parties sit where the path is short', () => {
  // A wide, low chart: one box low on the left, one high on the right.
  const layout = {
    width: 1000,
    height: 300,
    nodes: [
      { id: 'kiri-bawah', x: 0, y: 200, width: 150, height: 60 },
      { id: 'kanan', x: 850, y: 200, width: 150, height: 60 },
    ],
  };

  it('below the chart under a low box far from the right edge', () => {
    const [box] = placeExternal(layout, [party('a', ['kiri-bawah'])]).boxes;
    expect(box!.y).toBe(300 + EXTERNAL_GAP);
    // Centred under the box (its middle at 75), but never left of the chart.
    expect(box!.x).toBe(Math.max(0, 75 - box!.width / 2));
  });

  it('to the right, level with a box at the right edge', () => {
    const [box] = placeExternal(layout, [party('b', ['kanan'])]).boxes;
    expect(box!.x).toBe(1000 + EXTERNAL_GAP);
    expect(box!.y + box!.height / 2).toBe(230);
  });

  it('two parties wanting the same place do not overlap; one with no partner goes top right', () => {
    const placed = placeExternal(layout, [party('b', ['kanan']), party('c', ['kanan']), party('d', [])]);
    const [b, c, d] = ['pihak-b', 'pihak-c', 'pihak-d'].map((id) => placed.boxes.find((x) => x.id === id)!);
    expect(d!.y).toBe(16);
    expect(c!.y).toBeGreaterThanOrEqual(b!.y + b!.height);
    expect(placed.width).toBeGreaterThanOrEqual(b!.x + b!.width);
    expect(placed.height).toBeGreaterThanOrEqual(c!.y + c!.height);
  });
});

describe('the token label stays inside the drawn area', () => {
  const extent = { width: 1000, height: 300 };
  it('goes left of a token at the right edge', () => {
    expect(tokenLabel('surat permohonan pelibatan', [990, 100], extent).anchor).toBe('end');
  });
  it('goes right where there is room, and around a box it would cover', () => {
    expect(tokenLabel('surat', [500, 100], extent).anchor).toBe('start');
    const box = { x: 505, y: 80, width: 200, height: 40 };
    expect(tokenLabel('surat', [500, 100], extent, [box]).anchor).not.toBe('start');
  });
  it('wraps a long name', () => {
    const label = tokenLabel(
      'surat permohonan pelibatan Pejabat Fungsional dan/atau Pelaksana',
      [10, 10],
      extent,
    );
    expect(label.lines.length).toBeGreaterThan(1);
    expect(label.lines.join(' ')).toBe('surat permohonan pelibatan Pejabat Fungsional dan/atau Pelaksana');
  });
});

describe('the fixture flow on its chart', async () => {
  // Participants: pd-pemilik (pemohon) and pd-dituju (no position) stand outside; penilai is
  // the Pejabat Penilai Kinerja = administrator; jf = categories jf, pelaksana.
  const region = fixture();
  const unit = region.unitTypes[0]!;
  const flow = region.flows[0]!;
  const layout = await layoutUnit(new ELK(), unit, 'expanded');
  const scene = flowScene(layout, flow, unit);
  const at = (id: string) =>
    stepOverlay(
      layout,
      scene,
      flow.steps.find((s) => s.id === id)!,
    );

  it('draws the two outside parties beside the chart', () => {
    expect(scene.external.map((b) => b.id).sort()).toEqual(['pihak-pd-dituju', 'pihak-pd-pemilik']);
    for (const b of scene.external) expect(b.x >= layout.width || b.y >= layout.height).toBe(true);
  });

  it('surat penugasan: from the administrator to the JF and pelaksana', () => {
    const step = at('surat-penugasan');
    expect(step.actor.map((b) => b.id)).toEqual(['administrator']);
    expect(step.recipients.map((b) => b.id)).toEqual(['jf-ahli-muda', 'pelaksana']);
    expect([...step.emphasis].sort()).toEqual(['administrator', 'jf-ahli-muda', 'pelaksana']);
    const onEdge = (p: [number, number], id: string) => {
      const b = layout.nodes.find((n) => n.id === id)!;
      const inside =
        p[0] >= b.x - 1 && p[0] <= b.x + b.width + 1 && p[1] >= b.y - 1 && p[1] <= b.y + b.height + 1;
      return inside;
    };
    expect(onEdge(step.route![0]!, 'administrator')).toBe(true);
    expect(onEdge(step.route!.at(-1)!, 'jf-ahli-muda')).toBe(true);
    expect(step.label?.lines.join(' ')).toBe('surat penugasan');
  });

  it('two recipients on one box mark it once (Surakarta: puo and penilai are one position)', () => {
    const twice = structuredClone(flow);
    twice.participants.push({ id: 'penilai-lagi', name: 'Penilai', role: 'pejabatPenilaiKinerja' });
    const step = twice.steps.find((s) => s.id === 'surat-jawaban')!;
    step.recipients = ['penilai', 'penilai-lagi'];
    const overlay = stepOverlay(layout, flowScene(layout, twice, unit), step);
    expect(overlay.recipients.map((b) => b.id)).toEqual(['administrator']);
  });

  it('the request goes between the two outside boxes, copied to the administrator', () => {
    const step = at('kirim-permohonan');
    expect(step.actor.map((b) => b.id)).toEqual(['pihak-pd-pemilik']);
    expect(step.recipients.map((b) => b.id)).toEqual(['pihak-pd-dituju']);
    expect(step.cc.map((b) => b.id)).toEqual(['administrator']);
  });
});
