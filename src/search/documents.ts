/**
 * What search can find in one region: office names, unit types, positions (with their roles),
 * flows and every flow step, rules, letter templates, and the regulation's text cut into cited
 * passages. Each document carries the `Route` that opens it (links are built with `href()`).
 */
import { terms } from '../i18n/messages';
import { notesAbout, positionRefs } from '../model/notesAbout';
import { rolesOf } from '../model/queries';
import type { Region } from '../model/types';
import type { Route } from '../state/router.svelte';
import { flowDocs } from './documents/flows';
import { passageDocs, regionText } from './documents/text';

export { passageDocs, regionText, type RegionText } from './documents/text';

export type DocKind =
  'perangkatDaerah' | 'unitType' | 'position' | 'flow' | 'step' | 'rule' | 'form' | 'passage';

export interface SearchDoc {
  kind: DocKind;
  label: string;
  /** Shown under the label (the unit type a name belongs to, a position's roles, a locator...). */
  detail?: string;
  /** Longer text matched and shown as a snippet (a passage of the regulation, a step's sentence). */
  text?: string;
  /** Words matched but not shown (role names in both languages, categories, stage). */
  keywords?: string;
  /** Where the item stands (its unit type, its flow): a query word matching only here filters. */
  context?: string;
  route: Route;
  /** Line range in the regulation's text (a passage's is in its route). */
  lines?: [number, number];
  /** Ids of the conflict, silent and interpretation notes about the item (see `notesAbout`). */
  notes?: string[];
  /** For a flow step: "flow/step" (build time only; not published). */
  stepId?: string;
}

export interface RegionDocs {
  schemaVersion: 1;
  region: string;
  name: string;
  docs: SearchDoc[];
}

const id = terms.id;
const en = terms.en;

/** The ids notes about a document's item go by, read from the route that opens it. */
function noteRefs(region: Region, route: Route): string[] {
  switch (route.name) {
    case 'unit': {
      const unit = region.unitTypes.find((u) => u.id === route.unit);
      return unit && route.selected ? positionRefs(unit, route.selected) : [route.unit];
    }
    case 'flow':
      return [route.flow];
    case 'region':
      return route.focus ? [route.focus] : [];
    case 'letter':
      return [route.form];
    default:
      return [];
  }
}

/** The search documents of a region; `sourceText` adds the regulation's own passages. */
export function regionDocuments(region: Region, sourceText?: string): SearchDoc[] {
  const out: SearchDoc[] = [];
  const unitRoute = (unit: string, selected?: string): Route => ({
    name: 'unit',
    region: region.id,
    unit,
    view: 'bagan',
    ...(selected ? { selected } : {}),
  });
  for (const office of region.offices ?? []) {
    const units = office.unitTypes
      .map((u) => region.unitTypes.find((x) => x.id === u))
      .filter((u): u is NonNullable<typeof u> => u !== undefined);
    const first = units[0];
    if (!first) continue;
    out.push({
      kind: 'perangkatDaerah',
      label: office.name,
      detail: units.map((u) => u.name).join(' / '),
      keywords: (office.aliases ?? []).join(' '),
      route: units.length === 1 ? unitRoute(first.id) : { name: 'region', region: region.id },
      ...(office.cite ? { lines: office.cite.lines } : {}),
    });
  }
  // An office list and a unit type's own list may both name an office: one document for it.
  const offices = new Set(out.map((d) => `${d.label}\u0000${JSON.stringify(d.route)}`));
  for (const unit of region.unitTypes) {
    out.push({
      kind: 'unitType',
      label: unit.name,
      detail: unit.group ?? '',
      route: unitRoute(unit.id),
      lines: unit.cite.lines,
    });
    for (const name of unit.perangkatDaerah?.names ?? []) {
      if (offices.has(`${name}\u0000${JSON.stringify(unitRoute(unit.id))}`)) continue;
      out.push({
        kind: 'perangkatDaerah',
        label: name,
        detail: unit.name,
        route: unitRoute(unit.id),
        lines: unit.perangkatDaerah!.cite.lines,
      });
    }
    for (const p of unit.positions) {
      const roles = rolesOf(unit, p.id);
      out.push({
        kind: 'position',
        label: p.name,
        detail: roles.map((r) => id.role[r]).join(' · '),
        keywords: [
          id.category[p.category],
          en.category[p.category],
          ...(p.jenjang ?? []).map((j) => id.jenjang[j]),
          ...roles.map((r) => en.role[r]),
        ].join(' '),
        context: unit.name,
        route: unitRoute(unit.id, p.id),
        lines: p.cite.lines,
      });
    }
  }
  for (const flow of region.flows) out.push(...flowDocs(region, flow));
  for (const rule of region.rules) {
    const units = (rule.unitTypes ?? [])
      .map((u) => region.unitTypes.find((x) => x.id === u)?.name)
      .filter((n): n is string => n !== undefined);
    out.push({
      kind: 'rule',
      label: rule.text,
      detail: `${id.ruleKind[rule.kind]} · ${rule.cite.locator}`,
      keywords: `${en.ruleKind[rule.kind]} ${rule.subject}`,
      context: units.join(' · '),
      route: { name: 'region', region: region.id, focus: rule.id },
      lines: rule.cite.lines,
    });
  }
  for (const form of region.forms) {
    out.push({
      kind: 'form',
      label: form.title,
      detail: form.cite.locator,
      route: { name: 'letter', region: region.id, form: form.id },
      lines: form.cite.lines,
    });
  }
  for (const doc of out) {
    const ids = [...noteRefs(region, doc.route), ...(doc.stepId ? [doc.stepId] : [])];
    const notes = ids.length > 0 ? notesAbout(region, ids).map((n) => n.id) : [];
    if (notes.length > 0) doc.notes = notes;
    delete doc.stepId;
  }
  if (sourceText !== undefined) out.push(...passageDocs(regionText(region.id, sourceText)));
  return out;
}
