/**
 * Notes where the answer is (issue 19): every note with `about` resolves to the cited places it
 * is about, and every conflict note of the five regions shows on at least one answer card — the
 * card a question about one of those places gets.
 */
import { describe, expect, it } from 'vitest';
import { pickablePositions, type Scope } from '../../src/model/myPosition';
import { noteReadings, notesAbout } from '../../src/model/notesAbout';
import { answerQuestion } from '../../src/search/question/answer';
import type { Frame } from '../../src/search/question/parse';
import type { Intent, RelationAsked } from '../../src/search/question/lexicon';
import { compareFlows, comparableFlows } from '../../src/model/compare';
import { region } from './regions/helpers';
import type { Region } from '../../src/model/types';

const REGIONS = ['semarang', 'kaltim', 'sambas', 'surakarta', 'lombok-barat'].map(region);
const RELATIONS: RelationAsked[] = [
  'penilaianKinerja',
  'pimpinanUnit',
  'penugasan',
  'koordinasi',
  'pertanggungjawaban',
  'kedudukan',
];
const SCOPES: Scope[] = ['dalamUnit', 'lintasUnit', 'lintasPerangkatDaerah', 'lintasInstansi'];

const frame = (intent: Intent, content: string[] = [], extra: Partial<Frame> = {}): Frame => ({
  intent,
  regions: [],
  categories: [],
  jenjang: [],
  rest: [],
  content,
  asked: true,
  english: false,
  ...extra,
});

/** Note ids shown by every answer card the region's data can give. */
function shownOnCards(r: Region): Set<string> {
  const shown = new Set<string>();
  const take = (result: ReturnType<typeof answerQuestion>) => {
    if (result.kind === 'answer') for (const n of result.notes) shown.add(n.id);
  };
  for (const unit of r.unitTypes)
    for (const p of pickablePositions(unit))
      for (const relation of RELATIONS)
        take(answerQuestion(frame({ kind: 'relation', relation }), r, { unit: unit.id, position: p.id }, []));
  for (const scope of SCOPES) {
    take(answerQuestion(frame({ kind: 'issuer' }), r, { scope }, []));
    for (const variant of ['individu', 'tim'] as const)
      take(answerQuestion(frame({ kind: 'issuer' }, [], { variant }), r, { scope }, []));
  }
  take(answerQuestion(frame({ kind: 'issuer' }, [], { variant: 'tim' }), r, {}, []));
  for (const flow of r.flows)
    for (const step of flow.steps)
      take(
        answerQuestion(
          frame(
            { kind: 'nextStep' },
            `${step.action} ${step.document ?? ''}`.toLowerCase().split(/\W+/).filter(Boolean),
          ),
          r,
          { flow: flow.id },
          [],
        ),
      );
  for (const rule of r.rules)
    take(
      answerQuestion(
        frame(
          { kind: 'rule', rule: rule.kind as 'batasWaktu' },
          rule.text.toLowerCase().split(/\W+/).filter(Boolean),
        ),
        r,
        {},
        [],
      ),
    );
  // Compare: each flow beside each comparable flow of the same region.
  for (const a of r.flows)
    for (const b of comparableFlows(r, a, r))
      for (const id of compareFlows(r, a, r, b).noteIds) shown.add(id);
  return shown;
}

describe('notes about answers', () => {
  it('every note with `about` resolves to the cited places it is about', () => {
    let notes = 0;
    for (const r of REGIONS)
      for (const n of r.notes.filter((x) => x.about && x.about.length > 0)) {
        notes++;
        const readings = noteReadings(r, n);
        expect(readings.length, `${r.id}: ${n.id}`).toBeGreaterThan(0);
        for (const reading of readings) expect(reading.cite.lines[0]).toBeGreaterThan(0);
      }
    expect(notes).toBeGreaterThan(200);
  });

  it('notesAbout finds a note by a place it is about, and only the three kinds answers show', () => {
    const r = REGIONS[0]!;
    const conflict = r.notes.find((n) => n.kind === 'conflict' && n.about?.length)!;
    expect(notesAbout(r, [conflict.about![0]!]).map((n) => n.id)).toContain(conflict.id);
    const slip = r.notes.find((n) => n.kind === 'slip' && n.about?.length);
    if (slip) expect(notesAbout(r, slip.about!).map((n) => n.kind)).not.toContain('slip');
  });

  it.each(REGIONS.map((r) => [r.id, r] as const))(
    '%s: every conflict note shows on an answer card',
    (_, r) => {
      const shown = shownOnCards(r);
      const conflicts = r.notes.filter((n) => n.kind === 'conflict' && n.about?.length);
      expect(conflicts.length).toBeGreaterThan(0);
      expect(conflicts.filter((n) => !shown.has(n.id)).map((n) => n.id)).toEqual([]);
    },
  );
});
