/**
 * Seeded stratified K-fold assignment: each class spread evenly over the folds (as sklearn's
 * `StratifiedKFold(shuffle=True)` allocates it). With group keys, rows of one group (e.g. posts
 * with the same normalised text) always share a fold, so a text is never on both sides of a split.
 */
import { createRng, permutation } from '../random/rng.ts';

/**
 * The fold (0 .. k − 1) of each row. `y` holds class indices; `groups` (optional) a group id per
 * row. Folds are filled so that each holds about the same share of every class.
 * @param k folds, 2 ≤ k ≤ rows (or ≤ groups)
 */
export function stratifiedFolds(
  y: ArrayLike<number>,
  k: number,
  seed: number,
  groups?: ArrayLike<number>,
): Uint8Array {
  const n = y.length;
  const fold = new Uint8Array(n);
  if (k < 2) throw new RangeError(`stratifiedFolds: needs k ≥ 2, not ${k}.`);
  const rng = createRng(seed);
  if (!groups) {
    // rows of each class in a seeded order, dealt round the folds; the deal continues from class
    // to class so fold sizes differ by one at most
    const order = permutation(n, rng);
    const byClass = new Map<number, number[]>();
    for (const i of order) {
      const list = byClass.get(y[i]!);
      if (list) list.push(i);
      else byClass.set(y[i]!, [i]);
    }
    let next = 0;
    for (const c of [...byClass.keys()].sort((a, b) => a - b)) {
      for (const i of byClass.get(c)!) {
        fold[i] = next;
        next = (next + 1) % k;
      }
    }
    return fold;
  }
  // groups: each goes whole to the fold holding the fewest rows of its commonest class
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const list = members.get(groups[i]!);
    if (list) list.push(i);
    else members.set(groups[i]!, [i]);
  }
  const ids = [...members.keys()];
  const order = permutation(ids.length, rng);
  const shuffled = Array.from(order, (p) => ids[p]!);
  // larger groups first, so the small ones even out what the large ones leave
  shuffled.sort((a, b) => members.get(b)!.length - members.get(a)!.length);
  const classes = new Set<number>();
  for (let i = 0; i < n; i++) classes.add(y[i]!);
  const perFold = new Map<number, Float64Array>();
  for (const c of classes) perFold.set(c, new Float64Array(k));
  const sizes = new Float64Array(k);
  for (const g of shuffled) {
    const rows = members.get(g)!;
    const count = new Map<number, number>();
    for (const i of rows) count.set(y[i]!, (count.get(y[i]!) ?? 0) + 1);
    let major = rows[0] === undefined ? 0 : y[rows[0]]!;
    for (const [c, m] of count) if (m > (count.get(major) ?? 0)) major = c;
    const of = perFold.get(major)!;
    let best = 0;
    for (let f = 1; f < k; f++)
      if (of[f]! < of[best]! || (of[f] === of[best] && sizes[f]! < sizes[best]!)) best = f;
    for (const i of rows) {
      fold[i] = best;
      perFold.get(y[i]!)![best]!++;
    }
    sizes[best]! += rows.length;
  }
  return fold;
}

/** Rows in fold `f` and the rest, ascending. */
export function foldSplit(fold: Uint8Array, f: number): { train: Uint32Array; test: Uint32Array } {
  let t = 0;
  for (const v of fold) if (v === f) t++;
  const test = new Uint32Array(t);
  const train = new Uint32Array(fold.length - t);
  let a = 0;
  let b = 0;
  for (let i = 0; i < fold.length; i++) {
    if (fold[i] === f) test[a++] = i;
    else train[b++] = i;
  }
  return { train, test };
}
