/**
 * An answer of Posisi saya as plain text to pass on (WhatsApp, e-mail): every line with its
 * quoted citation, and the link that reopens the same answer.
 */
import type { PositionAnswer, Question } from '../../model/myPosition';
import { ANSWER_FIELD, QUESTIONS } from '../../model/myPosition';
import type { Answer } from '../../model/queries';
import type { Citation, Region } from '../../model/types';
import type { MessageKey, terms } from '../../i18n/messages';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
type Terms = (typeof terms)[keyof typeof terms];

const TITLE: Record<Question, MessageKey> = {
  placedUnder: 'me.q.placedUnder',
  appraiser: 'me.q.appraiser',
  unitLeader: 'me.q.leader',
  assigner: 'me.q.assigner',
  reportsTo: 'me.q.report',
  coordinator: 'me.q.coordinator',
};

export function citeText(cite: Citation, t: Translate): string {
  return `[${cite.locator}, ${t('cite.lines', { from: cite.lines[0], to: cite.lines[1] })}: “${cite.quote}”]`;
}

function answerLines(a: Answer, t: Translate, words: Terms): string[] {
  const role = a.relation.as ? ` (${words.role[a.relation.as]})` : '';
  const via = a.via ? ` ${t('me.via', { group: a.via.name })}` : '';
  const condition = a.condition ? ` — ${a.condition}` : '';
  const out = [`- ${a.position.name}${role}${via}${condition}`, `  ${citeText(a.cite, t)}`];
  if (a.basis === 'derived' && a.general)
    out.push(`  ${t('me.derived', { locator: a.general.locator })} ${citeText(a.general, t)}`);
  if (a.basis === 'supplied') out.push(`  ${t('me.supplied', { note: a.note ?? '' })}`);
  for (const r of a.recommendations)
    out.push(`  ${t('me.recommendation', { name: r.by.name })} ${citeText(r.cite, t)}`);
  for (const s of a.steps.filter((x) => x.special))
    out.push(`  ${t('me.special')}: “${s.step.action}” ${citeText(s.step.cite, t)}`);
  return out;
}

export function shareText(
  answer: PositionAnswer,
  region: Region,
  link: string,
  t: Translate,
  words: Terms,
): string {
  const reg = region.regulation;
  const out = [
    `${t('me.shareTitle', { position: answer.position.name })}`,
    `${answer.unit.name} — ${region.name}`,
    `${reg.type} ${reg.number}/${reg.year}`,
  ];
  for (const q of QUESTIONS) {
    out.push('', `${t(TITLE[q])}:`);
    const answers = answer[ANSWER_FIELD[q]];
    if (answers.length > 0) {
      for (const a of answers) out.push(...answerLines(a, t, words));
    } else if (answer.fallback[q].length > 0) {
      out.push(`  ${t('me.silentRules')}`);
      for (const line of answer.fallback[q]) {
        const label = line.general
          ? t('me.generalRule', { locator: line.rule.cite.locator })
          : t('me.unitRule');
        out.push(`- ${label}: ${line.rule.text}`, `  ${citeText(line.rule.cite, t)}`);
      }
    } else out.push(`  ${t('me.silent')}`);
  }
  out.push('', `${t('me.shareLink')}: ${link}`);
  return out.join('\n');
}
