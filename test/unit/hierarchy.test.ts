import { describe, expect, it } from 'vitest';
import { chainUp, outlineTree, placement } from '../../src/model/hierarchy';
import {
  appraisersOf,
  flowsForUnit,
  placedUnder,
  reportsTo,
  resolveParticipant,
  rolesOf,
  stepsByStage,
} from '../../src/model/queries';
import { fixture } from './fixture';

describe('outline hierarchy', () => {
  const region = fixture();
  const unit = region.unitTypes[0]!;

  it('places each position under its superior, group members inside their group', () => {
    expect(Object.fromEntries(placement(unit))).toEqual({
      administrator: 'kepala',
      kelompok: 'administrator',
      'jf-ahli-muda': 'kelompok',
      pelaksana: 'kelompok',
    });
    const [root] = outlineTree(unit);
    expect(root!.position.id).toBe('kepala');
    expect(root!.children.map((c) => c.position.id)).toEqual(['administrator']);
  });

  it('walks the chain up to the head', () => {
    expect(chainUp(unit, 'pelaksana')).toEqual(['pelaksana', 'kelompok', 'administrator', 'kepala']);
  });

  it('never loops on cyclic kedudukan data', () => {
    const cyclic = fixture().unitTypes[0]!;
    cyclic.relations.push({ kind: 'kedudukan', from: 'kepala', to: 'kelompok', cite: cyclic.cite });
    expect(chainUp(cyclic, 'pelaksana')).toEqual(['pelaksana', 'kelompok', 'administrator', 'kepala']);
  });

  it('answers through the group: a member is appraised by whoever appraises its kelompok', () => {
    expect(appraisersOf(unit, 'jf-ahli-muda').map((a) => a.position.id)).toEqual(['administrator']);
    expect(placedUnder(unit, 'pelaksana').map((a) => a.position.id)).toEqual(['administrator']);
    expect(reportsTo(unit, 'jf-ahli-muda').map((a) => a.position.id)).toEqual(['administrator']);
  });

  it('derives roles from relations and claims', () => {
    expect(rolesOf(unit, 'administrator')).toEqual(['pejabatPenilaiKinerja']);
    expect(rolesOf(unit, 'kepala')).toEqual([]);
  });

  it('resolves a role participant to the positions holding that role', () => {
    const flow = region.flows[0]!;
    const penilai = flow.participants.find((p) => p.id === 'penilai')!;
    expect(resolveParticipant(unit, penilai).map((p) => p.id)).toEqual(['administrator']);
    expect(flowsForUnit(region, unit.id)).toHaveLength(1);
    expect(stepsByStage(flow)).toHaveLength(1);
  });
});
