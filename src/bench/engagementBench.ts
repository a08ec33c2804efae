/**
 * The Engagement grid search in the page: the reference's training matrix (sent from Node), every
 * (grid point × fold) fit across the compute pool through the same engine the view uses.
 */
import type { GridSummary } from '../../workers/api.ts';
import type { GridBenchArg, GridBenchReport } from './gridReport.ts';
import { runGridSearch } from '../engine/gridSearch.ts';
import { analysis, computePool } from '../engine/index.ts';
import { withLongTasks, type PageBenches } from './registry.ts';

/** Float64 values from base64 of their little-endian bytes: one string crosses into the page, not an array of numbers to collect later. */
function float64s(base64: string): Float64Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return new Float64Array(bytes.buffer);
}

export const engagementBenches: PageBenches = {
  async engagementGrid(arg) {
    const a = arg as GridBenchArg;
    const X = float64s(a.X);
    const y = float64s(a.y);
    const prepared = {
      key: `bench-${performance.now()}`,
      task: 'regression' as const,
      train: { rows: a.rows, cols: a.cols, X, y, raw: y },
      featureNames: a.names,
      points: a.points,
      scoring: 'neg_mse' as const,
    };
    const t0 = performance.now();
    const { value, longTasks } = await withLongTasks(() =>
      runGridSearch({ prepared, folds: a.folds, seed: a.seed }),
    );
    const seconds = (performance.now() - t0) / 1000;
    if (!value.ok) throw new Error(`${value.error.code}: ${value.error.message}`);
    const summary = await analysis('engagementGridSummary', {
      points: a.points,
      foldScores: value.value.foldScores,
      fitSeconds: value.value.fitSeconds,
      scoring: 'neg_mse',
    });
    if (!summary.ok) throw new Error(summary.error.message);
    const s: GridSummary = summary.value;
    const report: GridBenchReport = {
      poolSize: computePool().size,
      fits: a.points.length * a.folds,
      seconds,
      matrixSends: value.value.matrixSends,
      bestParams: s.bestParams,
      bestCvMse: -s.bestScore,
      points: s.points.map((p) => ({ params: p.params, cvMse: -p.meanScore, rank: p.rank })),
      longTasks,
    };
    return report;
  },
};
