/**
 * Stratified splits that keep each group on one side: for a classifier's held-out rows and
 * cross-validation folds, where each class should keep its share and no text may sit on both
 * sides. Groups are visited in a seeded shuffled order, those whose rows are most concentrated in
 * one class first (a stable sort, as sklearn `StratifiedGroupKFold`), and each is placed where it
 * best keeps the class shares.
 */
import { fail, ok, type Result } from '../errors/index.ts';
import { createRng, permutation } from '../random/rng.ts';
import { denseGroups } from './groups.ts';
import type { Split } from './types.ts';

interface GroupCounts {
  readonly ids: Int32Array;
  readonly count: number;
  readonly classes: number;
  /** groups × classes, row-major. */
  readonly counts: Float64Array;
  /** Rows per class over all groups. */
  readonly total: Float64Array;
}

function countByGroup(labels: ArrayLike<number>, groups: ArrayLike<number>): GroupCounts {
  if (labels.length !== groups.length)
    throw new RangeError(`${labels.length} labels but ${groups.length} groups.`);
  const { ids, count } = denseGroups(groups);
  let classes = 0;
  for (let i = 0; i < labels.length; i++) classes = Math.max(classes, labels[i]! + 1);
  const counts = new Float64Array(count * classes);
  const total = new Float64Array(classes);
  for (let r = 0; r < labels.length; r++) {
    counts[ids[r]! * classes + labels[r]!]!++;
    total[labels[r]!]!++;
  }
  return { ids, count, classes, counts, total };
}

/** Groups in the order they are placed: seeded shuffle (none for a null seed), then by falling spread of their class counts (stable). */
function placementOrder(c: GroupCounts, seed: number | null): number[] {
  const shuffled =
    seed === null
      ? Array.from({ length: c.count }, (_, g) => g)
      : Array.from(permutation(c.count, createRng(seed)));
  const spread = new Float64Array(c.count);
  for (let g = 0; g < c.count; g++) {
    let mean = 0;
    for (let k = 0; k < c.classes; k++) mean += c.counts[g * c.classes + k]!;
    mean /= c.classes;
    let v = 0;
    for (let k = 0; k < c.classes; k++) v += (c.counts[g * c.classes + k]! - mean) ** 2;
    spread[g] = Math.sqrt(v / c.classes);
  }
  return shuffled
    .map((g, i) => ({ g, i }))
    .sort((a, b) => spread[b.g]! - spread[a.g]! || a.i - b.i)
    .map((x) => x.g);
}

function rowsBy(ids: Int32Array, sideOf: (group: number) => number, sides: number): Uint32Array[] {
  const out: number[][] = Array.from({ length: sides }, () => []);
  for (let r = 0; r < ids.length; r++) out[sideOf(ids[r]!)]!.push(r);
  return out.map((rows) => Uint32Array.from(rows));
}

/**
 * K folds that never split a group and keep each class's share in every fold, as sklearn
 * `StratifiedGroupKFold(n_splits=k, shuffle=True)`: each group goes to the fold where the spread
 * of the classes' shares across folds stays smallest (the fold with fewer rows on a tie).
 * @param labels class index per row (0, 1, 2 …)
 * @param groups group label per row (any integers); all distinct gives a stratified k-fold
 * @param seed of the shuffle; null visits groups in order of first appearance (`shuffle=False`)
 */
