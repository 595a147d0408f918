/**
 * How alike two steps of two flows are, for aligning them: scored by who acts (a party's role,
 * categories or name, and its side), the document that passes, the recipients, whether it decides,
 * and the words of the action.
 */
import { fold } from '../text';
import type { Flow, FlowStep, Participant } from '../types';

/** Words that say nothing about who acts or what passes. */
const STOP: ReadonlySet<string> = new Set(
  'dan atau yang di ke dari pada untuk dengan oleh dalam secara tersebut ini itu sebagai bagi serta'.split(
    ' ',
  ),
);

const words = (text: string): Set<string> =>
  new Set(
    fold(text)
      .split(' ')
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both / (a.size + b.size - both);
}

/** What a party stands for across texts: its role, its categories, else its name's words. */
function partyKey(flow: Flow, id: string): { key: string; name: Set<string>; side?: string } {
  const p: Participant | undefined = flow.participants.find((x) => x.id === id);
  if (!p) return { key: `id:${id}`, name: words(id) };
  const key = p.role
    ? `role:${p.role}`
    : p.categories
      ? `cat:${[...p.categories].sort().join(',')}`
      : `name:${fold(p.name)}`;
  return { key, name: words(p.name), ...(p.side ? { side: p.side } : {}) };
}

function partySimilarity(fa: Flow, a: string, fb: Flow, b: string): number {
  const ka = partyKey(fa, a);
  const kb = partyKey(fb, b);
  if (ka.key === kb.key && ka.side === kb.side) return 1;
  const sameSide = ka.side !== undefined && ka.side === kb.side ? 0.2 : 0;
  return Math.min(1, (ka.key === kb.key ? 0.6 : jaccard(ka.name, kb.name)) + sameSide);
}

/** Similarity of step `sa` of `fa` and step `sb` of `fb`: the higher, the likelier the same step. */
export function stepSimilarity(fa: Flow, sa: FlowStep, fb: Flow, sb: FlowStep): number {
  const actor = partySimilarity(fa, sa.actor, fb, sb.actor);
  const doc =
    sa.document && sb.document
      ? jaccard(words(sa.document), words(sb.document))
      : sa.document || sb.document
        ? 0
        : 0.3;
  // Two different documents make two different steps, whoever acts.
  if (sa.document && sb.document && doc < 0.34) return 0;
  const ra = sa.recipients ?? [];
  const rb = sb.recipients ?? [];
  const recipients =
    ra.length > 0 && rb.length > 0
      ? Math.max(...ra.flatMap((x) => rb.map((y) => partySimilarity(fa, x, fb, y))))
      : ra.length === 0 && rb.length === 0
        ? 0.5
        : 0;
  const decision = Boolean(sa.decision) === Boolean(sb.decision) ? 0.3 : 0;
  const action = jaccard(words(sa.plain?.id ?? sa.action), words(sb.plain?.id ?? sb.action));
  return 2 * actor + 2 * doc + 0.5 * recipients + decision + 1.5 * action;
}
