import { href } from '../routes';
/**
 * What search can find in a region: perangkat daerah names from the texts' lists, unit types,
 * positions (with their roles), flows and rules, each with the link that opens it.
 */
import { terms } from '../i18n/messages';
import { matchScore } from './text';
import { rolesOf } from './queries';
import type { Region } from './types';

export type SearchKind = 'perangkatDaerah' | 'unitType' | 'position' | 'flow' | 'rule';

export interface SearchEntry {
  region: string;
  regionName: string;
  kind: SearchKind;
  label: string;
  /** Shown under the label (the unit type a name belongs to, a position's roles...). */
  detail: string;
  /** Extra words matched but not shown (role names in both languages, categories). */
  keywords: string;
  href: string;
}

export function searchEntries(region: Region): SearchEntry[] {
  const base = { region: region.id, regionName: region.name };
  const out: SearchEntry[] = [];
  for (const unit of region.unitTypes) {
    out.push({
      ...base,
      kind: 'unitType',
      label: unit.name,
      detail: unit.group ?? '',
      keywords: '',
      href: href({ name: 'unit', region: region.id, unit: unit.id, view: 'bagan' }),
    });
    for (const name of unit.perangkatDaerah?.names ?? []) {
      out.push({
        ...base,
        kind: 'perangkatDaerah',
        label: name,
        detail: unit.name,
        keywords: '',
        href: href({ name: 'unit', region: region.id, unit: unit.id, view: 'bagan' }),
      });
    }
    for (const p of unit.positions) {
      const roles = rolesOf(unit, p.id);
      out.push({
        ...base,
        kind: 'position',
        label: p.name,
        detail: [unit.name, ...roles.map((r) => terms.id.role[r])].join(' · '),
        keywords: [
          terms.id.category[p.category],
          ...roles.flatMap((r) => [terms.id.role[r], terms.en.role[r]]),
        ].join(' '),
        href: href({ name: 'unit', region: region.id, unit: unit.id, view: 'bagan', selected: p.id }),
      });
    }
  }
  for (const flow of region.flows) {
    out.push({
      ...base,
      kind: 'flow',
      label: flow.name,
      detail: terms.id.flowKind[flow.kind],
      keywords: flow.scope ? terms.id.scope[flow.scope] : '',
      href: href({ name: 'flow', region: region.id, flow: flow.id }),
    });
  }
  for (const rule of region.rules) {
    out.push({
      ...base,
      kind: 'rule',
      label: rule.text,
      detail: `${terms.id.ruleKind[rule.kind]} · ${rule.cite.locator}`,
      keywords: rule.subject,
      href: href({ name: 'region', region: region.id, focus: rule.id }),
    });
  }
  return out;
}

export interface SearchHit extends SearchEntry {
  score: number;
}

const KIND_WEIGHT: Record<SearchKind, number> = {
  perangkatDaerah: 0.5,
  unitType: 0.4,
  position: 0.3,
  flow: 0.2,
  rule: 0,
};

export function search(entries: readonly SearchEntry[], query: string, limit = 60): SearchHit[] {
  if (query.trim().length < 2) return [];
  const hits: SearchHit[] = [];
  for (const e of entries) {
    const s = Math.max(matchScore(query, e.label), matchScore(query, `${e.label} ${e.keywords}`) * 0.9);
    if (s > 0) hits.push({ ...e, score: s + KIND_WEIGHT[e.kind] });
  }
  hits.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
  return hits.slice(0, limit);
}
