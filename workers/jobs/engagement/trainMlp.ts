/**
 * The second engagement model: a small MLP (tfjs) on the forest's features, z-scored with
 * statistics of the training posts (as sklearn `StandardScaler` fitted on the training split),
 * the regression target z-scored too. Early stopping watches a seeded 15 % of the training posts,
 * so the test posts stay unseen until both models are scored on them. Loads tfjs: import lazily.
 */
import type { MatrixPart, MlpProgress, MlpRequest, MlpResult } from '../../api/engagement.ts';
import { serializeLayers } from '../../core/bundle/bundle.ts';
import { fail, ok, type Result } from '../../core/errors/index.ts';
import {
  classificationReport,
  predictionPoints,
  regressionReport,
} from '../../core/features/evaluation.ts';
import { predictMlp, trainMlp, type DenseRows, type EpochStats } from '../../core/nn/index.ts';
import { fitScaler } from '../../core/preprocess/scaling.ts';
import { createRng, permutation } from '../../core/random/rng.ts';
import { throttle } from '../shared/progress.ts';
import { CHART_POINTS } from './limits.ts';

const VALIDATION_SHARE = 0.15;
const DEFAULTS = {
  hidden: [64, 32],
  epochs: 60,
  learningRate: 1e-3,
  batchSize: 64,
  patience: 8,
} as const;

/** z-score statistics per column of a column-major matrix (std 1 for a constant column, as StandardScaler). */
function columnStats(part: MatrixPart): { mean: number[]; std: number[] } {
  const mean: number[] = [];
  const std: number[] = [];
  for (let c = 0; c < part.cols; c++) {
    const s = fitScaler('zscore', part.X.subarray(c * part.rows, (c + 1) * part.rows));
    mean.push(s.method === 'zscore' ? s.mean : 0);
    std.push(s.method === 'zscore' ? s.std : 1);
  }
  return { mean, std };
}

/** Rows `index` (all when omitted) as z-scored dense row-major float32, as the network reads them. */
function denseRows(
  part: MatrixPart,
  stats: { mean: number[]; std: number[] },
  index?: ArrayLike<number>,
): DenseRows {
  const n = index ? index.length : part.rows;
  const data = new Float32Array(n * part.cols);
  for (let i = 0; i < n; i++) {
    const r = index ? index[i]! : i;
    for (let c = 0; c < part.cols; c++)
      data[i * part.cols + c] = (part.X[c * part.rows + r]! - stats.mean[c]!) / stats.std[c]!;
  }
  return { kind: 'dense', rows: n, cols: part.cols, data };
}

/** Trains and scores the network; ABORTED is reported by terminating the worker (the engine's cancel). */
export async function trainEngagementMlp(
  request: MlpRequest,
  onProgress?: (p: MlpProgress) => void,
): Promise<Result<Omit<MlpResult, 'backend'>>> {
  const { train, test, task, log1p, seed } = request;
  const o = { ...DEFAULTS, ...request.options };
  if (train.rows < 10)
    return fail(
      'TOO_FEW_ROWS',
      `A network needs at least 10 training posts; there are ${train.rows}.`,
      'Use a larger dataset.',
    );
  if (!o.hidden.every((h) => Number.isInteger(h) && h >= 1 && h <= 1024))
    return fail(
      'INVALID_OPTIONS',
      'Hidden layer sizes must be whole numbers from 1 to 1024.',
      'Use for example 64, 32.',
    );
  const t0 = performance.now();
  const stats = columnStats(train);
  const order = permutation(train.rows, createRng(seed));
  const nVal = Math.max(1, Math.round(train.rows * VALIDATION_SHARE));
  const valIdx = order.subarray(0, nVal);
  const fitIdx = order.subarray(nVal);
  const targetStats = task === 'regression' ? fitScaler('zscore', train.y) : null;
  const ty = (y: Float64Array, index: ArrayLike<number>): Float32Array =>
    Float32Array.from({ length: index.length }, (_, i) =>
      targetStats?.method === 'zscore'
        ? (y[index[i]!]! - targetStats.mean) / targetStats.std
        : y[index[i]!]!,
    );
  const report = throttle<MlpProgress>(onProgress, 100);
  let history: EpochStats[] = [];
  const trained = await trainMlp(
    { x: denseRows(train, stats, fitIdx), y: ty(train.y, fitIdx) },
    { x: denseRows(train, stats, valIdx), y: ty(train.y, valIdx) },
    {
      task,
      ...(task === 'classification' ? { classes: ['0', '1'] } : {}),
      hidden: o.hidden,
      epochs: o.epochs,
      batchSize: o.batchSize,
      learningRate: o.learningRate,
      patience: o.patience,
      seed,
      onBatch: (epoch, batch, batches) =>
        report({
          phase: 'Training the network',
          done: epoch - 1 + batch / batches,
          total: o.epochs,
          unit: 'epochs',
          history,
        }),
      onEpoch: (s) => {
        history = [...history, s];
        report(
          {
            phase: 'Training the network',
            done: s.epoch,
            total: o.epochs,
            unit: 'epochs',
            message: `epoch ${s.epoch}: loss ${s.loss.toFixed(4)}, validation ${s.valLoss.toFixed(4)}`,
            history,
          },
          true,
        );
      },
    },
  );
  if (!trained.ok) return trained;
  const out = predictMlp(trained.value.model, denseRows(test, stats));
  const tMean = targetStats?.method === 'zscore' ? targetStats.mean : 0;
  const tStd = targetStats?.method === 'zscore' ? targetStats.std : 1;
  let metrics: MlpResult['part']['metrics'];
  let predicted: Float64Array;
  if (task === 'regression') {
    predicted = out.map((v) => v * tStd + tMean);
    metrics = regressionReport(train.y, test.y, predicted, log1p, train.raw, test.raw);
  } else {
    predicted = Float64Array.from({ length: test.rows }, (_, r) => out[r * 2 + 1]!);
    const r = classificationReport(train.y, test.y, predicted);
    if (!r.ok) return r;
    metrics = r.value;
  }
  return ok({
    part: {
      task,
      layers: serializeLayers(trained.value.model),
      featureMean: stats.mean,
      featureStd: stats.std,
      targetMean: tMean,
      targetStd: tStd,
      bestEpoch: trained.value.bestEpoch,
      metrics,
    },
    history: trained.value.history,
    stoppedEarly: trained.value.stoppedEarly,
    seconds: (performance.now() - t0) / 1000,
    points: predictionPoints(test.y, predicted, predicted, predicted, CHART_POINTS, seed),
  });
}
