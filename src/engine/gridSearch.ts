/**
 * Grid search with k-fold cross-validation across the compute pool, as sklearn
 * `GridSearchCV(n_jobs=-1)`: every (grid point × fold) fit is a job on the next free pool worker,
 * the costliest first so the workers finish together. The training matrix goes to each worker once
 * (a worker keeps it by key and answers need-data when it lacks it, e.g. after a restart).
 * Aborting the signal terminates the pool workers running fits: Cancel stops at once.
 */
import type { EngagementPrepared, FitProgress, ForestOptions, Result } from '../../workers/api.ts';
import { defaultEngine, type Engine } from './engine.ts';
import { aborted } from './errors.ts';

/** One fit running on a pool worker. */
export interface RunningFit {
  readonly point: number;
  readonly fold: number;
  readonly params: ForestOptions;
  readonly treesDone: number;
  readonly nTrees: number;
}

export interface GridRunProgress {
  readonly fitsDone: number;
  readonly fitsTotal: number;
  /** One per busy worker, in the order they started. */
  readonly running: readonly RunningFit[];
  readonly elapsedSeconds: number;
  /** Estimated from the work done so far (trees weighted by their expected cost); null at first. */
  readonly etaSeconds: number | null;
  readonly workers: number;
}

export interface GridRunOptions {
  readonly prepared: Pick<
    EngagementPrepared,
    'key' | 'task' | 'train' | 'featureNames' | 'points' | 'scoring'
  > &
    Partial<Pick<EngagementPrepared, 'trainGroups'>>;
  readonly folds: number;
  readonly seed: number;
  /** Indices of the points to fit (default all); the others' scores stay NaN. */
  readonly candidates?: readonly number[];
  /** Successive halving: each fold thinned to this many training rows' worth (default all). */
  readonly rows?: number;
  readonly signal?: AbortSignal;
  /** At most every `progressEveryMs` (default 250: the pool saturates the cores, so the page draws sparingly), and whenever a fit ends. */
  readonly onProgress?: (p: GridRunProgress) => void;
  readonly progressEveryMs?: number;
}

export interface GridRunResult {
  /** points × folds, in the grid's order. */
  readonly foldScores: number[][];
  readonly fitSeconds: number[][];
  readonly workers: number;
  readonly seconds: number;
  /** How many times the training matrix was sent to a worker. */
  readonly matrixSends: number;
}

/**
 * Relative cost of one fit, to start the slow ones first: trees × features tried per split ×
 * depth (an unlimited tree on these data is about as deep as 2 × a depth-10 one).
 */
export function fitCost(params: ForestOptions, features: number): number {
  const trees = params.nEstimators ?? 100;
  const mf = params.maxFeatures ?? 'all';
  const tried =
    mf === 'all'
      ? features
      : mf === 'sqrt'
        ? Math.sqrt(features)
        : mf === 'log2'
          ? Math.log2(Math.max(2, features))
          : mf <= 1
            ? mf * features
            : Math.min(features, mf);
  const depth =
    params.maxDepth === null || params.maxDepth === undefined ? 20 : Math.min(params.maxDepth, 20);
  return trees * Math.max(1, tried) * depth;
}

