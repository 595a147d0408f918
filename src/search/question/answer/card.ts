/**
 * The shapes of what a question gets back: an answer card (who or what answers, with citations,
 * flows and notes) or an ask card (the one thing the question leaves out, with the choices), and
 * the picks the reader made on an ask card's buttons.
 */
import type { Scope } from '../../../model/myPosition';
import type { Citation, Flow, FlowStep, Note, Position, Region, Role, UnitType } from '../../../model/types';
import type { Intent } from '../lexicon';

/** Choices the reader made on the card's buttons (they win over what the words say). */
export interface Picks {
  region?: string;
  unit?: string;
  position?: string;
  scope?: Scope;
  flow?: string;
}

export interface CardItem {
  /** Who or what answers, in the text's words. */
  text: string;
  /** The role in which it answers (a coordinator as ketua tim, pengendali, ...). */
  role?: Role;
  /** It recommends to the one who answers ("atas rekomendasi ..."). */
  recommends?: boolean;
  /** Only in this variant of the flow. */
  variant?: 'individu' | 'tim';
  /** A condition the text attaches ("sesuai bidang tugasnya"), or a decision's outcome. */
  condition?: string;
  /** How the item stands in the text (absent: stated outright). */
  basis?: 'derived' | 'supplied';
  /** For a derived item: the general rule it is read from (`cite` places the unit under it). */
  general?: Citation;
  cite: Citation;
}

export interface AnswerCard {
  kind: 'answer';
  intent: Intent;
  region: Region;
  unit?: UnitType;
  position?: Position;
  scope?: Scope;
  variant?: 'individu' | 'tim';
  /** Empty: the text is silent. */
  items: CardItem[];
  /** For a next-step question: the step asked about. */
  step?: { flow: Flow; step: FlowStep; index: number };
  /** Flows that carry the answer out. */
  flows: Flow[];
  notes: Note[];
}

export type AskWhat = 'region' | 'unit' | 'position' | 'scope' | 'flow';

export interface AskCard {
  kind: 'ask';
  intent: Intent;
  what: AskWhat;
  /** Nothing of that kind fits what the question says (the unit type has no such position): pick one. */
  unmatched?: boolean;
  options: { label: string; detail?: string; pick: Picks }[];
}

export type QuestionResult = AnswerCard | AskCard;
