/**
 * ELK's answer back into the wide chart's layout: boxes and groups where ELK placed them, members
 * inside their group, and each line's points from its ELK edge, continued through a group's gutter
 * lane to the member it reaches and turned to run from its `from` box to its `to` box.
 */
import type { WideDraft, Tee } from './elkGraph';
import type { GroupFrame } from './groupFrame';
import { FONT } from './measure';
import { simplify } from './polyline';
import { superiorEnd } from './chartModel';
import { LAYOUT_VERSION, type ChartEdge, type ChartLayout, type ChartNode, type ElkNode } from './types';

const round = (v: number) => Math.round(v * 10) / 10;

export function fromElk(draft: WideDraft, result: ElkNode): ChartLayout {
  const { model, boxes, frames } = draft;
  const at = new Map<string, { x: number; y: number }>();
  for (const child of result.children ?? []) at.set(child.id, { x: child.x ?? 0, y: child.y ?? 0 });
  const nodes: ChartNode[] = [];
  const memberBox = new Map<string, { x: number; y: number; width: number; height: number }>();
  for (const n of model.nodes) {
    const base = {
      id: n.id,
      kind: n.kind,
      roles: n.roles,
      ...(n.memberCount !== undefined ? { memberCount: n.memberCount } : {}),
    };
    const frame = frames.get(n.id);
    if (frame) {
      const p = at.get(n.id) ?? { x: 0, y: 0 };
      nodes.push({
        ...base,
        x: round(p.x),
        y: round(p.y),
        width: frame.width,
        height: frame.height,
        text: frame.text,
        titleHeight: frame.titleHeight,
      });
      for (const m of frame.members)
        memberBox.set(m.id, { x: p.x + m.x, y: p.y + m.y, width: m.width, height: m.height });
      continue;
    }
    const box = boxes.get(n.id);
    if (!box) continue;
    const p = at.get(n.id) ?? { x: 0, y: 0 };
    nodes.push({
      ...base,
      x: round(p.x),
      y: round(p.y),
      width: box.width,
      height: box.height,
      text: box.text,
    });
  }
  // Members after their group, drawn inside it.
  for (const n of model.nodes) {
    if (!n.parent) continue;
    const frame = frames.get(n.parent);
    const m = frame?.members.find((x) => x.id === n.id);
    const place = memberBox.get(n.id);
    if (!m || !place) continue;
    nodes.push({
      id: n.id,
      kind: 'position',
      roles: n.roles,
      ...(n.memberCount !== undefined ? { memberCount: n.memberCount } : {}),
      parent: n.parent,
      x: round(place.x),
      y: round(place.y),
      width: m.width,
      height: m.height,
      text: m.text,
    });
  }
  const rank = new Map(model.nodes.map((n, i) => [n.id, i]));
  nodes.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));

  const sections = new Map<string, [number, number][]>();
  for (const e of result.edges ?? []) {
    const pts: [number, number][] = [];
    for (const s of e.sections ?? [])
      for (const p of [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]) pts.push([p.x, p.y]);
    sections.set(e.id, pts);
  }
  const tee = (t: Tee): { lane: number; cy: number; left: number; top: number; bottom: number } => {
    const frame = frames.get(t.group) as GroupFrame;
    const g = at.get(t.group) ?? { x: 0, y: 0 };
    const m = memberBox.get(t.member) ?? { x: 0, y: 0, width: 0, height: 0 };
    return {
      lane: g.x + (frame.laneX[t.lane] ?? 0),
      cy: m.y + Math.min(m.height / 2, 22),
      left: m.x,
      top: g.y,
      bottom: g.y + frame.height,
    };
  };
  const edges: ChartEdge[] = draft.routes.map((r) => {
    let pts: [number, number][];
    if (r.inner) {
      const a = tee({ group: r.inner.group, lane: r.inner.lane, member: r.edge.from });
      const b = tee({ group: r.inner.group, lane: r.inner.lane, member: r.edge.to });
      pts = [
        [a.left, a.cy],
        [a.lane, a.cy],
        [b.lane, b.cy],
        [b.left, b.cy],
      ];
    } else {
      pts = [...(sections.get(r.elk ?? '') ?? [])];
      if (r.supTee && pts.length > 0) {
        const t = tee(r.supTee);
        pts[0] = [t.lane, t.bottom];
        pts.unshift([t.left, t.cy], [t.lane, t.cy]);
      }
      if (r.subTee && pts.length > 0) {
        const t = tee(r.subTee);
        pts[pts.length - 1] = [t.lane, t.top];
        pts.push([t.lane, t.cy], [t.left, t.cy]);
      }
      if (superiorEnd(r.edge) !== r.edge.from) pts.reverse();
    }
    return { ...r.edge, points: simplify(pts.map(([x, y]) => [round(x), round(y)])) };
  });
  return {
    version: LAYOUT_VERSION,
    unitId: model.unitId,
    mode: model.groups,
    hash: model.hash,
    width: round(result.width ?? 0),
    height: round(result.height ?? 0),
    labelSize: FONT.name.size,
    head: model.head,
    nodes,
    edges,
    contained: model.contained,
  };
}
