/**
 * Answers a parsed question from one region's data with the model's queries: who appraises,
 * leads, assigns, coordinates a position or receives its reports; who issues the letter for an
 * assignment of a scope; what comes after a flow step; a deadline, a term or a requirement. Each
 * answer carries its citations and the ids its notes are found by; where the question leaves out
 * something the answer needs, the result asks for that one thing, with the choices.
 */
import type { Region } from '../../model/types';
import type { Picks, QuestionResult } from './answer/card';
import { issuerCard, nextStepCard } from './answer/flows';
import { relationCard } from './answer/relation';
import { ruleCard } from './answer/rule';
import type { Frame } from './parse';

export type { AnswerCard, AskCard, AskWhat, CardItem, Picks, QuestionResult } from './answer/card';

/**
 * The card for a question: `region` is the region the question is about (named, picked, or the
 * page's own), undefined when none is known yet — then the card asks which, among `regions`.
 */
export function answerQuestion(
  frame: Frame,
  region: Region | undefined,
  picks: Picks,
  regions: readonly { id: string; name: string }[],
): QuestionResult {
  if (!region)
    return {
      kind: 'ask',
      intent: frame.intent,
      what: 'region',
      options: regions.map((r) => ({ label: r.name, pick: { ...picks, region: r.id } })),
    };
  switch (frame.intent.kind) {
    case 'relation':
      return relationCard(region, frame, picks, frame.intent.relation);
    case 'issuer':
      return issuerCard(region, frame, picks);
    case 'nextStep':
      return nextStepCard(region, frame, picks);
    case 'rule':
      return ruleCard(region, frame, picks, frame.intent.rule);
  }
}

/** The region a question is about: what the reader picked, what it names, else the page's. */
export function questionRegion(frame: Frame, picks: Picks, scope: string | undefined): string | undefined {
  return (
    picks.region ??
    (frame.regions.length === 1 ? frame.regions[0] : undefined) ??
    (frame.regions.length === 0 ? scope : undefined)
  );
}
