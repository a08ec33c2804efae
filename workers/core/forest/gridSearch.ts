import { ok, type Result } from '../errors/index.ts';
import { meanAndStd } from '../metrics/summary.ts';
import { fitForest, fitForestAsync, type ForestModel } from './forest.ts';
import { selectRows, type Matrix } from './matrix.ts';
import type { ParamGrid } from './paramGrid.ts';
import type { ForestOptions } from './params.ts';
import { defaultScoring, scoreModel, type Scoring } from './scoring.ts';
import { searchInputs } from './searchInputs.ts';
import { selectTarget, type ForestTarget } from './target.ts';

/** One grid point's cross-validated scores, as a row of sklearn `cv_results_`. */
export interface GridPointResult {
  readonly params: ForestOptions;
  /** Score per fold (higher is better; −MSE for neg_mse). */
  readonly foldScores: readonly number[];
  readonly meanScore: number;
  /** Population standard deviation (ddof = 0) over folds, as sklearn `std_test_score`. */
  readonly stdScore: number;
  /** 1 = best; ties share the lowest rank, as sklearn `rank_test_score`. */
  readonly rank: number;
  readonly meanFitSeconds: number;
  /** Successive halving: the rows this point's folds were drawn from (its last round), and that round (0 = first). */
  readonly rows?: number;
  readonly round?: number;
}

/** Cross-validated scores of every grid point and the best one. */
export interface GridSummary {
  readonly scoring: Scoring;
  readonly points: readonly GridPointResult[];
  /** The first point of rank 1, as sklearn `best_index_`. */
  readonly bestIndex: number;
  readonly bestParams: ForestOptions;
  readonly bestScore: number;
}

/** A grid search's summary plus the best point refitted on all rows. */
export interface GridSearchResult extends GridSummary {
  /** Null when `refit: false`. */
  readonly model: ForestModel | null;
  readonly refitSeconds: number;
}

/** Where a grid search is. */
export interface GridProgress {
  readonly fitsDone: number;
  /** Points × folds, plus 1 for the refit. */
  readonly fitsTotal: number;
  readonly pointIndex: number;
  /** Fold of the current fit; −1 during the refit. */
  readonly fold: number;
  readonly treesDone: number;
  readonly nTrees: number;
}

export interface GridSearchOptions {
  /** Default DEFAULT_PARAM_GRID (27 points). */
  readonly grid?: ParamGrid;
  /** Options shared by every point (the grid's values win), as the estimator passed to GridSearchCV. */
  readonly base?: ForestOptions;
  /** K of KFold, ≥ 2. Default 5. */
  readonly folds?: number;
  /** A group label per row: folds as GroupKFold, so copies never sit on both sides. Default none (KFold). */
  readonly groups?: ArrayLike<number> | null;
  /** Seed of every fit (one fixed seed, as sklearn's estimator random_state). Default 0. */
  readonly seed?: number;
  /** Default neg_mse (regression) or accuracy (classification). */
  readonly scoring?: Scoring;
  /** Refit the best point on all rows. Default true. */
  readonly refit?: boolean;
  /** Checked between trees; an aborted search returns ABORTED. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: GridProgress) => void;
}

/**
 * One (grid point × fold) job: fit on rows `trainIdx` with `params` and `seed`, score on rows
 * `testIdx`. Pure and synchronous, so a pool of workers can run jobs in parallel and hand the
 * scores to summariseGrid.
 */
export function runFold(
  X: Matrix,
  target: ForestTarget,
  trainIdx: ArrayLike<number>,
  testIdx: ArrayLike<number>,
  params: ForestOptions,
  seed: number,
  scoring: Scoring = defaultScoring(target.kind),
): Result<number> {
  const fit = fitForest(selectRows(X, trainIdx), selectTarget(target, trainIdx), {
    ...params,
    seed,
  });
  return fit.ok
    ? scoreModel(fit.value, selectRows(X, testIdx), selectTarget(target, testIdx), scoring)
    : fit;
}

/** Means, population stds and ranks of fold scores (points × folds), as sklearn `GridSearchCV.cv_results_`. */
export function summariseGrid(
  points: readonly ForestOptions[],
  foldScores: readonly (readonly number[])[],
  scoring: Scoring,
  fitSeconds?: readonly (readonly number[])[],
): GridSummary {
  const stats = foldScores.map(meanAndStd);
  const results = points.map((params, i) => ({
    params,
    foldScores: foldScores[i]!,
    meanScore: stats[i]!.mean,
    stdScore: stats[i]!.std,
    rank: 1 + stats.filter((o) => o.mean > stats[i]!.mean).length,
    meanFitSeconds: fitSeconds ? meanAndStd(fitSeconds[i]!).mean : 0,
  }));
  const bestIndex = results.findIndex((r) => r.rank === 1);
  return {
    scoring,
    points: results,
    bestIndex,
    bestParams: points[bestIndex]!,
    bestScore: results[bestIndex]!.meanScore,
  };
}

/**
 * Exhaustive grid search with k-fold cross-validation, as sklearn `GridSearchCV(cv=k)`: KFold
 * without shuffling (GroupKFold with `groups`), every point fitted on each fold with the same seed, mean/std/rank per point,
 * then the best point refitted on all rows. Sequential, yielding to the event loop between trees
 * so `signal` cancels quickly; a worker pool can instead run runFold jobs and call summariseGrid.
 */
export async function gridSearch(
  X: Matrix,
  target: ForestTarget,
  options: GridSearchOptions = {},
): Promise<Result<GridSearchResult>> {
  const inputs = searchInputs(X, target, options);
  if (!inputs.ok) return inputs;
  const { points, splits, seed, scoring } = inputs.value;
  const fitsTotal = points.length * splits.length + (options.refit === false ? 0 : 1);
  let fitsDone = 0;
  const fitControl = (pointIndex: number, fold: number) => ({
    signal: options.signal,
    onProgress: (treesDone: number, nTrees: number) =>
      options.onProgress?.({ fitsDone, fitsTotal, pointIndex, fold, treesDone, nTrees }),
  });
  const scores: number[][] = [];
  const seconds: number[][] = [];
  for (let i = 0; i < points.length; i++) {
    scores.push([]);
    seconds.push([]);
    for (let f = 0; f < splits.length; f++) {
      const { train, test } = splits[f]!;
      const t0 = performance.now();
      const fit = await fitForestAsync(
        selectRows(X, train),
        selectTarget(target, train),
        { ...points[i], seed },
        fitControl(i, f),
      );
      if (!fit.ok) return fit;
      seconds[i]!.push((performance.now() - t0) / 1000);
      const score = scoreModel(fit.value, selectRows(X, test), selectTarget(target, test), scoring);
      if (!score.ok) return score;
      scores[i]!.push(score.value);
      fitsDone++;
    }
  }
  const summary = summariseGrid(points, scores, scoring, seconds);
  if (options.refit === false) return ok({ ...summary, model: null, refitSeconds: 0 });
  const t0 = performance.now();
  const model = await fitForestAsync(
    X,
    target,
    { ...summary.bestParams, seed },
    fitControl(summary.bestIndex, -1),
  );
  if (!model.ok) return model;
  return ok({ ...summary, model: model.value, refitSeconds: (performance.now() - t0) / 1000 });
}