export async function runGridSearch(
  options: GridRunOptions,
  engine: Engine = defaultEngine,
): Promise<Result<GridRunResult>> {
  const { prepared, folds, seed, signal } = options;
  if (signal?.aborted) return aborted();
  const started = performance.now();
  const points = prepared.points;
  const chosen = options.candidates ?? points.map((_, i) => i);
  // trees cost about rows × log(rows): a thinned round's fits are cheaper
  const share = options.rows === undefined ? 1 : options.rows / Math.max(1, prepared.train.rows);
  const jobs = chosen.flatMap((point) =>
    Array.from({ length: folds }, (_, fold) => ({
      point,
      fold,
      params: points[point]!,
      cost: fitCost(points[point]!, prepared.train.cols) * share,
    })),
  );
  jobs.sort((a, b) => b.cost - a.cost || a.point - b.point || a.fold - b.fold);
  const totalCost = jobs.reduce((s, j) => s + j.cost, 0);
  const workers = Math.max(1, Math.min(engine.poolSize(), jobs.length));
  const foldScores = points.map(() => new Array<number>(folds).fill(NaN));
  const fitSeconds = points.map(() => new Array<number>(folds).fill(NaN));
  const data = {
    key: prepared.key,
    task: prepared.task,
    train: prepared.train,
    featureNames: prepared.featureNames,
    // folds keep copies of a post together (null: plain KFold)
    groups: prepared.trainGroups ?? null,
  };
  // A failure in one lane stops the others (and terminates their workers).
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  let failure: Result<never> | null = null;
  let fitsDone = 0;
  let costDone = 0;
  let matrixSends = 0;
  const running = new Map<number, RunningFit & { cost: number }>();
  let lastReport = -Infinity;
  const every = options.progressEveryMs ?? 250;

  const report = (force: boolean) => {
    const now = performance.now();
    if (!options.onProgress || (!force && now - lastReport < every)) return;
    lastReport = now;
    const elapsed = (now - started) / 1000;
    let done = costDone;
    for (const r of running.values()) done += r.nTrees > 0 ? (r.cost * r.treesDone) / r.nTrees : 0;
    const share = done / totalCost;
    options.onProgress({
      fitsDone,
      fitsTotal: jobs.length,
      running: [...running.values()].map(({ cost: _cost, ...fit }) => fit),
      elapsedSeconds: elapsed,
      etaSeconds: share > 0.02 && elapsed > 0.5 ? (elapsed * (1 - share)) / share : null,
      workers,
    });
  };

  let next = 0;
  async function lane(id: number): Promise<void> {
    let sendData = true; // a lane's first fit most likely lands on a worker that has not seen the matrix
    while (!failure && !stop.signal.aborted) {
      const job = jobs[next++];
      if (!job) return;
      running.set(id, {
        point: job.point,
        fold: job.fold,
        params: job.params,
        treesDone: 0,
        nTrees: job.params.nEstimators ?? 100,
        cost: job.cost,
      });
      report(true);
      const onProgress = (p: FitProgress) => {
        const r = running.get(id);
        if (r) running.set(id, { ...r, treesDone: p.treesDone, nTrees: p.nTrees });
        report(false);
      };
      const request = {
        key: prepared.key,
        fold: job.fold,
        folds,
        params: job.params,
        seed,
        scoring: prepared.scoring,
        ...(options.rows === undefined ? {} : { rows: options.rows }),
      };
      let r = await engine.compute('engagementFold', sendData ? { ...request, data } : request, {
        signal: stop.signal,
        onProgress,
      });
      if (sendData) matrixSends++;
      if (r.ok && r.value.status === 'need-data') {
        matrixSends++;
        r = await engine.compute(
          'engagementFold',
          { ...request, data },
          { signal: stop.signal, onProgress },
        );
      }
      sendData = false;
      running.delete(id);
      if (!r.ok) {
        if (r.error.code !== 'ABORTED' || !stop.signal.aborted) failure ??= r;
        stop.abort();
        return;
      }
      if (r.value.status !== 'done') {
        failure ??= {
          ok: false,
          error: {
            code: 'INTERNAL',
            message: 'A pool worker lost the training data twice in a row.',
            hint: 'Run the grid search again.',
          },
        };
        stop.abort();
        return;
      }
      foldScores[job.point]![job.fold] = r.value.score;
      fitSeconds[job.point]![job.fold] = r.value.seconds;
      fitsDone++;
      costDone += job.cost;
      report(true);
    }
  }

  try {
    await Promise.all(Array.from({ length: workers }, (_, i) => lane(i)));
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  if (signal?.aborted) return aborted();
  if (failure) return failure;
  return {
    ok: true,
    value: {
      foldScores,
      fitSeconds,
      workers,
      seconds: (performance.now() - started) / 1000,
      matrixSends,
    },
  };
}
