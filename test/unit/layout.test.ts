import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutUnit } from '../../src/layout/layoutUnit';
import { detachedEdges, overlappingPairs } from '../../src/layout/geometry';
import { FONT, textWidth, wrap } from '../../src/layout/measure';
import { sizeBox } from '../../src/layout/box';
import { MODES } from '../../src/layout/types';
import type { UnitType } from '../../src/model/types';
import { fixture } from './fixture';
import { ink, textOutside } from './layout-oracle';

const elk = new ELK();

describe('measure', () => {
  it('wraps to the width and never loses a word', () => {
    const text =
      'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana';
    const lines = wrap(text, 200, FONT.name);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines)
      expect(ink(line, 0, 13, { size: 13, weight: 600 }).right).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(text);
  });
  it('breaks a word longer than the line', () => {
    const lines = wrap('x'.repeat(80), 100, FONT.small);
    for (const line of lines) expect(textWidth(line, FONT.small)).toBeLessThanOrEqual(100);
  });
});

describe('box geometry', () => {
  const content = {
    name: 'Kepala Sub Bagian Umum dan Kepegawaian pada Sekretariat',
    faces: {
      id: { subtitle: 'Pengawas', badges: ['Penilai Kinerja', 'Ketua Tim Kerja'] },
      en: { subtitle: 'Pengawas (supervisor)', badges: ['Performance appraiser', 'Team lead'] },
    },
  };
  it('places every word of both languages, in order, inside the box', () => {
    const box = sizeBox(content);
    expect(box.text.name.map((r) => r.text).join(' ')).toBe(content.name);
    for (const lang of ['id', 'en'] as const) {
      expect(box.text.faces[lang].sub.map((r) => r.text).join(' ')).toBe(content.faces[lang].subtitle);
      expect(box.text.faces[lang].badges.map((b) => b.label)).toEqual(content.faces[lang].badges);
    }
    const node = {
      id: 'x',
      kind: 'position' as const,
      x: 0,
      y: 0,
      width: box.width,
      height: box.height,
      roles: [],
      text: box.text,
    };
    expect(textOutside({ nodes: [node] } as never)).toEqual([]);
  });
  it('lines run downwards without overlapping', () => {
    const box = sizeBox(content);
    const ys = [...box.text.name.map((r) => r.y), ...box.text.faces.id.sub.map((r) => r.y)];
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(11);
    const lastText = Math.max(...ys);
    for (const b of box.text.faces.id.badges) expect(b.y).toBeGreaterThan(lastText);
  });
});

