/** A seeded stratified split: each class keeps its share in both parts. */
import { createRng, permutation } from '../../core/random/rng.ts';

export interface Split {
  /** Row positions, ascending. */
  readonly train: Uint32Array;
  readonly test: Uint32Array;
}

/**
 * Puts round(share × count) rows of each class in `test` (at least one when the class has two or
 * more rows, never all of them), chosen by a seeded shuffle per class; the rest in `train`.
 * @param y class index per row
 * @param share of rows to hold out, in (0, 1)
 */
export function stratifiedSplit(y: ArrayLike<number>, share: number, seed: number): Split {
  const byClass = new Map<number, number[]>();
  for (let i = 0; i < y.length; i++) {
    const list = byClass.get(y[i]!);
    if (list) list.push(i);
    else byClass.set(y[i]!, [i]);
  }
  const rng = createRng(seed);
  const train: number[] = [];
  const test: number[] = [];
  for (const k of [...byClass.keys()].sort((a, b) => a - b)) {
    const rows = byClass.get(k)!;
    const order = permutation(rows.length, rng);
    const held =
      rows.length < 2 ? 0 : Math.min(rows.length - 1, Math.max(1, Math.round(share * rows.length)));
    order.forEach((p, j) => (j < held ? test : train).push(rows[p]!));
  }
  return { train: Uint32Array.from(train).sort(), test: Uint32Array.from(test).sort() };
}
