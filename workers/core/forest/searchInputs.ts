/**
 * The checks and inputs every forest search shares (the full grid and successive halving): the
 * grid's points, each valid for the task, the matrix, one target per row, the folds, the seed and
 * the scoring.
 */
import { fail, ok, type Result } from '../errors/index.ts';
import { checkMatrix, type Matrix } from './matrix.ts';
import { DEFAULT_PARAM_GRID, expandGrid, type ParamGrid } from './paramGrid.ts';
import { resolveParams, type ForestOptions } from './params.ts';
import { defaultScoring, type Scoring } from './scoring.ts';
import { cvFolds, type Split } from './splits.ts';
import { targetLength, type ForestTarget } from './target.ts';

export interface SearchInputOptions {
  readonly grid?: ParamGrid;
  readonly base?: ForestOptions;
  readonly folds?: number;
  readonly groups?: ArrayLike<number> | null;
  readonly seed?: number;
  readonly scoring?: Scoring;
}

export interface SearchInputs {
  readonly points: ForestOptions[];
  readonly splits: Split[];
  readonly seed: number;
  readonly scoring: Scoring;
}

export function searchInputs(
  X: Matrix,
  target: ForestTarget,
  options: SearchInputOptions,
): Result<SearchInputs> {
  const points = expandGrid(options.grid ?? DEFAULT_PARAM_GRID).map((p) => ({
    ...options.base,
    ...p,
  }));
  if (points.length === 0)
    return fail(
      'INVALID_OPTIONS',
      'The parameter grid has no points.',
      'Give every option in the grid at least one value.',
    );
  for (const p of points) {
    const checked = resolveParams(p, target.kind);
    if (!checked.ok) return checked;
  }
  const checked = checkMatrix(X, 'Training features');
  if (!checked.ok) return checked;
  if (targetLength(target) !== X.rows)
    return fail(
      'INVALID_OPTIONS',
      `${targetLength(target)} target values for ${X.rows} rows.`,
      'Pass one target value per row.',
    );
  const splits = cvFolds(X.rows, options.folds ?? 5, options.groups);
  if (!splits.ok) return splits;
  return ok({
    points,
    splits: splits.value,
    seed: options.seed ?? 0,
    scoring: options.scoring ?? defaultScoring(target.kind),
  });
}
