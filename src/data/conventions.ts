/**
 * The naming conventions of docs/data-format.md ("Conventions") that a program can decide: note
 * ids that begin with their kind, kelompok ids, flow ids that begin with their kind (and scope),
 * and `levels` that agree with the positions of the unit type. A departure is a warning, not an
 * error: the file still loads and shows, but it no longer speaks the shared vocabulary.
 */
import type { RegionData } from './schema';
import { formatPath, type PathItem } from './issues';

export interface ConventionWarning {
  /** JSON path into the region file, e.g. `$.notes[3].id`. */
  path: string;
  message: string;
}

type UnitType = RegionData['unitTypes'][number];

const STRUCTURAL = new Set(['jpt', 'administrator', 'pengawas']);

/** `mekanismeKerja` -> `mekanisme-kerja`. */
export const kebab = (camel: string): string => camel.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function conventionWarnings(region: RegionData): ConventionWarning[] {
  const out: ConventionWarning[] = [];
  const warn = (path: PathItem[], message: string) => out.push({ path: formatPath(path), message });

  region.notes.forEach((note, n) => {
    if (!note.id.startsWith(`${note.kind}-`))
      warn(['notes', n, 'id'], `id catatan berjenis ${note.kind} diawali "${note.kind}-" ("${note.id}")`);
  });

  region.unitTypes.forEach((unit, u) => {
    unit.positions.forEach((p, i) => {
      const message = kelompokIdProblem(unit, p.id);
      if (p.category === 'kelompok' && message) warn(['unitTypes', u, 'positions', i, 'id'], message);
    });
    const message = levelsProblem(unit);
    if (message) warn(['unitTypes', u, 'levels'], message);
  });

  region.flows.forEach((flow, f) => {
    const kind = kebab(flow.kind);
    const prefix = flow.scope && flow.kind !== 'mekanismeKerja' ? `${kind}-${kebab(flow.scope)}` : kind;
    if (flow.id !== prefix && !flow.id.startsWith(`${prefix}-`))
      warn(
        ['flows', f, 'id'],
        `id alur berjenis ${flow.kind}${flow.scope ? ` (${flow.scope})` : ''} diawali "${prefix}" ("${flow.id}")`,
      );
  });
  return out;
}

/** `kelompok-jf-pelaksana[-<where>]`, or `kelompok-jf[-<where>]` for a group of JF only. */
function kelompokIdProblem(unit: UnitType, id: string): string | undefined {
  const members = unit.positions.filter((p) => p.group === id);
  const withPelaksana = members.some((p) => p.category === 'pelaksana');
  const expected = withPelaksana ? 'kelompok-jf-pelaksana' : 'kelompok-jf';
  if (id === expected || id.startsWith(`${expected}-`)) return undefined;
  return `id kelompok ${withPelaksana ? 'JF dan pelaksana' : 'JF'} adalah "${expected}" atau "${expected}-<tempat>" ("${id}")`;
}

/**
 * Levels count the structural tiers from the head down (the head counts, a kelompok does not).
 * Where the text numbers its levels and calls a position under the head "Pejabat level I" (a
 * Sekretariat Daerah counted from the Asisten), the count starts there and whoever sits above it
 * is left out. Decidable bounds: no structural position below the top = [1]; at least as many
 * tiers as the longest "berkedudukan di bawah" chain of structural positions; at most one tier per
 * structural position.
 */
function levelsProblem(unit: UnitType): string | undefined {
  const top = unit.positions.find((p) => p.level === 1 && p.id !== unit.head)?.id ?? unit.head;
  const up = kedudukanUp(unit);
  const above = new Set<string>();
  for (let next = up.get(top) ?? []; next.length > 0;) {
    const fresh = next.filter((id) => !above.has(id) && id !== top);
    fresh.forEach((id) => above.add(id));
    next = fresh.flatMap((id) => up.get(id) ?? []);
  }
  const below = unit.positions.filter(
    (p) => p.id !== top && p.id !== unit.head && !above.has(p.id) && STRUCTURAL.has(p.category),
  );
  const structural = new Set([top, ...below.map((p) => p.id)]);
  const chain = longestChain(up, top, structural);
  const lower = Math.max(chain, below.length > 0 ? 2 : 1);
  const upper = 1 + below.length;
  const max = Math.max(...unit.levels);
  const levels = JSON.stringify(unit.levels);
  if (max < lower)
    return below.length > 0 && chain < 2
      ? `levels ${levels}: ada jabatan struktural di bawah pimpinan, jadi paling sedikit 2 level`
      : `levels ${levels}: rantai kedudukan jabatan struktural sepanjang ${lower} level`;
  if (max > upper)
    return below.length === 0
      ? `levels ${levels}: pimpinan dengan JF/pelaksana saja adalah [1]`
      : `levels ${levels}: hanya ${upper} jabatan struktural termasuk pimpinan`;
  return undefined;
}

/** position id -> the positions it is placed under (berkedudukan di bawah). */
function kedudukanUp(unit: UnitType): Map<string, string[]> {
  const up = new Map<string, string[]>();
  for (const rel of unit.relations)
    if (rel.kind === 'kedudukan') up.set(rel.from, [...(up.get(rel.from) ?? []), rel.to]);
  return up;
}

/** Tiers on the longest kedudukan chain of structural positions up to `top` (= 1). */
function longestChain(up: Map<string, string[]>, top: string, structural: Set<string>): number {
  const depth = (id: string, seen: Set<string>): number => {
    if (id === top) return 1;
    let best = 0;
    for (const to of up.get(id) ?? []) {
      if (seen.has(to) || !structural.has(to)) continue;
      const d = depth(to, new Set([...seen, to]));
      if (d > 0) best = Math.max(best, d + 1);
    }
    return best;
  };
  return Math.max(1, ...[...structural].map((id) => depth(id, new Set([id]))));
}
