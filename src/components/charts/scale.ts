/**
 * Axes for the plain SVG charts. The engagement and sentiment views draw several charts at once; a
 * recharts chart took 30–150 ms to mount here (a long task each), these take a few milliseconds.
 */

/**
 * About `count` round tick values covering [lo, hi]: whole multiples of a step of 1, 2, 2.5 or 5
 * times a power of ten, at least (hi - lo) / count. `[lo]` when the range is empty; none when an
 * end is not finite.
 */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const power = Math.floor(Math.log10(raw));
  const mantissa = [1, 2, 2.5, 5, 10].find((m) => m * 10 ** power >= raw) ?? 10;
  // Each tick is k × step from an integer k, and a step below 1 divides by its integer inverse
  // (k / 5, not k × 0.2): summing steps, or multiplying by an inexact one, gives 0.6000000000000001.
  const step = mantissa * 10 ** power;
  const tick = power >= 0 ? (k: number) => k * step : (k: number) => k / (10 ** -power / mantissa);
  const out: number[] = [];
  const last = Math.floor(hi / step + 1e-9);
  // `+ 0` turns the -0 that the ceiling of a hair below zero gives into 0
  for (let k = Math.ceil(lo / step - 1e-9) + 0; k <= last; k++) out.push(tick(k));
  return out;
}

/** [min, max] of the finite values, widened to a unit range when they are all equal (or none). */
export function extent(...arrays: ArrayLike<number>[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of arrays) {
    for (let i = 0; i < a.length; i++) {
      const v = a[i]!;
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!(hi >= lo)) return [0, 1];
  return hi > lo ? [lo, hi] : [lo - 1, hi + 1];
}

/** A linear map from [d0, d1] to [r0, r1]. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = (r1 - r0) / (d1 - d0 || 1);
  return (v) => r0 + (v - d0) * k;
}

/** About `count` evenly spread indices of `n` periods, the first and last included (to label a period axis). */
export function spreadTicks(n: number, count = 6): number[] {
  if (n <= 1) return [0];
  return Array.from(
    new Set(Array.from({ length: count }, (_, i) => Math.round((i * (n - 1)) / (count - 1)))),
  );
}
