import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage, type Fetcher } from '../../src/app/load';
import { DATA, regionSummary, unitSlice } from '../../src/data/publish';
import type { RegionData } from '../../src/data/schema';
import { unitGroups } from '../../src/model/unitGroups';

const sambas = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'data', 'regions', 'sambas.json'), 'utf8'),
) as RegionData;

describe('unitGroups', () => {
  it("keeps the text's headings and the data's order, those without a heading under ''", () => {
    const groups = unitGroups([
      { id: 'a', name: 'A', group: 'G1' },
      { id: 'b', name: 'B' },
      { id: 'c', name: 'C', group: 'G1' },
      { id: 'd', name: 'D', group: 'G2' },
    ]);
    expect(groups.map(([g, units]) => [g, units.map((u) => u.id)])).toEqual([
      ['G1', ['a', 'c']],
      ['', ['b']],
      ['G2', ['d']],
    ]);
  });

  it('lists every unit type of a region once', () => {
    const listed = unitGroups(sambas.unitTypes).flatMap(([, units]) => units.map((u) => u.id));
    expect(listed.sort()).toEqual(sambas.unitTypes.map((u) => u.id).sort());
  });
});

describe('a unit page lists the other unit types of its region', () => {
  const unit = sambas.unitTypes[1]!;
  const files = new Map<string, unknown>([
    [DATA.unit(sambas.id, unit.id), unitSlice(sambas, unit.id)],
    [DATA.summary(sambas.id), regionSummary(sambas)],
    [DATA.layouts(sambas.id, unit.id), { wide: null, narrow: null }],
  ]);
  const fetcher =
    (missing: string[] = []): Fetcher =>
    (path) =>
      Promise.resolve(
        files.has(path) && !missing.includes(path)
          ? { ok: true, text: JSON.stringify(files.get(path)) }
          : { ok: false, status: 404, reason: 'Not Found' },
      );
  const route = { name: 'unit', region: sambas.id, unit: unit.id, view: 'bagan' } as const;

  it('from the summary: every unit type, though the slice holds only its own', async () => {
    const page = await loadPage(route, fetcher());
    expect(page.status).toBe('ok');
    if (page.status !== 'ok' || page.data.view !== 'unit') throw new Error('not a unit page');
    expect(page.data.region.unitTypes.map((u) => u.id)).toEqual([unit.id]);
    expect(page.data.unitTypes).toEqual(
      sambas.unitTypes.map((u) => ({ id: u.id, name: u.name, ...(u.group ? { group: u.group } : {}) })),
    );
  });

  it('without the summary the page is whole and lists only its own unit type', async () => {
    const page = await loadPage(route, fetcher([DATA.summary(sambas.id)]));
    if (page.status !== 'ok' || page.data.view !== 'unit') throw new Error('not a unit page');
    expect(page.data.unit.id).toBe(unit.id);
    expect(page.data.unitTypes.map((u) => u.id)).toEqual([unit.id]);
  });
});
