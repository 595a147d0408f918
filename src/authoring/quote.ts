/**
 * A short verbatim quote for a line range, that the citation check (normaliseForQuote in
 * src/data/citations.ts) finds again in those lines: the text the person selected when it stands
 * there, else the beginning of the lines, cut at a word.
 */
import { normaliseForQuote } from '../data/citations';

export const QUOTE_MAX = 300;
export const QUOTE_MIN = 8;

function tidy(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-•]\s+/, ''))
    .join(' ')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts at the last word boundary before `max` characters. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const space = head.lastIndexOf(' ');
  return (space > max / 2 ? head.slice(0, space) : head).trim();
}

export function proposeQuote(lines: readonly string[], from: number, to: number, selected?: string): string {
  const haystack = normaliseForQuote(lines.slice(from - 1, to).join('\n'));
  const fits = (quote: string) => {
    const needle = normaliseForQuote(quote);
    return needle.length >= QUOTE_MIN && haystack.includes(needle);
  };
  if (selected) {
    const quote = cut(tidy(selected), 1200);
    if (fits(quote)) return quote;
  }
  for (let line = from; line <= to; line++) {
    const text = cut(tidy(lines.slice(line - 1, to).join('\n')), QUOTE_MAX);
    if (fits(text)) return text;
  }
  return cut(tidy(lines.slice(from - 1, to).join('\n')), QUOTE_MAX);
}