export function stratifiedGroupKFold(
  labels: ArrayLike<number>,
  groups: ArrayLike<number>,
  k: number,
  seed: number | null = 0,
): Result<Split[]> {
  if (!Number.isInteger(k) || k < 2)
    return fail(
      'INVALID_OPTIONS',
      `Cross-validation needs at least 2 folds; got ${k}.`,
      'Use 5 folds, the usual choice.',
    );
  const c = countByGroup(labels, groups);
  if (c.count < k)
    return fail(
      'TOO_FEW_GROUPS',
      `${labels.length.toLocaleString('en-US')} labelled rows hold ${c.count} distinct texts, too few for ${k} folds that keep copies together.`,
      'Use fewer folds, or label more posts with other texts.',
    );
  const perFold = new Float64Array(k * c.classes);
  const foldRows = new Float64Array(k);
  const foldOf = new Int32Array(c.count);
  const share = (f: number, cls: number) =>
    c.total[cls]! > 0 ? perFold[f * c.classes + cls]! / c.total[cls]! : 0;
  for (const g of placementOrder(c, seed)) {
    let best = 0;
    let bestEval = Infinity;
    let bestRows = Infinity;
    let size = 0;
    for (let cls = 0; cls < c.classes; cls++) size += c.counts[g * c.classes + cls]!;
    for (let f = 0; f < k; f++) {
      for (let cls = 0; cls < c.classes; cls++)
        perFold[f * c.classes + cls]! += c.counts[g * c.classes + cls]!;
      // mean over classes of the std (over folds) of the class's share in each fold
      let evaluation = 0;
      for (let cls = 0; cls < c.classes; cls++) {
        let mean = 0;
        for (let h = 0; h < k; h++) mean += share(h, cls);
        mean /= k;
        let v = 0;
        for (let h = 0; h < k; h++) v += (share(h, cls) - mean) ** 2;
        evaluation += Math.sqrt(v / k);
      }
      evaluation /= c.classes;
      for (let cls = 0; cls < c.classes; cls++)
        perFold[f * c.classes + cls]! -= c.counts[g * c.classes + cls]!;
      // as sklearn: better, or as good (np.isclose) with fewer rows so far
      const asGood = Math.abs(evaluation - bestEval) <= 1e-8 + 1e-5 * Math.abs(bestEval);
      if (evaluation < bestEval || (asGood && foldRows[f]! < bestRows)) {
        best = f;
        bestEval = evaluation;
        bestRows = foldRows[f]!;
      }
    }
    for (let cls = 0; cls < c.classes; cls++)
      perFold[best * c.classes + cls]! += c.counts[g * c.classes + cls]!;
    foldRows[best]! += size;
    foldOf[g] = best;
  }
  return ok(
    Array.from({ length: k }, (_, f) => {
      const [test, train] = rowsBy(c.ids, (g) => (foldOf[g] === f ? 0 : 1), 2);
      return { train: train!, test: test! };
    }),
  );
}

/**
 * One held-out part of about `share` of the rows that never splits a group and keeps each class's
 * share: groups are visited in a seeded shuffled order, and one is held out when that brings the
 * held-out class counts closer to share × each class's count. With every group a single row, each
 * class holds out round(share × its rows). Unlike the folds, groups are not visited most
 * concentrated first: a single held-out part would then take the large one-class groups (the
 * texts posted many times) before any other, and stop looking like the rows it stands for.
 * @param labels class index per row (0, 1, 2 …)
 * @param groups group label per row (any integers)
 * @param share of rows to hold out, in (0, 1)
 */
export function stratifiedGroupShuffleSplit(
  labels: ArrayLike<number>,
  groups: ArrayLike<number>,
  share: number,
  seed = 0,
): Split {
  const c = countByGroup(labels, groups);
  const held = new Float64Array(c.classes);
  const target = Float64Array.from(c.total, (t) => share * t);
  const test = new Uint8Array(c.count);
  for (const g of permutation(c.count, createRng(seed))) {
    let change = 0;
    for (let cls = 0; cls < c.classes; cls++) {
      const add = c.counts[g * c.classes + cls]!;
      if (add === 0) continue;
      change += Math.abs(held[cls]! + add - target[cls]!) - Math.abs(held[cls]! - target[cls]!);
    }
    if (change < 0) {
      test[g] = 1;
      for (let cls = 0; cls < c.classes; cls++) held[cls]! += c.counts[g * c.classes + cls]!;
    }
  }
  const [train, heldOut] = rowsBy(c.ids, (g) => test[g]!, 2);
  return { train: train!, test: heldOut! };
}
