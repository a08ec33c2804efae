/** Counts per period stacked into shares, for charts of each series' part of a whole over time. */

/** Per period, the cumulative share below each series (series + 1 values from 0; all 0 for a period without counts). */
export function stackShares(
  counts: readonly (readonly number[])[],
  series: number,
): { stacks: number[][]; totals: number[] } {
  const totals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const stacks = counts.map((row, b) => {
    const out = [0];
    for (let c = 0; c < series; c++)
      out.push(out[c]! + (totals[b]! > 0 ? (row[c] ?? 0) / totals[b]! : 0));
    return out;
  });
  return { stacks, totals };
}

/** Periods with counts as runs of consecutive periods: a period without any leaves a gap in the bands. */
export function runsWithCounts(totals: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  totals.forEach((t, b) => {
    if (t === 0) return;
    const last = runs.at(-1);
    if (last && last[1] === b - 1) last[1] = b;
    else runs.push([b, b]);
  });
  return runs;
}
