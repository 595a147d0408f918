/**
 * Checks across a schema-valid region file: unique ids, references that resolve, and flows
 * whose every step is reachable and can reach the end. Each problem names its JSON path.
 */
import type { RegionData } from './schema';
import { formatPath, type DataIssue, type PathItem } from './issues';

type Flow = RegionData['flows'][number];
type UnitType = RegionData['unitTypes'][number];

export const END = 'selesai';
const RESERVED_UNIT_IDS = new Set(['alur', 'surat', 'teks']);
/** First path segments of the app's own pages (#/cari, #/posisi, ...). */
export const RESERVED_REGION_IDS = new Set(['cari', 'posisi', 'banding', 'glosarium', 'impor', 'presentasi']);

export function crossCheck(region: RegionData, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const report = (path: PathItem[], message: string) =>
    issues.push({ file, path: formatPath(path), message });

  if (RESERVED_REGION_IDS.has(region.id))
    report(['id'], `id wilayah "${region.id}" dicadangkan untuk halaman aplikasi; pilih id lain`);
  const expectedId = file.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
  if (file.endsWith('.json') && expectedId !== region.id && !file.startsWith('import:'))
    report(['id'], `id wilayah "${region.id}" tidak sama dengan nama berkas "${expectedId}.json"`);

  const unitIds = uniqueIds(region.unitTypes, ['unitTypes'], 'tipe unit', report);
  region.unitTypes.forEach((unit, u) => {
    // "alur" is the first path segment of flow links (#/<region>/alur/<flow>).
    if (RESERVED_UNIT_IDS.has(unit.id))
      report(['unitTypes', u, 'id'], `id "${unit.id}" dicadangkan untuk tautan; pilih id lain`);
  });
  region.unitTypes.forEach((unit, u) => checkUnit(unit, ['unitTypes', u], report));

  const formIds = uniqueIds(region.forms, ['forms'], 'formulir', report);
  const flowIds = uniqueIds(region.flows, ['flows'], 'alur', report);
  region.flows.forEach((flow, f) => checkFlow(flow, ['flows', f], region, unitIds, formIds, report));

  const ruleIds = uniqueIds(region.rules, ['rules'], 'ketentuan', report);
  region.rules.forEach((rule, r) =>
    rule.unitTypes?.forEach((id, i) => {
      if (!unitIds.has(id)) report(['rules', r, 'unitTypes', i], `tipe unit "${id}" tidak ada di berkas ini`);
    }),
  );

  region.forms.forEach((form, f) => {
    const fieldIds = uniqueIds(form.fields, ['forms', f, 'fields'], 'isian', report);
    const used = new Set<string>();
    form.template.forEach((line, l) => {
      for (const m of line.matchAll(/\{\{([^}]*)\}\}/g)) {
        const id = m[1] ?? '';
        used.add(id);
        if (!fieldIds.has(id))
          report(['forms', f, 'template', l], `isian "{{${id}}}" tidak ada di daftar fields`);
      }
    });
    form.fields.forEach((field, i) => {
      if (!used.has(field.id))
        report(['forms', f, 'fields', i], `isian "${field.id}" tidak dipakai di template`);
    });
  });

  const noteIds = uniqueIds(region.notes, ['notes'], 'catatan', report);
  checkBases(region, noteIds, report);
  checkFormerIds(region, report);
  region.offices?.forEach((office, o) => {
    office.unitTypes.forEach((id, i) => {
      if (!unitIds.has(id))
        report(['offices', o, 'unitTypes', i], `tipe unit "${id}" tidak ada di berkas ini`);
    });
    if ((office.cite === undefined) === (office.common === undefined))
      report(
        ['offices', o],
        'nama kantor perlu tepat satu dari "cite" (nama dari teks) atau "common": true (nama umum, bukan dari teks)',
      );
    if (office.unitTypes.length > 1)
      office.unitTypes.forEach((id, i) => {
        const unit = region.unitTypes.find((u) => u.id === id);
        if (unit && !unit.criterion)
          report(
            ['offices', o, 'unitTypes', i],
            `tipe unit "${id}" perlu "criterion" agar pejabat dapat memilih di antara beberapa tipe`,
          );
      });
  });
  const known = knownIds(region, unitIds, flowIds, ruleIds, formIds);
  region.notes.forEach((note, n) =>
    note.about?.forEach((ref, i) => {
      if (!known.has(ref))
        report(['notes', n, 'about', i], `"${ref}" tidak merujuk ke id mana pun di berkas ini`);
    }),
  );

  for (const { path, citation } of citations(region)) {
    if (citation.file !== region.source)
      report(
        [...path, 'file'],
        `kutipan merujuk "${citation.file}", bukan sumber wilayah "${region.source}"`,
      );
  }
  return issues;
}

