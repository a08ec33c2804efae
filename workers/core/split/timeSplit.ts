import { fail, ok, type Result } from '../errors/index.ts';
import { denseGroups } from './groups.ts';
import type { Split } from './types.ts';

/** A time split and what it could not date. */
export interface TimeSplit extends Split {
  /** Rows of groups with no readable time: they train, never test. */
  readonly undated: number;
  /** Epoch ms where the test period starts (the earliest test group's first post). */
  readonly testFrom: number;
}

/**
 * Train on the past, test on the future, keeping each group on one side: a group's time is its
 * earliest post; the latest groups are held out until at least ceil(testSize × rows) rows are.
 * Groups without a readable time train. Rows come out in time order (train, then test).
 * @param times epoch ms per row, NaN when unreadable
 * @param groups a group label per row (any integers)
 * @param testSize share of rows to hold out, in (0, 1)
 */
export function groupTimeSplit(
  times: ArrayLike<number>,
  groups: ArrayLike<number>,
  testSize = 0.2,
): Result<TimeSplit> {
  const n = times.length;
  if (!(testSize > 0 && testSize < 1))
    return fail(
      'INVALID_OPTIONS',
      `The test share must lie between 0 and 1; got ${testSize}.`,
      'Hold out 0.2 (20 %) of the posts.',
    );
  const { ids, count: nGroups } = denseGroups(groups);
  const first = new Float64Array(nGroups).fill(Infinity);
  const rowsOf: number[][] = Array.from({ length: nGroups }, () => []);
  for (let r = 0; r < n; r++) {
    const g = ids[r]!;
    rowsOf[g]!.push(r);
    const t = times[r]!;
    if (Number.isFinite(t) && t < first[g]!) first[g] = t;
  }
  const dated = Array.from({ length: nGroups }, (_, g) => g).filter((g) =>
    Number.isFinite(first[g]!),
  );
  dated.sort((a, b) => first[a]! - first[b]! || a - b);
  const want = Math.ceil(testSize * n);
  const testGroups = new Set<number>();
  let held = 0;
  for (let i = dated.length - 1; i > 0 && held < want; i--) {
    testGroups.add(dated[i]!);
    held += rowsOf[dated[i]!]!.length;
  }
  if (testGroups.size === 0)
    return fail(
      'TOO_FEW_GROUPS',
      dated.length === 0
        ? 'No post has a readable time, so none can be held out as "the future".'
        : 'The dated posts share one text: a test period would need its copies in training.',
      'Pick a random split instead, or give the post time column the role "timestamp".',
    );
  const byTime = (a: number, b: number) => {
    const ta = times[a]!;
    const tb = times[b]!;
    return (Number.isFinite(ta) ? ta : -Infinity) - (Number.isFinite(tb) ? tb : -Infinity) || a - b;
  };
  const train: number[] = [];
  const test: number[] = [];
  let undated = 0;
  for (let g = 0; g < nGroups; g++) {
    if (!Number.isFinite(first[g]!)) undated += rowsOf[g]!.length;
    (testGroups.has(g) ? test : train).push(...rowsOf[g]!);
  }
  train.sort(byTime);
  test.sort(byTime);
  let testFrom = Infinity;
  for (const g of testGroups) testFrom = Math.min(testFrom, first[g]!);
  return ok({ train: Uint32Array.from(train), test: Uint32Array.from(test), undated, testFrom });
}
