/** Draws from the distributions the sample generator needs, on a seeded `Rng`. */
import type { Rng } from '../../workers/core/random/rng.ts';

/** One element, uniformly. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[rng.int(items.length)]!;
}

/** An index with probability proportional to its weight. */
export function pickWeighted(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let u = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i]!;
    if (u < 0) return i;
  }
  return weights.length - 1;
}

/** Gamma(shape, scale) by Marsaglia and Tsang (2000); shape < 1 through the U^(1/shape) boost. */
export function gamma(rng: Rng, shape: number, scale = 1): number {
  if (shape < 1) return gamma(rng, shape + 1, scale) * rng.next() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = rng.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.next();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v)))
      return d * v * scale;
  }
}

/** Poisson(λ): Knuth's product method for small λ, a rounded normal beyond 30 (close enough here). */
export function poisson(rng: Rng, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * rng.normal()));
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rng.next();
  while (p > limit) {
    k++;
    p *= rng.next();
  }
  return k;
}

/** A count with mean `mean` and extra spread: Poisson of a gamma-distributed rate (negative binomial). */
export function overdispersedCount(rng: Rng, mean: number, shape: number): number {
  return poisson(rng, mean * gamma(rng, shape, 1 / shape));
}
