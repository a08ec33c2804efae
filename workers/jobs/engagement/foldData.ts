/**
 * A pool worker's copy of the training matrix, kept between the grid search's fits so the page
 * sends it once per worker, not once per fit. Only the latest matrix is kept; a fresh worker (after
 * a cancel) starts without one and asks for it.
 */
import type { FoldData, MatrixPart } from '../../api/engagement.ts';
import type { Matrix } from '../../core/forest/matrix.ts';
import type { ForestTarget } from '../../core/forest/target.ts';
import { cvFolds, type Split } from '../../core/forest/splits.ts';
import type { Result } from '../../core/errors/index.ts';

export interface TrainingSet {
  readonly key: string;
  readonly X: Matrix;
  readonly target: ForestTarget;
  /** What the forest learns, as numbers (1/0 for a classifier). */
  readonly y: Float64Array;
  readonly raw: Float64Array;
  /** Copies' groups per training post (folds keep them together), or null. */
  readonly groups: Int32Array | null;
  readonly splits: Map<number, Result<Split[]>>;
}

let kept: TrainingSet | null = null;

/** A matrix part as the forest reads it. */
export function matrixOf(part: MatrixPart, names: readonly string[]): Matrix {
  return { rows: part.rows, cols: part.cols, data: part.X, names };
}

/** The forest's target for a task: numbers, or the labels 0/1. */
export function targetOf(task: FoldData['task'], y: Float64Array): ForestTarget {
  return task === 'regression'
    ? { kind: 'regression', y }
    : { kind: 'classification', labels: Array.from(y) };
}

/** Keeps `data` when given; returns the training set for `key`, or null when this worker lacks it. */
export function trainingSet(key: string, data?: FoldData): TrainingSet | null {
  if (data) {
    kept = {
      key: data.key,
      X: matrixOf(data.train, data.featureNames),
      target: targetOf(data.task, data.train.y),
      y: data.train.y,
      raw: data.train.raw,
      groups: data.groups ?? null,
      splits: new Map(),
    };
  }
  return kept?.key === key ? kept : null;
}

/** The k-fold splits of the kept training rows (computed once per k), by group when there are groups. */
export function splitsOf(set: TrainingSet, folds: number): Result<Split[]> {
  let s = set.splits.get(folds);
  if (!s) set.splits.set(folds, (s = cvFolds(set.X.rows, folds, set.groups)));
  return s;
}