type Report = (path: PathItem[], message: string) => void;
type Based = { basis?: { kind: string; cite?: unknown; note?: string } | undefined };

/** Every item with a basis, with its JSON path. */
function basedItems(region: RegionData): { item: Based; path: PathItem[] }[] {
  const out: { item: Based; path: PathItem[] }[] = [];
  region.unitTypes.forEach((unit, u) => {
    unit.relations.forEach((rel, r) => out.push({ item: rel, path: ['unitTypes', u, 'relations', r] }));
    unit.positions.forEach((p, i) =>
      p.roles?.forEach((claim, c) =>
        out.push({ item: claim, path: ['unitTypes', u, 'positions', i, 'roles', c] }),
      ),
    );
  });
  region.flows.forEach((flow, f) =>
    flow.steps.forEach((step, s) => {
      out.push({ item: step, path: ['flows', f, 'steps', s] });
      step.decision?.branches.forEach((b, i) =>
        out.push({ item: b, path: ['flows', f, 'steps', s, 'decision', 'branches', i] }),
      );
    }),
  );
  return out;
}

/** derived items cite their general rule; supplied items name the note that explains them. */
function checkBases(region: RegionData, noteIds: Set<string>, report: Report): void {
  const noteKind = new Map(region.notes.map((n) => [n.id, n.kind]));
  for (const { item, path } of basedItems(region)) {
    const basis = item.basis;
    if (!basis) continue;
    const at = [...path, 'basis'];
    if (basis.note !== undefined && !noteIds.has(basis.note))
      report([...at, 'note'], `catatan "${basis.note}" tidak ada di notes`);
    if (basis.kind === 'derived' && basis.cite === undefined)
      report(at, 'basis "derived" perlu "cite": ketentuan umum yang menjadi dasarnya');
    if (basis.kind === 'supplied') {
      if (basis.note === undefined)
        report(at, 'basis "supplied" perlu "note": catatan silent/interpretation yang menjelaskannya');
      else if (
        noteIds.has(basis.note) &&
        !['silent', 'interpretation'].includes(noteKind.get(basis.note) ?? '')
      )
        report([...at, 'note'], `catatan "${basis.note}" harus berjenis silent atau interpretation`);
    }
    if (basis.kind === 'stated' && basis.cite !== undefined)
      report([...at, 'cite'], 'basis "stated" tidak memakai "cite" sendiri: kutipan butir itulah dasarnya');
  }
}

/** Former ids keep old links working: each names one unit type (or flow) only. */
function checkFormerIds(region: RegionData, report: Report): void {
  for (const [list, key, what] of [
    [region.unitTypes, 'unitTypes', 'tipe unit'],
    [region.flows, 'flows', 'alur'],
  ] as const) {
    const current = new Set(list.map((x) => x.id));
    const seen = new Set<string>();
    list.forEach((item, i) =>
      item.formerIds?.forEach((old, j) => {
        if (current.has(old) || seen.has(old))
          report([key, i, 'formerIds', j], `id lama ${what} "${old}" sudah dipakai`);
        seen.add(old);
      }),
    );
  }
}

function uniqueIds(
  items: readonly { id: string }[],
  path: PathItem[],
  what: string,
  report: (path: PathItem[], message: string) => void,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) report([...path, i, 'id'], `id ${what} "${item.id}" dipakai lebih dari sekali`);
    seen.add(item.id);
  });
  return seen;
}

