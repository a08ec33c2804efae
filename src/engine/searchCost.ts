/**
 * Time estimates for the two searches before they run, so the page can say "the full grid takes
 * about 2 min": each fit's cost (trees × features tried × depth, as the pool schedules them) times
 * n·log2 n for its training rows, summed over the fits, shared by the workers. Seconds per unit
 * start from a measured default and follow the page's own runs.
 */
import { halvingPlan, roundsToRun } from '../../workers/core/forest/halving.ts';
import { expandGrid } from '../../workers/core/forest/paramGrid.ts';
import type { ForestOptions, ParamGrid } from '../../workers/api.ts';
import { defaultEngine } from './engine.ts';
import { fitCost } from './gridSearch.ts';
import type { SearchKind } from './engagementTraining.ts';

/** Seconds per cost unit on one busy core, measured on the sample (re-measured by every run). */
let secondsPerUnit = 2.4e-8;

const rowsCost = (n: number) => n * Math.log2(Math.max(2, n));

/** The search's work in cost units (grid points × folds, each on its share of `rows` training posts). */
export function searchUnits(
  points: readonly ForestOptions[],
  rows: number,
  folds: number,
  features: number,
  kind: SearchKind,
): number {
  const costs = points.map((p) => fitCost(p, features));
  const mean = costs.reduce((s, c) => s + c, 0) / Math.max(1, costs.length);
  const trainShare = (folds - 1) / folds;
  if (kind === 'full')
    return costs.reduce((s, c) => s + c * folds * rowsCost(rows * trainShare), 0);
  // later rounds' candidates are not known yet: the average point stands for them
  return roundsToRun(halvingPlan(points.length, rows)).reduce(
    (s, r) => s + r.candidates * folds * mean * rowsCost(r.rows * trainShare),
    0,
  );
}

/** Estimated seconds of a search on `workers` pool workers. */
export function searchSeconds(units: number, workers: number): number {
  return (units * secondsPerUnit) / Math.max(1, workers);
}

/** Learns from a finished search how fast this machine is. */
export function recordSearch(units: number, workers: number, seconds: number): void {
  if (units > 0 && seconds > 0) secondsPerUnit = (seconds * Math.max(1, workers)) / units;
}

/** Estimated seconds of searching `grid` on about `rows` training posts across the compute pool. */
export function estimateSearch(
  grid: ParamGrid,
  rows: number,
  folds: number,
  kind: SearchKind,
  features = 20,
): number {
  const points = expandGrid(grid);
  const workers = Math.min(defaultEngine.poolSize(), Math.max(1, points.length * folds));
  return searchSeconds(searchUnits(points, rows, folds, features, kind), workers);
}
