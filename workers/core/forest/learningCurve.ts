import { fail, ok, type Result } from '../errors/index.ts';
import { meanAndStd } from '../metrics/summary.ts';
import { fitForestAsync } from './forest.ts';
import { selectRows, type Matrix } from './matrix.ts';
import type { ForestOptions } from './params.ts';
import { defaultScoring, scoreModel, type Scoring } from './scoring.ts';
import { cvFolds } from './splits.ts';
import { selectTarget, type ForestTarget } from './target.ts';

/** Scores at one training size, per fold and summarised (population std). */
export interface LearningCurvePoint {
  readonly trainSize: number;
  readonly trainScores: readonly number[];
  readonly testScores: readonly number[];
  readonly meanTrain: number;
  readonly stdTrain: number;
  readonly meanTest: number;
  readonly stdTest: number;
}

export interface LearningCurveOptions {
  /** Shares in (0, 1] of the (smallest) fold's training rows, or row counts > 1. Default 0.1, 0.325, 0.55, 0.775, 1 (sklearn's). */
  readonly trainSizes?: readonly number[];
  /** K of KFold. Default 5. */
  readonly folds?: number;
  /** A group label per row: folds as GroupKFold, so copies never sit on both sides. Default none (KFold). */
  readonly groups?: ArrayLike<number> | null;
  /** Seed of every fit. Default 0. */
  readonly seed?: number;
  /** Default neg_mse (regression) or accuracy (classification). */
  readonly scoring?: Scoring;
  readonly signal?: AbortSignal;
  /** Called after each fit. */
  readonly onProgress?: (fitsDone: number, fitsTotal: number) => void;
}

/**
 * Score against training-set size, as sklearn `learning_curve(shuffle=False)`: shares become
 * floor(share × n_max) rows (n_max = first fold's training rows), deduplicated and sorted; each fold
 * fits on the first n of its training rows and scores on those rows and on its test rows.
 */
export async function learningCurve(
  X: Matrix,
  target: ForestTarget,
  params: ForestOptions,
  options: LearningCurveOptions = {},
): Promise<Result<LearningCurvePoint[]>> {
  const splits = cvFolds(X.rows, options.folds ?? 5, options.groups);
  if (!splits.ok) return splits;
  // the smallest fold's training rows (KFold's first fold; grouped folds vary a little)
  const nMax = Math.min(...splits.value.map((s) => s.train.length));
  const wanted = options.trainSizes ?? [0.1, 0.325, 0.55, 0.775, 1];
  const sizes = [...new Set(wanted.map((s) => (s > 0 && s <= 1 ? Math.floor(s * nMax) : s)))].sort(
    (a, b) => a - b,
  );
  if (sizes.some((s) => !Number.isInteger(s) || s < 2 || s > nMax)) {
    return fail(
      'INVALID_OPTIONS',
      `Training sizes must give 2 to ${nMax} rows; got ${wanted.join(', ')}.`,
      'Use shares such as 0.1 … 1.',
    );
  }
  const scoring = options.scoring ?? defaultScoring(target.kind);
  const fitsTotal = sizes.length * splits.value.length;
  const train: number[][] = sizes.map(() => []);
  const test: number[][] = sizes.map(() => []);
  let fitsDone = 0;
  for (const split of splits.value) {
    const testX = selectRows(X, split.test);
    const testY = selectTarget(target, split.test);
    for (let i = 0; i < sizes.length; i++) {
      const rows = split.train.subarray(0, sizes[i]);
      const trainX = selectRows(X, rows);
      const trainY = selectTarget(target, rows);
      const fit = await fitForestAsync(
        trainX,
        trainY,
        { ...params, seed: options.seed ?? 0 },
        { signal: options.signal },
      );
      if (!fit.ok) return fit;
      const onTrain = scoreModel(fit.value, trainX, trainY, scoring);
      const onTest = scoreModel(fit.value, testX, testY, scoring);
      if (!onTrain.ok) return onTrain;
      if (!onTest.ok) return onTest;
      train[i]!.push(onTrain.value);
      test[i]!.push(onTest.value);
      options.onProgress?.(++fitsDone, fitsTotal);
    }
  }
  return ok(
    sizes.map((trainSize, i) => {
      const onTrain = meanAndStd(train[i]!);
      const onTest = meanAndStd(test[i]!);
      return {
        trainSize,
        trainScores: train[i]!,
        testScores: test[i]!,
        meanTrain: onTrain.mean,
        stdTrain: onTrain.std,
        meanTest: onTest.mean,
        stdTest: onTest.std,
      };
    }),
  );
}