function checkUnit(
  unit: UnitType,
  path: PathItem[],
  report: (path: PathItem[], message: string) => void,
): void {
  const positions = new Map(unit.positions.map((p) => [p.id, p]));
  uniqueIds(unit.positions, [...path, 'positions'], 'jabatan', report);
  if (!positions.has(unit.head))
    report([...path, 'head'], `jabatan pimpinan "${unit.head}" tidak ada di positions`);
  unit.positions.forEach((p, i) => {
    if (p.group === undefined) return;
    const group = positions.get(p.group);
    if (!group) report([...path, 'positions', i, 'group'], `kelompok "${p.group}" tidak ada di positions`);
    else if (group.category !== 'kelompok')
      report([...path, 'positions', i, 'group'], `"${p.group}" bukan jabatan berkategori kelompok`);
    else if (p.group === p.id)
      report([...path, 'positions', i, 'group'], 'jabatan tidak boleh menjadi kelompok bagi dirinya sendiri');
  });
  for (const kind of ['kedudukan', 'pertanggungjawaban'] as const) {
    const cycle = findCycle(unit.relations.map((rel, r) => ({ rel, r })).filter((x) => x.rel.kind === kind));
    if (cycle) report([...path, 'relations', cycle.index], `${kind} melingkar: ${cycle.ids.join(' → ')}`);
  }
  const relationKeys = new Set<string>();
  unit.relations.forEach((rel, r) => {
    const at = [...path, 'relations', r];
    if (!positions.has(rel.from)) report([...at, 'from'], `jabatan "${rel.from}" tidak ada di positions`);
    if (!positions.has(rel.to)) report([...at, 'to'], `jabatan "${rel.to}" tidak ada di positions`);
    if (rel.from === rel.to) report(at, 'relasi dari jabatan ke dirinya sendiri');
    if (rel.kind === 'koordinasi' && rel.as === undefined)
      report([...at, 'as'], 'relasi koordinasi perlu "as" (ketuaTim, pengendali atau pelaksanaKoordinasi)');
    if (rel.kind !== 'koordinasi' && rel.as !== undefined)
      report([...at, 'as'], '"as" hanya untuk relasi koordinasi');
    const key = relationKey(rel);
    if (relationKeys.has(key)) report(at, `relasi "${key}" dipakai lebih dari sekali`);
    relationKeys.add(key);
  });
}

/** A cycle among upward relations (a position placed, through others, under itself). */
function findCycle(
  edges: { rel: { from: string; to: string }; r: number }[],
): { ids: string[]; index: number } | undefined {
  const out = new Map<string, { to: string; r: number }[]>();
  for (const { rel, r } of edges) out.set(rel.from, [...(out.get(rel.from) ?? []), { to: rel.to, r }]);
  const state = new Map<string, 'open' | 'done'>();
  const stack: { id: string; r: number }[] = [];
  const visit = (id: string): { ids: string[]; index: number } | undefined => {
    state.set(id, 'open');
    for (const { to, r } of out.get(id) ?? []) {
      stack.push({ id: to, r });
      if (state.get(to) === 'open') {
        const start = stack.findIndex((s) => s.id === to);
        const ids = [to, ...stack.slice(start + 1).map((s) => s.id)];
        return { ids: ids.length > 1 ? ids : [to, to], index: r };
      }
      if (!state.has(to)) {
        const found = visit(to);
        if (found) return found;
      }
      stack.pop();
    }
    state.set(id, 'done');
    return undefined;
  };
  for (const id of out.keys()) {
    if (state.has(id)) continue;
    stack.splice(0, stack.length, { id, r: -1 });
    const found = visit(id);
    if (found) return found;
  }
  return undefined;
}

/** The stable id of a relation: its own id, or kind:from->to. */
export function relationKey(rel: {
  id?: string | undefined;
  kind: string;
  from: string;
  to: string;
}): string {
  return rel.id ?? `${rel.kind}:${rel.from}->${rel.to}`;
}

