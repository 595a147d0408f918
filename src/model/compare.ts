/**
 * Two unit types side by side (of one region or two): the questions officials compare, each
 * cell answered from the data with its citations.
 */
import type { Basis } from './basis';
import { notesAbout, relationRefs } from './notesAbout';
import { appraisersOf, flowsForUnit, position, unitLeadersOf, type Answer } from './queries';
import type { Route } from '../state/router.svelte';
import type { Citation, Flow, Note, Position, Region, UnitType } from './types';

export interface Cell {
  /** What the text says, in its words; empty when it is silent. */
  values: string[];
  cites: Citation[];
  /** Links to open (flows). */
  links: { label: string; route: Route }[];
  /** How the answers stand where not stated outright (derived from a general rule, supplied), once each. */
  readings: Basis[];
  /** The conflict, silent and interpretation notes about what the cell shows. */
  notes: Note[];
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

const empty = (): Cell => ({ values: [], cites: [], links: [], readings: [], notes: [] });

/** A cell of answers for one position: the names, their citations, readings and notes. */
function answersCell(region: Region, unit: UnitType, p: Position, answers: Answer[]): Cell {
  const readings = new Map<string, Basis>();
  for (const a of answers) {
    const b = a.relation.basis;
    if (b && b.kind !== 'stated') readings.set(`${b.kind}|${b.cite?.locator ?? ''}`, b);
  }
  // The position itself and its kelompok, not the whole unit type: that note would fill every row.
  const refs = [`${unit.id}/${p.id}`, ...(p.group ? [`${unit.id}/${p.group}`] : [])];
  return {
    values: answers.map((a) => a.position.name),
    cites: answers.map((a) => a.cite),
    links: [],
    readings: [...readings.values()],
    notes: notesAbout(region, [...refs, ...answers.flatMap((a) => relationRefs(unit, a.relation))]),
  };
}

function appraiserCell(region: Region, unit: UnitType, match: (p: Position) => boolean): Cell {
  const p = unit.positions.find(match);
  return p ? answersCell(region, unit, p, appraisersOf(unit, p.id)) : empty();
}

function leaderCell(region: Region, unit: UnitType): Cell {
  const p = unit.positions.find((x) => x.category === 'jf' || x.category === 'pelaksana');
  return p ? answersCell(region, unit, p, unitLeadersOf(unit, p.id)) : empty();
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
      if (s.basis && s.basis.kind !== 'stated') cell.readings.push(s.basis);
    }
    cell.links.push({ label: f.name, route: { name: 'flow', region: region.id, flow: f.id } });
  }
  cell.values = [...new Set(cell.values)];
  cell.notes = notesAbout(region, [
    ...flows.map((f) => f.id),
    ...flows.flatMap((f) => f.steps.filter((s) => s.document).map((s) => `${f.id}/${s.id}`)),
  ]);
  return cell;
}

function rulesCell(region: Region, unit: UnitType, test: (r: Region['rules'][number]) => boolean): Cell {
  const rules = region.rules.filter(
    (r) => test(r) && (!r.unitTypes?.length || r.unitTypes.includes(unit.id)),
  );
  return {
    values: rules.map((r) => r.text),
    cites: rules.map((r) => r.cite),
    links: [],
    readings: [],
    notes: notesAbout(
      region,
      rules.map((r) => r.id),
    ),
  };
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
    return {
      values: p ? [p.name] : [],
      cites: p ? [p.cite] : [],
      links: [],
      readings: [],
      notes: p ? notesAbout(r, [`${u.id}/${p.id}`]) : [],
    };
  };
  const levels = (u: UnitType): Cell => ({
    values: [u.levels.join(' / ')],
    cites: [u.cite],
    links: [],
    readings: [],
    notes: [],
  });
  return [
    row('head', 'head', head(ra, a), head(rb, b)),
    row('levels', 'levels', levels(a), levels(b)),
    ...JENJANG_ROWS.map((j) =>
      row(
        `appraiser-${j.id}`,
        `appraiser.${j.id}`,
        appraiserCell(ra, a, j.match),
        appraiserCell(rb, b, j.match),
      ),
    ),
    row('leader', 'leader', leaderCell(ra, a), leaderCell(rb, b)),
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
