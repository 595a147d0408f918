/**
 * How alike two words are: an edit distance that stops early, and the score of a typed word
 * against a label word (exact, prefix, typo).
 */

/** Optimal string alignment distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** How well one query word matches one label word: 3 exact, 2 prefix, 1 typo, 0 no. */
export function wordScore(query: string, word: string): number {
  if (query === word) return 3;
  if (query.length >= 2 && word.startsWith(query)) return 2;
  // A typo is looked for only past the first letter, which people rarely get wrong (and which
  // keeps search fast: most label words are ruled out here).
  if (query.length >= 4 && query[0] === word[0]) {
    const allowed = query.length >= 8 ? 2 : 1;
    if (editDistance(query, word, allowed) <= allowed) return 1;
    // a typo in a prefix ("perhubu" for "perhubungan")
    if (word.length > query.length && editDistance(query, word.slice(0, query.length), 1) <= 1) return 1;
  }
  return 0;
}