function checkFlow(
  flow: Flow,
  path: PathItem[],
  region: RegionData,
  unitIds: Set<string>,
  formIds: Set<string>,
  report: (path: PathItem[], message: string) => void,
): void {
  const units = flow.unitTypes.map((id, i) => {
    const unit = region.unitTypes.find((u) => u.id === id);
    if (!unitIds.has(id)) report([...path, 'unitTypes', i], `tipe unit "${id}" tidak ada di berkas ini`);
    return unit;
  });
  const participants = uniqueIds(flow.participants, [...path, 'participants'], 'pihak', report);
  flow.participants.forEach((p, i) => {
    const at = [...path, 'participants', i];
    if ([p.position, p.role, p.categories].filter((x) => x !== undefined).length > 1)
      report(at, 'pihak hanya boleh punya salah satu: position, role atau categories');
    if (p.position === undefined) return;
    if (flow.unitTypes.length === 0)
      report([...at, 'position'], 'position hanya bisa dipakai bila unitTypes alur diisi');
    units.forEach((unit) => {
      if (unit && !unit.positions.some((pos) => pos.id === p.position))
        report([...at, 'position'], `jabatan "${p.position}" tidak ada di tipe unit "${unit.id}"`);
    });
  });
  const stepIds = uniqueIds(flow.steps, [...path, 'steps'], 'langkah', report);
  const variants = new Set(flow.variants ?? []);
  const needParticipant = (id: string, at: PathItem[]) => {
    if (!participants.has(id)) report(at, `pihak "${id}" tidak ada di participants alur ini`);
  };
  const needTarget = (id: string, at: PathItem[]) => {
    if (id !== END && !stepIds.has(id)) report(at, `langkah tujuan "${id}" tidak ada di alur ini`);
  };
  flow.steps.forEach((step, s) => {
    const at = [...path, 'steps', s];
    if (step.id === END) report([...at, 'id'], `"${END}" adalah nama keadaan akhir, bukan id langkah`);
    needParticipant(step.actor, [...at, 'actor']);
    step.recipients?.forEach((id, i) => needParticipant(id, [...at, 'recipients', i]));
    step.cc?.forEach((id, i) => needParticipant(id, [...at, 'cc', i]));
    if (step.form !== undefined && !formIds.has(step.form))
      report([...at, 'form'], `formulir "${step.form}" tidak ada di forms`);
    if (step.variant !== undefined && !variants.has(step.variant))
      report([...at, 'variant'], `varian "${step.variant}" tidak disebut di variants alur`);
    if (step.next !== undefined) needTarget(step.next, [...at, 'next']);
    if (step.decision) {
      if (step.next !== undefined)
        report([...at, 'next'], 'langkah berkeputusan menentukan arah lewat cabang; hapus "next"');
      if (step.decision.by !== undefined) needParticipant(step.decision.by, [...at, 'decision', 'by']);
      const events = new Set<string>();
      step.decision.branches.forEach((b, i) => {
        needTarget(b.next, [...at, 'decision', 'branches', i, 'next']);
        if (events.has(b.event))
          report([...at, 'decision', 'branches', i, 'event'], `event "${b.event}" dipakai dua kali`);
        events.add(b.event);
      });
    }
  });
  checkFlowGraph(flow, path, report);
}

/** Successor step ids of each step ('selesai' included). */
export function successors(flow: Flow): Map<string, string[]> {
  const out = new Map<string, string[]>();
  flow.steps.forEach((step, i) => {
    const fallthrough = flow.steps[i + 1]?.id ?? END;
    if (step.decision)
      out.set(
        step.id,
        step.decision.branches.map((b) => b.next),
      );
    else out.set(step.id, [step.next ?? fallthrough]);
  });
  return out;
}

function checkFlowGraph(
  flow: Flow,
  path: PathItem[],
  report: (path: PathItem[], message: string) => void,
): void {
  const next = successors(flow);
  const first = flow.steps[0]?.id;
  if (first === undefined) return;
  const reached = new Set<string>([first]);
  const queue = [first];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const n of next.get(id) ?? []) {
      if (n !== END && next.has(n) && !reached.has(n)) {
        reached.add(n);
        queue.push(n);
      }
    }
  }
  // Steps that can reach the end, by walking backwards from 'selesai'.
  const canEnd = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, targets] of next) {
      if (!canEnd.has(id) && targets.some((t) => t === END || canEnd.has(t))) {
        canEnd.add(id);
        grew = true;
      }
    }
  }
  flow.steps.forEach((step, s) => {
    if (!reached.has(step.id))
      report([...path, 'steps', s], `langkah "${step.id}" tidak dapat dicapai dari langkah pertama`);
    else if (!canEnd.has(step.id))
      report([...path, 'steps', s], `langkah "${step.id}" buntu: tidak ada jalan ke "${END}"`);
  });
}

function knownIds(
  region: RegionData,
  unitIds: Set<string>,
  flowIds: Set<string>,
  ruleIds: Set<string>,
  formIds: Set<string>,
): Set<string> {
  const known = new Set<string>([...unitIds, ...flowIds, ...ruleIds, ...formIds]);
  for (const unit of region.unitTypes) {
    for (const p of unit.positions) known.add(`${unit.id}/${p.id}`);
    for (const r of unit.relations) known.add(`${unit.id}/${relationKey(r)}`);
  }
  for (const flow of region.flows) for (const s of flow.steps) known.add(`${flow.id}/${s.id}`);
  known.add('regulation');
  return known;
}

export interface CitationAt {
  path: PathItem[];
  citation: { file: string; locator: string; lines: [number, number]; quote: string };
}

/** Every citation in the region, with its JSON path. */
export function citations(region: RegionData): CitationAt[] {
  const out: CitationAt[] = [];
  const walk = (value: unknown, path: PathItem[]) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'cite' && child && typeof child === 'object')
          out.push({ path: [...path, key], citation: child as CitationAt['citation'] });
        else walk(child, [...path, key]);
      }
    }
  };
  walk(region, []);
  return out;
}
