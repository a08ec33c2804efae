import { fail, ok, type Result } from '../errors/index.ts';
import { createRng, permutation } from '../random/rng.ts';
import { groupKFold } from '../split/groupKFold.ts';
import type { Split } from '../split/types.ts';

export type { Split } from '../split/types.ts';

/**
 * K consecutive folds over rows 0..n−1 without shuffling, as sklearn `KFold(n_splits=k, shuffle=False)`:
 * the first n % k folds hold one extra row. Fold i tests on its rows and trains on all others, in order.
 */
export function kFold(n: number, k: number): Result<Split[]> {
  if (!Number.isInteger(k) || k < 2)
    return fail(
      'INVALID_OPTIONS',
      `Cross-validation needs at least 2 folds; got ${k}.`,
      'Use 5 folds, the usual choice.',
    );
  if (n < k)
    return fail(
      'TOO_FEW_ROWS',
      `${n} rows cannot fill ${k} folds.`,
      'Use fewer folds or more rows.',
    );
  const splits: Split[] = [];
  let start = 0;
  for (let i = 0; i < k; i++) {
    const size = Math.floor(n / k) + (i < n % k ? 1 : 0);
    const test = new Uint32Array(size);
    const train = new Uint32Array(n - size);
    for (let j = 0; j < size; j++) test[j] = start + j;
    for (let r = 0, t = 0; r < n; r++) if (r < start || r >= start + size) train[t++] = r;
    splits.push({ train, test });
    start += size;
  }
  return ok(splits);
}

/**
 * A seeded random train/test split of rows 0..n−1, sized as sklearn `train_test_split`: `testSize`
 * in (0, 1) is a share (test rows = ceil(share·n)), an integer ≥ 1 a count. Default 0.25, seed 0.
 */
export function trainTestSplit(n: number, testSize = 0.25, seed = 0): Result<Split> {
  const nTest = testSize > 0 && testSize < 1 ? Math.ceil(testSize * n) : testSize;
  if (!Number.isInteger(nTest) || nTest < 1 || nTest >= n) {
    return fail(
      'INVALID_OPTIONS',
      `A test size of ${testSize} leaves no rows on one side of ${n}.`,
      'Use a share such as 0.2, or a count between 1 and the number of rows − 1.',
    );
  }
  const order = permutation(n, createRng(seed));
  return ok({ test: order.slice(0, nTest), train: order.slice(nTest) });
}

/**
 * The folds of cross-validation: sklearn `GroupKFold` when `groups` are given (copies never on
 * both sides of a fold), else `KFold` without shuffling (the reference's folds, for parity).
 */
export function cvFolds(n: number, k: number, groups?: ArrayLike<number> | null): Result<Split[]> {
  if (!groups) return kFold(n, k);
  if (groups.length !== n)
    return fail(
      'INVALID_OPTIONS',
      `${groups.length} group labels for ${n} rows.`,
      'Pass one group label per training row.',
    );
  return groupKFold(groups, k);
}
