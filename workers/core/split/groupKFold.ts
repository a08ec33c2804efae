import { fail, ok, type Result } from '../errors/index.ts';
import { denseGroups } from './groups.ts';
import type { Split } from './types.ts';

/**
 * K folds that never split a group, as sklearn `GroupKFold(n_splits=k)`: groups from the largest
 * down, each into the fold with the fewest rows so far (the first such fold on a tie); equal-sized
 * groups in order of first appearance. Each fold tests on its groups' rows and trains on all
 * others, both in row order. With every group a single row, the folds are balanced to one row.
 * @param groups a group label per row (any integers)
 */
export function groupKFold(groups: ArrayLike<number>, k: number): Result<Split[]> {
  if (!Number.isInteger(k) || k < 2)
    return fail(
      'INVALID_OPTIONS',
      `Cross-validation needs at least 2 folds; got ${k}.`,
      'Use 5 folds, the usual choice.',
    );
  const n = groups.length;
  const { ids, count: nGroups } = denseGroups(groups);
  if (nGroups < k)
    return fail(
      'TOO_FEW_GROUPS',
      nGroups <= 1
        ? `All ${n.toLocaleString('en-US')} rows share one text: no fold can be held out without its copies in training.`
        : `${n.toLocaleString('en-US')} rows hold only ${nGroups} distinct texts, too few for ${k} folds that keep copies together.`,
      'Use fewer folds, drop the duplicates in the Dataset view, or add posts with other texts.',
    );
  const sizes = new Int32Array(nGroups);
  for (let r = 0; r < n; r++) sizes[ids[r]!]!++;
  const order = Array.from({ length: nGroups }, (_, g) => g).sort(
    (a, b) => sizes[b]! - sizes[a]! || a - b,
  );
  const foldRows = new Float64Array(k);
  const foldOf = new Int32Array(nGroups);
  for (const g of order) {
    let lightest = 0;
    for (let f = 1; f < k; f++) if (foldRows[f]! < foldRows[lightest]!) lightest = f;
    foldRows[lightest]! += sizes[g]!;
    foldOf[g] = lightest;
  }
  return ok(
    Array.from({ length: k }, (_, f) => {
      const test: number[] = [];
      const train: number[] = [];
      for (let r = 0; r < n; r++) (foldOf[ids[r]!] === f ? test : train).push(r);
      return { train: Uint32Array.from(train), test: Uint32Array.from(test) };
    }),
  );
}
