/**
 * Two unit types side by side (of one region or two): the questions officials compare, each
 * cell answered from the data with its citations.
 */
import { appraisersOf, flowsForUnit, position, unitLeadersOf } from './queries';
import type { Route } from '../state/router.svelte';
import type { Citation, Flow, Position, Region, UnitType } from './types';

export interface Cell {
  /** What the text says, in its words; empty when it is silent. */
  values: string[];
  cites: Citation[];
  /** Links to open (flows). */
  links: { label: string; route: Route }[];
}

export interface CompareRow {
  id: string;
  /** Message key suffix for the row label (see i18n 'compare.row.*'). */
  label: string;
  a: Cell;
  b: Cell;
  same: boolean;
}

const JENJANG_ROWS: { id: string; match: (p: Position) => boolean }[] = [
  { id: 'jfAhliUtama', match: (p) => p.category === 'jf' && (p.jenjang ?? []).includes('ahli-utama') },
  { id: 'jfAhliMadya', match: (p) => p.category === 'jf' && (p.jenjang ?? []).includes('ahli-madya') },
  { id: 'jfAhliMuda', match: (p) => p.category === 'jf' && (p.jenjang ?? []).includes('ahli-muda') },
  { id: 'jfAhliPertama', match: (p) => p.category === 'jf' && (p.jenjang ?? []).includes('ahli-pertama') },
  {
    id: 'jfKeterampilan',
    match: (p) =>
      p.category === 'jf' &&
      (p.jenjang ?? []).some((j) => ['penyelia', 'mahir', 'terampil', 'pemula'].includes(j)),
  },
  { id: 'pelaksana', match: (p) => p.category === 'pelaksana' },
];

const empty = (): Cell => ({ values: [], cites: [], links: [] });

function appraiserCell(unit: UnitType, match: (p: Position) => boolean): Cell {
  const p = unit.positions.find(match);
  if (!p) return empty();
  const answers = appraisersOf(unit, p.id);
  return { values: answers.map((a) => a.position.name), cites: answers.map((a) => a.cite), links: [] };
}

function leaderCell(unit: UnitType): Cell {
  const p = unit.positions.find((x) => x.category === 'jf' || x.category === 'pelaksana');
  if (!p) return empty();
  const answers = unitLeadersOf(unit, p.id);
  return { values: answers.map((a) => a.position.name), cites: answers.map((a) => a.cite), links: [] };
}

/** Who issues the assignment letter in the flows of a scope, in the flows' own words. */
function assignmentCell(region: Region, unit: UnitType, scope: NonNullable<Flow['scope']>): Cell {
  const flows = flowsForUnit(region, unit.id).filter(
    (f) => (f.kind === 'penunjukan' || f.kind === 'pengajuanSukarela') && f.scope === scope,
  );
  const cell = empty();
  for (const f of flows) {
    const issuing = f.steps.filter((s) => s.document && /surat (perintah|penugasan|tugas)/i.test(s.document));
    for (const s of issuing) {
      const actor = f.participants.find((p) => p.id === s.actor)?.name ?? s.actor;
      cell.values.push(`${actor}: ${s.document}`);
      cell.cites.push(s.cite);
    }
    cell.links.push({ label: f.name, route: { name: 'flow', region: region.id, flow: f.id } });
  }
  cell.values = [...new Set(cell.values)];
  return cell;
}

function rulesCell(region: Region, unit: UnitType, test: (r: Region['rules'][number]) => boolean): Cell {
  const rules = region.rules.filter(
    (r) => test(r) && (!r.unitTypes?.length || r.unitTypes.includes(unit.id)),
  );
  return { values: rules.map((r) => r.text), cites: rules.map((r) => r.cite), links: [] };
}

export function compareUnits(ra: Region, a: UnitType, rb: Region, b: UnitType): CompareRow[] {
  const row = (id: string, label: string, ca: Cell, cb: Cell): CompareRow => ({
    id,
    label,
    a: ca,
    b: cb,
    same: JSON.stringify(ca.values) === JSON.stringify(cb.values),
  });
  const head = (r: Region, u: UnitType): Cell => {
    const p = position(u, u.head);
    return { values: p ? [p.name] : [], cites: p ? [p.cite] : [], links: [] };
  };
  const levels = (u: UnitType): Cell => ({ values: [u.levels.join(' / ')], cites: [u.cite], links: [] });
  return [
    row('head', 'head', head(ra, a), head(rb, b)),
    row('levels', 'levels', levels(a), levels(b)),
    ...JENJANG_ROWS.map((j) =>
      row(`appraiser-${j.id}`, `appraiser.${j.id}`, appraiserCell(a, j.match), appraiserCell(b, j.match)),
    ),
    row('leader', 'leader', leaderCell(a), leaderCell(b)),
    row('lintasUnit', 'lintasUnit', assignmentCell(ra, a, 'lintasUnit'), assignmentCell(rb, b, 'lintasUnit')),
    row(
      'lintasPerangkatDaerah',
      'lintasPerangkatDaerah',
      assignmentCell(ra, a, 'lintasPerangkatDaerah'),
      assignmentCell(rb, b, 'lintasPerangkatDaerah'),
    ),
    row(
      'ketuaTim',
      'ketuaTim',
      rulesCell(ra, a, (r) => r.subject === 'ketuaTim'),
      rulesCell(rb, b, (r) => r.subject === 'ketuaTim'),
    ),
    row(
      'deadlines',
      'deadlines',
      rulesCell(ra, a, (r) => r.kind === 'batasWaktu'),
      rulesCell(rb, b, (r) => r.kind === 'batasWaktu'),
    ),
  ];
}

export {
  compareFlows,
  comparableFlows,
  type FlowComparison,
  type FlowCompareRow,
  type FlowStepCell,
} from './compareFlows';
