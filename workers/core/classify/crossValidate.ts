/**
 * Cross-validated predictions of the linear classifier: K stratified folds (groups kept whole), and
 * in each the whole training procedure on the other folds, candidate selection included (nested
 * cross-validation), so the score is of the procedure the app runs, not of a choice made on the
 * rows it is scored on.
 */
import { deriveSeed } from '../random/rng.ts';
import { foldSplit, stratifiedFolds } from './folds.ts';
import type { NgramCounts, NgramSpec } from './ngramCounts.ts';
import { predictLinear, trainLinearSentiment, type LinearCandidate } from './sentimentLinear.ts';

export interface CrossValidation {
  /** Out-of-fold class (0 negative, 1 neutral, 2 positive) of each row, paired with `rows`. */
  readonly predicted: Uint8Array;
  /** Fold of each row. */
  readonly fold: Uint8Array;
  readonly folds: number;
  /** The candidate each fold's selection chose. */
  readonly chosen: readonly (LinearCandidate | null)[];
}

/**
 * K-fold predictions of `rows` of `counts` with classes `y` (paired). `k` is lowered to what the
 * rows allow (at least 2; null when fewer than 4 rows or one class).
 */
export function crossValidate(
  counts: NgramCounts,
  rows: readonly number[],
  y: readonly number[],
  spec: NgramSpec,
  options: {
    readonly folds: number;
    readonly seed: number;
    readonly groups?: ArrayLike<number>;
    readonly onFold?: (done: number, total: number) => void;
  },
): CrossValidation | null {
  const distinctGroups = options.groups
    ? new Set(rows.map((r) => options.groups![r]!)).size
    : rows.length;
  const k = Math.min(options.folds, Math.floor(rows.length / 2), distinctGroups);
  if (k < 2 || new Set(y).size < 2) return null;
  const fold = stratifiedFolds(
    y,
    k,
    deriveSeed(options.seed, 0),
    options.groups ? rows.map((r) => options.groups![r]!) : undefined,
  );
  const predicted = new Uint8Array(rows.length);
  const chosen: (LinearCandidate | null)[] = [];
  for (let f = 0; f < k; f++) {
    const { train, test } = foldSplit(fold, f);
    const trainRows = Array.from(train, (p) => rows[p]!);
    const trainY = Array.from(train, (p) => y[p]!);
    const m = trainLinearSentiment(
      counts,
      trainRows,
      trainY,
      {
        seed: deriveSeed(options.seed, 1 + f),
        ...(options.groups ? { groups: options.groups } : {}),
      },
      spec,
    );
    if (!m.ok) {
      // one class in this fold's training rows: it can only answer that class
      test.forEach((p) => (predicted[p] = trainY[0] ?? 0));
      chosen.push(null);
    } else {
      const p = predictLinear(
        m.value,
        counts,
        Array.from(test, (q) => rows[q]!),
      );
      test.forEach((q, t) => (predicted[q] = p.label[t]!));
      chosen.push(m.value.selection?.chosen ?? null);
    }
    options.onFold?.(f + 1, k);
  }
  return { predicted, fold, folds: k, chosen };
}
