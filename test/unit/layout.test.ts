import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { chartModel, drawnRelations, layoutUnit } from '../../src/layout/elkGraph';
import { detachedEdges, overlappingPairs } from '../../src/layout/geometry';
import { BOX, FONT, boxHeight, textWidth, wrap } from '../../src/layout/measure';
import { boxLabels, LANGS } from '../../src/layout/labels';
import { relationKey } from '../../src/data/crossCheck';
import { rolesOf } from '../../src/model/queries';
import { fixture } from './fixture';

const elk = new ELK();

describe('measure', () => {
  it('wraps to the width and never loses a word', () => {
    const text =
      'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana';
    const lines = wrap(text, 200, FONT.name);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, FONT.name)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(text);
  });
  it('breaks a word longer than the line', () => {
    const lines = wrap('x'.repeat(80), 100, FONT.small);
    for (const line of lines) expect(textWidth(line, FONT.small)).toBeLessThanOrEqual(100);
  });
});

describe('ELK layout of the fixture unit', () => {
  const unit = fixture().unitTypes[0]!;

  for (const mode of ['expanded', 'collapsed'] as const) {
    it(`${mode}: boxes do not overlap, edges touch their boxes, every relation is drawn`, async () => {
      const layout = await layoutUnit(elk, unit, mode);
      expect(overlappingPairs(layout)).toEqual([]);
      expect(detachedEdges(layout)).toEqual([]);
      expect(drawnRelations(unit, mode)).toEqual(new Set(unit.relations.map(relationKey)));
      for (const n of layout.nodes) {
        expect(n.x).toBeGreaterThanOrEqual(0);
        expect(n.x + n.width).toBeLessThanOrEqual(layout.width + 0.5);
        expect(n.y + n.height).toBeLessThanOrEqual(layout.height + 0.5);
      }
    });
  }

  it('expanded: members sit inside their kelompok; collapsed: the kelompok is one box', async () => {
    const expanded = await layoutUnit(elk, unit, 'expanded');
    const group = expanded.nodes.find((n) => n.id === 'kelompok')!;
    expect(group.kind).toBe('group');
    for (const id of ['jf-ahli-muda', 'pelaksana']) {
      const m = expanded.nodes.find((n) => n.id === id)!;
      expect(m.parent).toBe('kelompok');
      expect(m.x).toBeGreaterThanOrEqual(group.x);
      expect(m.y + m.height).toBeLessThanOrEqual(group.y + group.height);
    }
    const collapsed = await layoutUnit(elk, unit, 'collapsed');
    expect(collapsed.nodes.map((n) => n.id)).toEqual(['kepala', 'administrator', 'kelompok']);
    expect(collapsed.nodes.find((n) => n.id === 'kelompok')).toMatchObject({
      kind: 'position',
      memberCount: 2,
    });
    // The member's report to the administrator is drawn from the group.
    expect(collapsed.edges.find((e) => e.kind === 'pertanggungjawaban')).toMatchObject({
      from: 'kelompok',
      to: 'administrator',
    });
  });

  it('labels fit their boxes in both languages', () => {
    for (const mode of ['expanded', 'collapsed'] as const) {
      const model = chartModel(unit, mode);
      for (const n of model.nodes) {
        if (n.kind === 'group') continue;
        const p = unit.positions.find((x) => x.id === n.id)!;
        for (const lang of LANGS) {
          const labels = boxLabels(p, rolesOf(unit, p.id), lang, n.memberCount);
          expect(boxHeight(n.nameLines.length, labels, n.width)).toBeLessThanOrEqual(n.height);
        }
        for (const line of n.nameLines)
          expect(textWidth(line, FONT.name)).toBeLessThanOrEqual(n.width - BOX.padX * 2);
      }
    }
  });

  it('edge points run from the `from` box to the `to` box, whatever ELK direction was used', async () => {
    const layout = await layoutUnit(elk, unit, 'expanded');
    const kedudukan = layout.edges.find((e) => e.kind === 'kedudukan' && e.from === 'administrator')!;
    const admin = layout.nodes.find((n) => n.id === 'administrator')!;
    const kepala = layout.nodes.find((n) => n.id === 'kepala')!;
    expect(kedudukan.points[0]![1]).toBeCloseTo(admin.y, 0);
    expect(kedudukan.points.at(-1)![1]).toBeCloseTo(kepala.y + kepala.height, 0);
  });
});
