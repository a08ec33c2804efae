import { fail, ok, type Result } from '../errors/index.ts';
import { meanAndStd } from '../metrics/summary.ts';
import { createRng, deriveSeed } from '../random/rng.ts';
import type { ForestModel } from './forest.ts';
import type { Matrix } from './matrix.ts';
import { defaultScoring, scoreModel, type Scoring } from './scoring.ts';
import type { ForestTarget } from './target.ts';

/** Score lost when each feature's values are shuffled, as sklearn `permutation_importance`. */
export interface PermutationImportance {
  readonly scoring: Scoring;
  /** Score on the unshuffled rows. */
  readonly baselineScore: number;
  /** Per feature: mean and population std over repeats of (baseline − shuffled score). */
  readonly mean: Float64Array;
  readonly std: Float64Array;
  /** Per feature, the drop of each repeat. */
  readonly importances: readonly Float64Array[];
}

export interface PermutationImportanceOptions {
  /** Shuffles per feature, ≥ 1. Default 5 (sklearn's). */
  readonly nRepeats?: number;
  /** Feature f's shuffles use deriveSeed(seed, f). Default 0. */
  readonly seed?: number;
  /** Default neg_mse (so importance = MSE increase) or accuracy (accuracy drop). */
  readonly scoring?: Scoring;
}

/**
 * Permutation importance of every feature on a given set (ideally held-out rows): each feature's
 * column is shuffled nRepeats times and the score drop recorded. Works for any model kind.
 */
export function permutationImportance(
  model: ForestModel,
  X: Matrix,
  target: ForestTarget,
  options: PermutationImportanceOptions = {},
): Result<PermutationImportance> {
  const nRepeats = options.nRepeats ?? 5;
  if (!Number.isInteger(nRepeats) || nRepeats < 1)
    return fail(
      'INVALID_OPTIONS',
      `nRepeats must be an integer ≥ 1; got ${nRepeats}.`,
      'Use 5 repeats.',
    );
  const scoring = options.scoring ?? defaultScoring(model.kind);
  const baseline = scoreModel(model, X, target, scoring);
  if (!baseline.ok) return baseline;
  const data = Float64Array.from(X.data);
  const work: Matrix = { rows: X.rows, cols: X.cols, data };
  const mean = new Float64Array(X.cols);
  const std = new Float64Array(X.cols);
  const importances: Float64Array[] = [];
  for (let f = 0; f < X.cols; f++) {
    const rng = createRng(deriveSeed(options.seed ?? 0, f));
    const col = data.subarray(f * X.rows, (f + 1) * X.rows);
    const original = col.slice();
    const drops = new Float64Array(nRepeats);
    for (let r = 0; r < nRepeats; r++) {
      for (let i = col.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        const t = col[i]!;
        col[i] = col[j]!;
        col[j] = t;
      }
      const score = scoreModel(model, work, target, scoring);
      if (!score.ok) return score;
      drops[r] = baseline.value - score.value;
    }
    col.set(original);
    const s = meanAndStd(drops);
    mean[f] = s.mean;
    std[f] = s.std;
    importances.push(drops);
  }
  return ok({ scoring, baselineScore: baseline.value, mean, std, importances });
}

/** The model's impurity-based importances (sklearn `feature_importances_`) with names, largest first. */
export function rankedImportances(
  model: ForestModel,
): { readonly name: string; readonly importance: number }[] {
  return [...model.featureImportances]
    .map((importance, f) => ({ name: model.featureNames[f] ?? `feature ${f}`, importance }))
    .sort((a, b) => b.importance - a.importance);
}
