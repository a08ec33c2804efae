import { fail, ok, type Result } from '../errors/index.ts';
import { createRng, permutation } from '../random/rng.ts';
import { denseGroups } from './groups.ts';
import type { Split } from './types.ts';

/**
 * A seeded train/test split that keeps each group on one side, as sklearn
 * `GroupShuffleSplit(n_splits=1, test_size=…)`: `testSize` in (0, 1) is a share of the GROUPS
 * (ceil(share × groups) of them are held out), an integer ≥ 1 a count of groups. Rows come out
 * group by group in the shuffled order of their groups (row order within a group), so the first
 * rows of `train` are a random subset of whole groups.
 * @param groups a group label per row (any integers); all distinct gives a plain shuffled split
 */
export function groupShuffleSplit(
  groups: ArrayLike<number>,
  testSize = 0.25,
  seed = 0,
): Result<Split> {
  const { ids, count: nGroups } = denseGroups(groups);
  const n = ids.length;
  const nTest = testSize > 0 && testSize < 1 ? Math.ceil(testSize * nGroups) : testSize;
  if (nGroups < 2)
    return fail(
      'TOO_FEW_GROUPS',
      `All ${n.toLocaleString('en-US')} rows share one text: a test set would need its copies in training.`,
      'Drop the duplicates in the Dataset view, or add posts with other texts.',
    );
  if (!Number.isInteger(nTest) || nTest < 1 || nTest >= nGroups)
    return fail(
      'INVALID_OPTIONS',
      `A test size of ${testSize} leaves no distinct text on one side of ${nGroups}.`,
      'Use a share such as 0.2.',
    );
  const rowsOf: number[][] = Array.from({ length: nGroups }, () => []);
  for (let r = 0; r < n; r++) rowsOf[ids[r]!]!.push(r);
  const order = permutation(nGroups, createRng(seed));
  const test: number[] = [];
  const train: number[] = [];
  order.forEach((g, i) => (i < nTest ? test : train).push(...rowsOf[g]!));
  return ok({ train: Uint32Array.from(train), test: Uint32Array.from(test) });
}
