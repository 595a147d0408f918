/**
 * What the data built from a passage of the regulation: every unit type, position, relation,
 * flow, step, rule, letter and note whose citation overlaps the passage's lines, with the route
 * that opens it.
 */
import { terms } from '../i18n/messages';
import type { Citation, Region } from '../model/types';
import type { Route } from '../state/router.svelte';
import { pathToStep } from './stepPath';

export type BuiltKind =
  'unitType' | 'position' | 'relation' | 'flow' | 'step' | 'rule' | 'form' | 'note' | 'regulation';

export interface BuiltItem {
  kind: BuiltKind;
  label: string;
  route: Route;
  cite: Citation;
}

const overlaps = (cite: Citation, from: number, to: number) => cite.lines[0] <= to && cite.lines[1] >= from;

export function builtFrom(region: Region, from: number, to: number): BuiltItem[] {
  const out: BuiltItem[] = [];
  const add = (item: BuiltItem) => {
    if (overlaps(item.cite, from, to)) out.push(item);
  };
  const r = region.id;
  const reg = region.regulation;
  add({ kind: 'regulation', label: reg.title, route: { name: 'region', region: r }, cite: reg.cite });
  for (const act of [reg.enacted, reg.promulgated, reg.gazette, reg.effective])
    if (act)
      add({
        kind: 'regulation',
        label: 'text' in act ? act.text : `${act.place}, ${act.date}`,
        route: { name: 'region', region: r },
        cite: act.cite,
      });
  for (const unit of region.unitTypes) {
    const unitRoute = (selected?: string): Route => ({
      name: 'unit',
      region: r,
      unit: unit.id,
      view: 'bagan',
      ...(selected ? { selected } : {}),
    });
    add({ kind: 'unitType', label: unit.name, route: unitRoute(), cite: unit.cite });
    if (unit.perangkatDaerah)
      add({ kind: 'unitType', label: unit.name, route: unitRoute(), cite: unit.perangkatDaerah.cite });
    if (unit.criterion)
      add({ kind: 'unitType', label: unit.name, route: unitRoute(), cite: unit.criterion.cite });
    const nameOf = (id: string) => unit.positions.find((p) => p.id === id)?.name ?? id;
    for (const p of unit.positions) {
      add({ kind: 'position', label: `${p.name} · ${unit.name}`, route: unitRoute(p.id), cite: p.cite });
      for (const claim of p.roles ?? [])
        add({
          kind: 'position',
          label: `${p.name}: ${terms.id.role[claim.role]}`,
          route: unitRoute(p.id),
          cite: claim.cite,
        });
    }
    for (const rel of unit.relations) {
      const label = `${nameOf(rel.from)} ${terms.id.relation[rel.kind]} ${nameOf(rel.to)}`;
      add({ kind: 'relation', label, route: unitRoute(rel.to), cite: rel.cite });
      if (rel.basis?.cite) add({ kind: 'relation', label, route: unitRoute(rel.to), cite: rel.basis.cite });
    }
  }
  for (const flow of region.flows) {
    add({
      kind: 'flow',
      label: flow.name,
      route: { name: 'flow', region: r, flow: flow.id },
      cite: flow.cite,
    });
    flow.steps.forEach((step, i) => {
      const path = pathToStep(flow, step.id);
      const route: Route = {
        name: 'flow',
        region: r,
        flow: flow.id,
        ...(path?.variant ? { variant: path.variant } : {}),
        ...(path && path.events.length > 0 ? { path: path.events } : {}),
      };
      const label = `${flow.name}: ${i + 1}. ${step.plain?.id ?? step.action}`;
      add({ kind: 'step', label, route, cite: step.cite });
      for (const b of step.decision?.branches ?? [])
        if (b.cite) add({ kind: 'step', label, route, cite: b.cite });
    });
  }
  for (const rule of region.rules)
    add({
      kind: 'rule',
      label: rule.text,
      route: { name: 'region', region: r, focus: rule.id },
      cite: rule.cite,
    });
  for (const form of region.forms)
    add({
      kind: 'form',
      label: form.title,
      route: { name: 'letter', region: r, form: form.id },
      cite: form.cite,
    });
  for (const note of region.notes)
    add({ kind: 'note', label: note.text, route: { name: 'region', region: r }, cite: note.cite });
  // One entry per item and route: a relation cited twice in one passage is listed once.
  const seen = new Set<string>();
  return out.filter((i) => {
    const key = `${i.kind}|${i.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
