import type { ForestOptions } from './params.ts';

/** Options a grid may vary. */
export type GridParam =
  | 'nEstimators'
  | 'maxDepth'
  | 'maxFeatures'
  | 'minSamplesSplit'
  | 'minSamplesLeaf'
  | 'bootstrap'
  | 'maxBins';

/** Candidate values per option. */
export type ParamGrid = {
  readonly [K in GridParam]?:
    readonly NonNullable<ForestOptions[K]>[] | readonly ForestOptions[K][];
};

/** The reference's 27 points (sklearn: n_estimators 50/100/200, max_depth None/10/20, max_features sqrt/0.5/1.0). */
export const DEFAULT_PARAM_GRID: ParamGrid = {
  nEstimators: [50, 100, 200],
  maxDepth: [null, 10, 20],
  maxFeatures: ['sqrt', 0.5, 1],
};

/**
 * Every combination of the grid, in sklearn `ParameterGrid` order: keys sorted alphabetically,
 * the last key varying fastest. The camelCase names sort as sklearn's snake_case ones do.
 */
export function expandGrid(grid: ParamGrid): ForestOptions[] {
  const keys = (Object.keys(grid) as GridParam[]).filter((k) => grid[k] !== undefined).sort();
  let points: Record<string, unknown>[] = [{}];
  for (const key of keys) {
    const values = grid[key]!;
    points = points.flatMap((p) => values.map((v) => ({ ...p, [key]: v })));
  }
  return points as ForestOptions[];
}
