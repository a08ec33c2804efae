/**
 * The Engagement view's last run (settings, metrics, charts, network) and its settings, kept with
 * the dataset by the analysis worker (IndexedDB), so a reload shows them again without retraining.
 * The worker keeps them as given; what comes back is checked here, and anything this version cannot
 * read is dropped for the defaults.
 */
import type { EngagementRunRecord, MlpResult } from '../../../workers/api.ts';
import type { EngagementTrainingResult } from '../../engine/engagementTraining.ts';

/** Bumped when the kept shape changes in a way older records cannot follow. */
export const KEPT_RUN_VERSION = 1;

/** What the view keeps of a run: its settings (`S`, the view's), the result and the network. */
export interface KeptRunView<S> {
  readonly version: number;
  readonly settings: S;
  readonly result: EngagementTrainingResult;
  readonly mlp: MlpResult | null;
}

type Obj = { readonly [k: string]: unknown };
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A training result as `trainEngagementModel` returns it (the parts the view draws). */
export function isTrainingResult(v: unknown): v is EngagementTrainingResult {
  if (!isObj(v)) return false;
  const { prepared, refit, summary, curve, grid } = v;
  return (
    isObj(prepared) &&
    typeof prepared.key === 'string' &&
    isObj(prepared.train) &&
    prepared.train.X instanceof Float64Array &&
    isObj(prepared.test) &&
    isObj(refit) &&
    isObj(refit.report) &&
    Array.isArray(refit.importances) &&
    isObj(summary) &&
    Array.isArray(summary.points) &&
    isObj(curve) &&
    isObj(grid) &&
    typeof v.seconds === 'number' &&
    typeof v.folds === 'number'
  );
}

function isMlp(v: unknown): v is MlpResult {
  return isObj(v) && isObj(v.part) && Array.isArray(v.history);
}

/** The run record the worker keeps for this view's run. */
export function runRecord<S>(
  settings: S,
  result: EngagementTrainingResult,
  mlp: MlpResult | null,
): EngagementRunRecord {
  const view: KeptRunView<S> = { version: KEPT_RUN_VERSION, settings, result, mlp };
  return { key: result.prepared.key, savedAt: Date.now(), view };
}

/** The view of a kept run, or null when this version cannot read it. */
export function runView(record: EngagementRunRecord | null): {
  settings: unknown;
  result: EngagementTrainingResult;
  mlp: MlpResult | null;
  savedAt: number;
} | null {
  if (!record || !isObj(record.view)) return null;
  const { version, settings, result, mlp } = record.view;
  if (version !== KEPT_RUN_VERSION || !isTrainingResult(result)) return null;
  return { settings, result, mlp: isMlp(mlp) ? mlp : null, savedAt: record.savedAt };
}
