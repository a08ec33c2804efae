import { fail, ok, type Result } from '../errors/index.ts';
import { accuracy } from '../metrics/classification.ts';
import { mse, r2 } from '../metrics/regression.ts';
import type { ForestModel } from './forest.ts';
import type { Matrix } from './matrix.ts';
import type { ForestKind } from './params.ts';
import { predict, predictLabels } from './predict.ts';
import type { ForestTarget } from './target.ts';

/** How a fit is scored, higher is better, as sklearn's scorer names: 'neg_mse' = −MSE ('neg_mean_squared_error'). */
export type Scoring = 'neg_mse' | 'r2' | 'accuracy';

/** neg_mse for regression (as the reference grid search), accuracy for classification. */
export function defaultScoring(kind: ForestKind): Scoring {
  return kind === 'regression' ? 'neg_mse' : 'accuracy';
}

/** The model's score on rows X with the true target; INVALID_OPTIONS when the scoring does not fit the model kind. */
export function scoreModel(
  model: ForestModel,
  X: Matrix,
  target: ForestTarget,
  scoring: Scoring,
): Result<number> {
  if (target.kind === 'regression' && scoring !== 'accuracy') {
    const pred = predict(model, X);
    if (!pred.ok) return pred;
    return ok(scoring === 'neg_mse' ? -mse(target.y, pred.value) : r2(target.y, pred.value));
  }
  if (target.kind === 'classification' && scoring === 'accuracy') {
    const pred = predictLabels(model, X);
    return pred.ok ? ok(accuracy(target.labels, pred.value)) : pred;
  }
  return fail(
    'INVALID_OPTIONS',
    `Scoring "${scoring}" does not apply to ${target.kind}.`,
    target.kind === 'regression' ? "Use 'neg_mse' or 'r2'." : "Use 'accuracy'.",
  );
}