describe('layouts of the fixture unit', () => {
  const unit = fixture().unitTypes[0]!;

  for (const mode of MODES) {
    it(`${mode}: boxes do not overlap, edges touch their boxes, the layout holds every box`, async () => {
      const layout = await layoutUnit(elk, unit, mode);
      expect(overlappingPairs(layout)).toEqual([]);
      expect(detachedEdges(layout)).toEqual([]);
      expect(layout.mode).toBe(mode);
      for (const n of layout.nodes) {
        expect(n.x).toBeGreaterThanOrEqual(0);
        expect(n.x + n.width).toBeLessThanOrEqual(layout.width + 0.5);
        expect(n.y + n.height).toBeLessThanOrEqual(layout.height + 0.5);
      }
    });
  }

  it('expanded: members are stacked in one column inside their kelompok; collapsed: the kelompok is one box', async () => {
    const expanded = await layoutUnit(elk, unit, 'expanded');
    const group = expanded.nodes.find((n) => n.id === 'kelompok')!;
    expect(group.kind).toBe('group');
    const [a, b] = ['jf-ahli-muda', 'pelaksana'].map((id) => expanded.nodes.find((n) => n.id === id)!);
    for (const m of [a!, b!]) {
      expect(m.parent).toBe('kelompok');
      expect(m.x).toBeGreaterThanOrEqual(group.x);
      expect(m.y + m.height).toBeLessThanOrEqual(group.y + group.height);
    }
    expect(a!.x).toBe(b!.x);
    expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height);
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

  it('narrow: every level steps right and the boxes end at one right edge', async () => {
    const narrow = await layoutUnit(elk, unit, 'narrow');
    const at = (id: string) => narrow.nodes.find((n) => n.id === id)!;
    expect(at('administrator').x).toBeGreaterThan(at('kepala').x);
    expect(at('kelompok').x).toBeGreaterThan(at('administrator').x);
    expect(at('administrator').y).toBeGreaterThan(at('kepala').y);
    const rights = ['kepala', 'administrator', 'kelompok'].map((id) => at(id).x + at(id).width);
    expect(new Set(rights).size).toBe(1);
    expect(narrow.width).toBeLessThanOrEqual(320);
  });

  it('edge points run from the `from` box to the `to` box, whatever direction the layout used', async () => {
    for (const mode of ['expanded', 'narrow'] as const) {
      const layout = await layoutUnit(elk, unit, mode);
      const kedudukan = layout.edges.find((e) => e.kind === 'kedudukan' && e.from === 'administrator')!;
      const admin = layout.nodes.find((n) => n.id === 'administrator')!;
      const kepala = layout.nodes.find((n) => n.id === 'kepala')!;
      const [fx, fy] = kedudukan.points[0]!;
      const [tx, ty] = kedudukan.points.at(-1)!;
      expect(
        fx >= admin.x - 0.5 &&
          fx <= admin.x + admin.width + 0.5 &&
          fy >= admin.y - 0.5 &&
          fy <= admin.y + admin.height + 0.5,
      ).toBe(true);
      expect(
        tx >= kepala.x - 0.5 &&
          tx <= kepala.x + kepala.width + 0.5 &&
          ty >= kepala.y - 0.5 &&
          ty <= kepala.y + kepala.height + 0.5,
      ).toBe(true);
    }
  });

  it("collapsed: members' relations merged into one box stay apart by basis, in every collapsed shape", async () => {
    const u: UnitType = structuredClone(unit);
    const report = u.relations.find((r) => r.kind === 'pertanggungjawaban')!;
    u.relations.push({
      ...structuredClone(report),
      from: 'pelaksana',
      basis: { kind: 'derived', cite: report.cite },
    });
    for (const mode of ['collapsed', 'narrow-collapsed'] as const) {
      const layout = await layoutUnit(elk, u, mode);
      const reports = layout.edges.filter((e) => e.kind === 'pertanggungjawaban');
      expect(reports.map((e) => [e.from, e.to, e.basis ?? 'stated'])).toEqual([
        ['kelompok', 'administrator', 'stated'],
        ['kelompok', 'administrator', 'derived'],
      ]);
      expect(new Set(reports.map((e) => e.id)).size).toBe(2);
      for (const e of reports) expect(e.points.length).toBeGreaterThan(1);
    }
  });

  it('a relation the text derives or supplies keeps its basis on the edge; a floating box is joined to the head', async () => {
    const u: UnitType = structuredClone(unit);
    u.relations = u.relations.filter((r) => !(r.kind === 'kedudukan' && r.from === 'administrator'));
    const pk = u.relations.find((r) => r.kind === 'penilaianKinerja')!;
    pk.basis = { kind: 'derived', cite: pk.cite };
    const layout = await layoutUnit(elk, u, 'expanded');
    expect(layout.edges.find((e) => e.kind === 'penilaianKinerja')?.basis).toBe('derived');
    expect(layout.edges.find((e) => e.kind === 'kedudukan' && e.from === 'kelompok')?.basis).toBeUndefined();
    // Nothing in the data relates the administrator to the kepala any more.
    const inferred = layout.edges.filter((e) => e.basis === 'inferred');
    expect(inferred.map((e) => [e.from, e.to, e.relations])).toEqual([['administrator', 'kepala', []]]);
  });
});
