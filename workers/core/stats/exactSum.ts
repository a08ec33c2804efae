/**
 * A sum of doubles that does not depend on the order of its terms: Shewchuk's non-overlapping
 * partials, as Python's `math.fsum` (msum). Shards score their rows apart and an aggregate adds the
 * parts; with a plain `+=` the mean would differ in its last bits from one process's, with this the
 * merged partials round to exactly the same double.
 */

/** Partials of an exact running sum: non-overlapping doubles whose exact total is the sum so far. */
export type ExactSum = number[];

/** Adds `x` to the exact sum `partials` (in place). Non-finite terms are kept in the last partial, as a plain sum would. */
export function addExact(partials: ExactSum, x: number): void {
  if (!Number.isFinite(x)) {
    partials.push(x);
    return;
  }
  let i = 0;
  for (let j = 0; j < partials.length; j++) {
    let y = partials[j]!;
    if (!Number.isFinite(y)) {
      partials[i++] = y;
      continue;
    }
    if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
    const hi = x + y;
    const lo = y - (hi - x);
    if (lo !== 0) partials[i++] = lo;
    x = hi;
  }
  partials.length = i;
  partials.push(x);
}

/** The exact sum rounded once to the nearest double (ties as `math.fsum`). */
export function exactTotal(partials: readonly number[]): number {
  const p = partials.filter(Number.isFinite);
  const special = partials.filter((x) => !Number.isFinite(x));
  if (special.length > 0) return special.reduce((a, b) => a + b, 0);
  let n = p.length;
  if (n === 0) return 0;
  let hi = p[--n]!;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = p[--n]!;
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // round half-even across the remaining partials, as CPython's fsum does
  if (n > 0 && ((lo < 0 && p[n - 1]! < 0) || (lo > 0 && p[n - 1]! > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

/** Merges exact sums: the result's total is the exact total of all of them. */
export function mergeExact(...sums: readonly (readonly number[])[]): ExactSum {
  const out: ExactSum = [];
  for (const s of sums) for (const x of s) addExact(out, x);
  return out;
}
