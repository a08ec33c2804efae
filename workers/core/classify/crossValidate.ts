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

/** Options of a K-fold cross-validation. */
export interface FoldOptions {
  readonly folds: number;
  readonly seed: number;
  readonly groups?: ArrayLike<number>;
  readonly onFold?: (done: number, total: number) => void;
}

/**
 * K-fold predictions of `rows` (classes `y`, paired) by any training procedure: `fitFold` learns
 * from a fold's training rows (with its seed) and returns a predictor of row numbers with what it
 * chose, or null when it cannot learn (its rows then get the first training class). `k` is lowered
 * to what the rows allow (at least 2; null when fewer than 4 rows or one class).
 */
export function crossValidateWith<Chosen>(
  rows: readonly number[],
  y: readonly number[],
  options: FoldOptions,
  fitFold: (
    trainRows: number[],
    trainY: number[],
    seed: number,
  ) => { readonly predict: (rows: number[]) => ArrayLike<number>; readonly chosen: Chosen } | null,
): { predicted: Uint8Array; fold: Uint8Array; folds: number; chosen: (Chosen | null)[] } | null {
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
  const chosen: (Chosen | null)[] = [];
  for (let f = 0; f < k; f++) {
    const { train, test } = foldSplit(fold, f);
    const trainY = Array.from(train, (p) => y[p]!);
    const fitted = fitFold(
      Array.from(train, (p) => rows[p]!),
      trainY,
      deriveSeed(options.seed, 1 + f),
    );
    if (!fitted) {
      // one class in this fold's training rows: it can only answer that class
      test.forEach((p) => (predicted[p] = trainY[0] ?? 0));
      chosen.push(null);
    } else {
      const p = fitted.predict(Array.from(test, (q) => rows[q]!));
      test.forEach((q, t) => (predicted[q] = p[t]!));
      chosen.push(fitted.chosen);
    }
    options.onFold?.(f + 1, k);
  }
  return { predicted, fold, folds: k, chosen };
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
  options: FoldOptions,
): CrossValidation | null {
  const cv = crossValidateWith(rows, y, options, (trainRows, trainY, seed) => {
    const m = trainLinearSentiment(
      counts,
      trainRows,
      trainY,
      { seed, ...(options.groups ? { groups: options.groups } : {}) },
      spec,
    );
    return m.ok
      ? {
          predict: (test) => predictLinear(m.value, counts, test).label,
          chosen: m.value.selection?.chosen ?? null,
        }
      : null;
  });
  return cv && { ...cv, chosen: cv.chosen.map((c) => c ?? null) };
}
