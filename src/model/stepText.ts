/**
 * A flow step as a person would say it: actor -> verb -> object -> recipient, composed from the
 * data ("Camat menyusun dan menetapkan perjanjian kinerja → Sekretaris"). The verb phrase is the data's own `plain` words (ours, in both languages); where a step
 * has none yet, the actor, the text's words for the action (shown as a quote) and the recipients
 * stay separate parts, never glued into one sentence. The regulation's sentence itself is the
 * step's citation and is shown intact beside it.
 *
 * Also here: where a move leads ("lanjut ke langkah 5", "kembali ke langkah 3"), what a move
 * back means ("dikembalikan untuk diperbaiki") and why a move passed steps over.
 */
import { catalogue, terms, type Lang, type MessageKey } from '../i18n/messages';
import { END } from './flowGraph';
import { participant } from './queries';
import type { Flow, FlowStep } from './types';

type Branch = NonNullable<FlowStep['decision']>['branches'][number];

const say = (lang: Lang, key: MessageKey, params: Record<string, string | number> = {}) =>
  catalogue[lang][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : '',
  );

const capital = (text: string) => text.charAt(0).toLocaleUpperCase('id') + text.slice(1);

/** "A", "A dan B", "A, B dan C" (and in English). */
export function listNames(names: readonly string[], lang: Lang): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${say(lang, 'steptext.and')} ${names.at(-1)!}`;
}

export interface StepText {
  /** The party acting, as the text names it. */
  actor: string;
  /** Our verb phrase with its object, in the reader's language (from `plain`). */
  plain: string | undefined;
  /** The text's own words for the action, shown as an Indonesian quote when there is no `plain`. */
  quote: string | undefined;
  recipients: string[];
  cc: string[];
  /** The whole step on one line (the log, the copied text). */
  line: string;
}

export function stepText(flow: Flow, step: FlowStep, lang: Lang): StepText {
  const nameOf = (id: string) => participant(flow, id)?.name ?? id;
  const actor = nameOf(step.actor);
  const recipients = (step.recipients ?? []).map(nameOf);
  const cc = (step.cc ?? []).map(nameOf);
  const plain = step.plain?.[lang].replace(/[.\s]+$/, '');
  // Recipients follow an arrow, not a preposition: the right one depends on the verb
  // ("menyerahkan ... kepada", "memantau ... bagi", "berkolaborasi ... dengan").
  const to = recipients.length > 0 ? ` → ${listNames(recipients, lang)}` : '';
  const copy = cc.length > 0 ? ` (${say(lang, 'steptext.cc', { names: listNames(cc, lang) })})` : '';
  const line = plain
    ? `${capital(`${actor} ${plain}`)}${to}${copy}.`
    : `${capital(actor)} — ${say(lang, 'steptext.textSays')}: “${step.action}”${to}${copy}`;
  return { actor, plain, quote: plain ? undefined : step.action, recipients, cc, line };
}

/** Words of a control: English where the data has it, else the text's Indonesian, quoted. */
export interface Worded {
  text: string;
  /** The text's own Indonesian words (shown as a quote in English). */
  quoted: boolean;
}

const worded = (id: string, en: string | undefined, lang: Lang): Worded =>
  lang === 'en' && en ? { text: en, quoted: false } : { text: id, quoted: lang === 'en' };

export const questionText = (step: FlowStep, lang: Lang): Worded | undefined =>
  step.decision && worded(step.decision.question, step.decision.questionEn, lang);

export const branchText = (branch: Branch, lang: Lang): Worded => worded(branch.label, branch.labelEn, lang);

/** A letter field's label: English where the data has it, else the Indonesian as a quote. */
export const fieldText = (field: { label: string; labelEn?: string | undefined }, lang: Lang): Worded =>
  worded(field.label, field.labelEn, lang);

const indexOf = (flow: Flow, id: string) => flow.steps.findIndex((s) => s.id === id);

/** Where a branch or a step's next leads, from the step at `from`: on, back, or the end. */
export function leadsTo(flow: Flow, from: string, target: string, lang: Lang): string {
  if (target === END) return say(lang, 'steptext.leadsEnd');
  const n = indexOf(flow, target) + 1;
  return say(lang, n <= indexOf(flow, from) + 1 ? 'steptext.leadsBack' : 'steptext.leadsTo', { n });
}

/** "3–5" for a run of step numbers, "3, 5" otherwise. */
function numbers(ns: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < ns.length;) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j]! + 1) j++;
    runs.push(j > i ? `${ns[i]}–${ns[j]}` : String(ns[i]));
    i = j + 1;
  }
  return runs.join(', ');
}

/**
 * What a move from step `from` to step `to` (or the end) by `event` meant, when it was not
 * simply the next step: returned to an earlier step, or steps passed over (and why).
 */
export function moveNote(
  flow: Flow,
  move: { from: string; event: string; to: string },
  variant: 'individu' | 'tim' | undefined,
  lang: Lang,
): string | undefined {
  const i = indexOf(flow, move.from);
  if (move.to === END || i < 0) return undefined;
  const j = indexOf(flow, move.to);
  const branch = flow.steps[i]?.decision?.branches.find((b) => b.event === move.event);
  if (j <= i) return say(lang, branch ? 'steptext.returned' : 'steptext.goesBack', { n: j + 1 });
  if (j === i + 1) return undefined;
  // Each step passed over: another variant's, or the target of another branch, or (for the steps
  // after such a step) the same path as the step before it.
  const reasons: { n: number; reason: string }[] = [];
  for (let k = i + 1; k < j; k++) {
    const step = flow.steps[k]!;
    const from = flow.steps.findIndex((s) => s.decision?.branches.some((b) => b.next === step.id));
    const by = from >= 0 ? flow.steps[from]!.decision!.branches.find((b) => b.next === step.id)! : undefined;
    const reason =
      step.variant && step.variant !== variant
        ? say(lang, 'steptext.forVariant', { v: terms[lang].variant[step.variant] })
        : by
          ? say(lang, 'steptext.forBranch', { label: branchText(by, lang).text, n: from + 1 })
          : (reasons.at(-1)?.reason ?? say(lang, 'steptext.otherPath'));
    reasons.push({ n: k + 1, reason });
  }
  const groups: { ns: number[]; reason: string }[] = [];
  for (const r of reasons) {
    const last = groups.at(-1);
    if (last && last.reason === r.reason) last.ns.push(r.n);
    else groups.push({ ns: [r.n], reason: r.reason });
  }
  return groups
    .map((g) =>
      say(lang, g.ns.length > 1 ? 'steptext.skippedMany' : 'steptext.skippedOne', {
        steps: numbers(g.ns),
        reason: g.reason,
      }),
    )
    .join(' ');
}
