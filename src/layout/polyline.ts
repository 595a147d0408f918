/** Polylines of the chart's lines: points cleaned of repeats and of the middles of straight runs. */

/** Drops repeated points and middle points of straight runs. */
export function simplify(points: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of points) {
    const last = out.at(-1);
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    const prev = out.at(-2);
    if (
      prev &&
      last &&
      ((prev[0] === last[0] && last[0] === p[0]) || (prev[1] === last[1] && last[1] === p[1]))
    )
      out.pop();
    out.push(p);
  }
  return out;
}
