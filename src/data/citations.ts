/**
 * Checks each citation against the regulation's plain text: the line range exists and the
 * quote stands in it (case and whitespace folded, list bullets and markdown emphasis ignored).
 */
import type { RegionData } from './schema';
import { citations } from './crossCheck';
import { formatPath, type DataIssue } from './issues';

/** Folds the differences a quote may have from the extracted text. */
export function normaliseForQuote(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*[-•]\s+/, ''))
    .join(' ')
    .replace(/[*#_`]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Lines as `cat -n` numbers them (a final newline does not start a line). */
export function lineCount(text: string): number {
  return text.replace(/\r?\n$/, '').split(/\r?\n/).length;
}

/** The lines [from, to] (1-based, inclusive) of a text. */
export function sliceLines(text: string, from: number, to: number): string {
  return text
    .split(/\r?\n/)
    .slice(from - 1, to)
    .join('\n');
}

export function checkCitations(
  region: RegionData,
  file: string,
  sources: ReadonlyMap<string, string>,
): DataIssue[] {
  const issues: DataIssue[] = [];
  const lineCounts = new Map<string, number>();
  for (const { path, citation } of citations(region)) {
    const text = sources.get(citation.file);
    if (text === undefined) {
      issues.push({
        file,
        path: formatPath([...path, 'file']),
        message: `berkas sumber "${citation.file}" tidak ditemukan di data/sources`,
      });
      continue;
    }
    let count = lineCounts.get(citation.file);
    if (count === undefined) {
      count = lineCount(text);
      lineCounts.set(citation.file, count);
    }
    const [from, to] = citation.lines;
    if (to > count) {
      issues.push({
        file,
        path: formatPath([...path, 'lines']),
        message: `baris ${from}-${to} melewati akhir berkas (${count} baris)`,
      });
      continue;
    }
    const haystack = normaliseForQuote(sliceLines(text, from, to));
    const needle = normaliseForQuote(citation.quote);
    if (!haystack.includes(needle)) {
      issues.push({
        file,
        path: formatPath([...path, 'quote']),
        message: `kutipan tidak ditemukan di ${citation.file} baris ${from}-${to}: "${citation.quote.slice(0, 80)}"`,
      });
    }
  }
  return issues;
}
