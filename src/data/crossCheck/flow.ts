/**
 * Checks within one flow: unit types, participants, forms, variants and step targets that exist,
 * decision branches with distinct events, and every step reachable and able to reach the end.
 */
import { END, flowGraph } from '../../model/flowGraph';
import type { PathItem } from '../issues';
import type { RegionData } from '../schema';
import { uniqueIds } from './ids';

type Flow = RegionData['flows'][number];

/** Participants, steps, decisions and the graph of `flow` (at `path`). */
export function checkFlow(
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

/** Every step is reached from the first and can reach the end (linear walks, see flowGraph). */
function checkFlowGraph(
  flow: Flow,
  path: PathItem[],
  report: (path: PathItem[], message: string) => void,
): void {
  if (flow.steps.length === 0) return;
  const { reachable, canEnd } = flowGraph(flow.steps);
  flow.steps.forEach((step, s) => {
    if (!reachable.has(step.id))
      report([...path, 'steps', s], `langkah "${step.id}" tidak dapat dicapai dari langkah pertama`);
    else if (!canEnd.has(step.id))
      report([...path, 'steps', s], `langkah "${step.id}" buntu: tidak ada jalan ke "${END}"`);
  });
}
