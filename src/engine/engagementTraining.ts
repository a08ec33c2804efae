/**
 * Trains the engagement model end to end: the analysis worker builds the matrices, the pool runs
 * the grid search's fits (src/engine/gridSearch.ts), then two pool workers at once refit the best
 * point (with its test metrics, spread and importances) and draw the learning curve; the analysis
 * worker keeps the model bundle and the live worker gets it for the draft box. The neural network
 * trains afterwards on the same matrices, on request.
 */
import type {
  EngagementDataRequest,
  EngagementModelInfo,
  EngagementPrepared,
  GridSummary,
  JobProgress,
  LearningCurveResult,
  MlpOptions,
  MlpProgress,
  MlpResult,
  RefitResult,
  Result,
} from '../../workers/api.ts';
import { defaultEngine, type Engine } from './engine.ts';
import { aborted } from './errors.ts';
import { runGridSearch, type GridRunProgress, type GridRunResult } from './gridSearch.ts';
import { runHalvingSearch, type HalvingRunProgress } from './halvingSearch.ts';
import { recordSearch, searchUnits } from './searchCost.ts';

/**
 * How the grid is searched: 'halving' (default: every point on a few posts, the best third on three
 * times as many, …) or 'full' (every point on every fold, as GridSearchCV).
 */
export type SearchKind = 'halving' | 'full';

export type EngagementTrainingProgress =
  | { readonly stage: 'prepare'; readonly progress: JobProgress | null }
  | {
      readonly stage: 'grid';
      readonly progress: GridRunProgress | HalvingRunProgress;
    }
  | {
      readonly stage: 'finish';
      readonly refit: JobProgress | null;
      readonly curve: JobProgress | null;
    };

export interface EngagementTrainingResult {
  /** The matrices stay with the page for the neural network. */
  readonly prepared: EngagementPrepared;
  readonly folds: number;
  /** How the grid was searched (absent in results from before successive halving: 'full'). */
  readonly search?: SearchKind;
  readonly grid: GridRunResult;
  readonly summary: GridSummary;
  readonly refit: Omit<RefitResult, 'nodeMeans'>;
  readonly curve: LearningCurveResult;
  readonly live: EngagementModelInfo | null;
  readonly seconds: number;
}

export interface TrainingCallOptions<P> {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: P) => void;
  /** Default 'halving'. */
  readonly search?: SearchKind;
}

export async function trainEngagementModel(
  request: EngagementDataRequest,
  options: TrainingCallOptions<EngagementTrainingProgress> = {},
  engine: Engine = defaultEngine,
): Promise<Result<EngagementTrainingResult>> {
  const { signal, onProgress } = options;
  const started = performance.now();
  onProgress?.({ stage: 'prepare', progress: null });
  const prepared = await engine.analysis('engagementPrepare', request, {
    ...(signal ? { signal } : {}),
    onProgress: (progress) => onProgress?.({ stage: 'prepare', progress }),
  });
  if (!prepared.ok) return prepared;
  const p = prepared.value;
  const search = options.search ?? 'halving';
  const run = {
    prepared: p,
    folds: request.folds,
    seed: request.seed,
    ...(signal ? { signal } : {}),
    onProgress: (progress: GridRunProgress) => onProgress?.({ stage: 'grid', progress }),
  };
  let grid: Result<GridRunResult>;
  let summary: Result<GridSummary>;
  if (search === 'halving') {
    const halving = await runHalvingSearch(run, engine);
    if (!halving.ok) return halving;
    grid = halving;
    summary = { ok: true, value: halving.value.summary };
  } else {
    grid = await runGridSearch(run, engine);
    if (!grid.ok) return grid;
    summary = await engine.analysis('engagementGridSummary', {
      points: p.points,
      foldScores: grid.value.foldScores,
      fitSeconds: grid.value.fitSeconds,
      scoring: p.scoring,
    });
    if (!summary.ok) return summary;
  }
  if (signal?.aborted) return aborted();

  recordSearch(
    searchUnits(p.points, p.train.rows, request.folds, p.train.cols, search),
    grid.value.workers,
    grid.value.seconds,
  );

  const data = {
    key: p.key,
    task: p.task,
    train: p.train,
    featureNames: p.featureNames,
    groups: p.trainGroups,
  };
  let refitProgress: JobProgress | null = null;
  let curveProgress: JobProgress | null = null;
  const finish = () =>
    onProgress?.({ stage: 'finish', refit: refitProgress, curve: curveProgress });
  finish();
  const [refit, curve] = await Promise.all([
    engine.compute(
      'engagementRefit',
      {
        data,
        test: p.test,
        params: summary.value.bestParams,
        seed: request.seed,
        log1p: p.target.log1p,
        permutationRepeats: 5,
      },
      { ...(signal ? { signal } : {}), onProgress: (x) => ((refitProgress = x), finish()) },
    ),
    engine.compute(
      'engagementLearningCurve',
      {
        data,
        params: summary.value.bestParams,
        folds: request.folds,
        seed: request.seed,
        scoring: p.scoring,
      },
      { ...(signal ? { signal } : {}), onProgress: (x) => ((curveProgress = x), finish()) },
    ),
  ]);
  if (signal?.aborted) return aborted();
  if (!refit.ok) return refit;
  if (!curve.ok) return curve;
  const { nodeMeans, ...shown } = refit.value;
  const bundle = await engine.analysis('engagementKeep', {
    key: p.key,
    summary: summary.value,
    folds: request.folds,
    refit: { forest: shown.forest, nodeMeans, report: shown.report },
  });
  if (!bundle.ok) return bundle;
  const live = await engine.live('setEngagementModel', { bundle: bundle.value });
  if (!live.ok) return live;
  return {
    ok: true,
    value: {
      prepared: p,
      folds: request.folds,
      search,
      grid: grid.value,
      summary: summary.value,
      refit: shown,
      curve: curve.value,
      live: live.value,
      seconds: (performance.now() - started) / 1000,
    },
  };
}

/** Trains the MLP on the forest's matrices and adds it to the kept bundle. */
export async function trainEngagementNetwork(
  prepared: EngagementPrepared,
  seed: number,
  mlp: MlpOptions,
  options: TrainingCallOptions<MlpProgress> = {},
  engine: Engine = defaultEngine,
): Promise<Result<MlpResult>> {
  const trained = await engine.compute(
    'engagementTrainMlp',
    {
      key: prepared.key,
      task: prepared.task,
      log1p: prepared.target.log1p,
      train: prepared.train,
      test: prepared.test,
      seed,
      options: mlp,
    },
    {
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
  );
  if (!trained.ok) return trained;
  const kept = await engine.analysis('engagementKeepMlp', {
    key: prepared.key,
    part: trained.value.part,
  });
  return kept.ok ? trained : kept;
}

/**
 * The live worker's model, handing it the one kept with the active dataset when it has none
 * (e.g. the live worker restarted). Null: no model trained yet.
 */
export async function liveEngagementModel(
  engine: Engine = defaultEngine,
): Promise<Result<EngagementModelInfo | null>> {
  const info = await engine.live('engagementModelInfo', {});
  if (!info.ok || info.value) return info;
  const kept = await engine.analysis('engagementBundle', {});
  if (!kept.ok) return kept.error.code === 'NO_DATASET' ? { ok: true, value: null } : kept;
  return kept.value
    ? engine.live('setEngagementModel', { bundle: kept.value })
    : { ok: true, value: null };
}
