/**
 * Trains a small dense network with @tensorflow/tfjs on whatever backend the caller selected
 * (wasm in the workers, cpu in Node). Our own loop instead of model.fit: batches are shuffled
 * with a seeded generator (fit uses Math.random), sparse rows are densified one batch at a time,
 * the AbortSignal is checked between batches, and the best epoch's weights are kept (early stopping).
 */
import * as tf from '@tensorflow/tfjs';
import { fail, ok, type Result } from '../errors/index.ts';
import { createRng, permutation } from '../random/rng.ts';
import type { Activation, DenseLayer, EpochStats, FeatureRows, MlpModel } from './types.ts';

export interface TrainMlpOptions {
  readonly task: 'regression' | 'classification';
  /** Class names for classification; `y` then holds class indices. */
  readonly classes?: readonly string[];
  /** Hidden layer sizes (ReLU). Default [64]. */
  readonly hidden?: readonly number[];
  /** Upper bound on epochs. Default 50. */
  readonly epochs?: number;
  /** Default 32. */
  readonly batchSize?: number;
  /** Adam learning rate. Default 0.001. */
  readonly learningRate?: number;
  /** Stop after this many epochs without a better validation loss. Default 5. */
  readonly patience?: number;
  /** L2 penalty on kernels. Default 0. */
  readonly l2?: number;
  readonly seed?: number;
  readonly signal?: AbortSignal;
  readonly onEpoch?: (stats: EpochStats) => void;
  /** Called after each batch (for a smooth progress bar). */
  readonly onBatch?: (epoch: number, batch: number, batches: number) => void;
}

export interface TrainedMlp {
  readonly model: MlpModel;
  readonly history: readonly EpochStats[];
  /** 1-based epoch whose weights were kept. */
  readonly bestEpoch: number;
  readonly stoppedEarly: boolean;
}

export interface LabelledRows {
  readonly x: FeatureRows;
  /** Regression targets, or class indices for classification. */
  readonly y: Float32Array;
}

/** Writes rows `order[from..to)` of x into a dense batch buffer. */
function fillBatch(
  x: FeatureRows,
  order: ArrayLike<number>,
  from: number,
  to: number,
  out: Float32Array,
): void {
  out.fill(0, 0, (to - from) * x.cols);
  for (let b = 0; b < to - from; b++) {
    const r = order[from + b]!;
    if (x.kind === 'dense') out.set(x.data.subarray(r * x.cols, (r + 1) * x.cols), b * x.cols);
    else
      for (let p = x.indptr[r]!; p < x.indptr[r + 1]!; p++)
        out[b * x.cols + x.indices[p]!] = x.values[p]!;
  }
}

function targetTensor(
  y: Float32Array,
  order: ArrayLike<number>,
  from: number,
  to: number,
  task: TrainMlpOptions['task'],
  classes: number,
): tf.Tensor {
  const n = to - from;
  if (task === 'regression') {
    const t = new Float32Array(n);
    for (let b = 0; b < n; b++) t[b] = y[order[from + b]!]!;
    return tf.tensor2d(t, [n, 1]);
  }
  const oneHot = new Float32Array(n * classes);
  for (let b = 0; b < n; b++) oneHot[b * classes + y[order[from + b]!]!] = 1;
  return tf.tensor2d(oneHot, [n, classes]);
}

/** Loss (and accuracy) of the current model on a labelled set, in batches. */
function evaluate(
  model: tf.LayersModel,
  data: LabelledRows,
  task: TrainMlpOptions['task'],
  classes: number,
  batchSize: number,
): { loss: number; accuracy?: number } {
  const n = data.x.rows;
  if (n === 0) return { loss: NaN };
  const order = Array.from({ length: n }, (_, i) => i);
  const buf = new Float32Array(batchSize * data.x.cols);
  let lossSum = 0;
  let correct = 0;
  for (let from = 0; from < n; from += batchSize) {
    const to = Math.min(n, from + batchSize);
    fillBatch(data.x, order, from, to, buf);
    tf.tidy(() => {
      const xb = tf.tensor2d(buf.subarray(0, (to - from) * data.x.cols), [to - from, data.x.cols]);
      const yb = targetTensor(data.y, order, from, to, task, classes);
      const pred = model.predict(xb) as tf.Tensor;
      // Categorical cross-entropy written out, on clipped probabilities as Keras computes it.
      const loss =
        task === 'regression'
          ? tf.losses.meanSquaredError(yb, pred)
          : tf.neg(tf.sum(tf.mul(yb, tf.log(tf.clipByValue(pred, 1e-7, 1 - 1e-7))), 1)).mean();
      lossSum += (loss.dataSync()[0] ?? 0) * (to - from);
      if (task === 'classification') {
        const hit = tf.equal(tf.argMax(pred, 1), tf.argMax(yb, 1)).sum().dataSync()[0] ?? 0;
        correct += hit;
      }
    });
  }
  return task === 'classification'
    ? { loss: lossSum / n, accuracy: correct / n }
    : { loss: lossSum / n };
}

function snapshot(model: tf.LayersModel): Float32Array[] {
  return model.getWeights().map((w) => w.dataSync().slice() as Float32Array);
}

function toMlp(
  model: tf.LayersModel,
  weights: Float32Array[],
  acts: Activation[],
  task: TrainMlpOptions['task'],
  classes?: readonly string[],
): MlpModel {
  const layers: DenseLayer[] = [];
  const dense = model.layers;
  for (let l = 0; l < dense.length; l++) {
    const kernelShape = dense[l]!.getWeights()[0]!.shape;
    layers.push({
      inputs: kernelShape[0]!,
      units: kernelShape[1]!,
      activation: acts[l]!,
      kernel: weights[2 * l]!,
      bias: weights[2 * l + 1]!,
    });
  }
  return classes ? { task, layers, classes: [...classes] } : { task, layers };
}

/**
 * Trains on `train`, watching `validation` for early stopping. Resolves with the best epoch's
 * network as plain typed arrays, or ABORTED if the signal fires (checked between batches).
 */
export async function trainMlp(
  train: LabelledRows,
  validation: LabelledRows,
  options: TrainMlpOptions,
): Promise<Result<TrainedMlp>> {
  const {
    task,
    hidden = [64],
    epochs = 50,
    batchSize = 32,
    learningRate = 1e-3,
    patience = 5,
    l2 = 0,
    seed = 42,
    signal,
  } = options;
  const classes = task === 'classification' ? (options.classes?.length ?? 0) : 1;
  if (task === 'classification' && classes < 2)
    return fail(
      'TOO_FEW_LABELS',
      'A classifier needs at least two classes.',
      'Map the labels to at least two of positive, neutral and negative.',
    );
  if (train.x.rows === 0) return fail('TOO_FEW_ROWS', 'There are no rows to train on.');
  const cols = train.x.cols;
  const acts: Activation[] = [
    ...hidden.map((): Activation => 'relu'),
    task === 'regression' ? 'linear' : 'softmax',
  ];
  const model = tf.sequential();
  [...hidden, classes].forEach((units, l) => {
    model.add(
      tf.layers.dense({
        units,
        activation: acts[l]!,
        kernelInitializer: tf.initializers.glorotUniform({ seed: seed + l }),
        biasInitializer: 'zeros',
        ...(l2 > 0 ? { kernelRegularizer: tf.regularizers.l2({ l2 }) } : {}),
        ...(l === 0 ? { inputShape: [cols] } : {}),
      }),
    );
  });
  model.compile({
    optimizer: tf.train.adam(learningRate),
    loss: task === 'regression' ? 'meanSquaredError' : 'categoricalCrossentropy',
    metrics: task === 'classification' ? ['accuracy'] : [],
  });

  const rng = createRng(seed);
  const history: EpochStats[] = [];
  let best = { loss: Infinity, epoch: 0, weights: snapshot(model) };
  let stoppedEarly = false;
  const buf = new Float32Array(batchSize * cols);
  const batches = Math.ceil(train.x.rows / batchSize);
  try {
    for (let epoch = 1; epoch <= epochs; epoch++) {
      const order = permutation(train.x.rows, rng);
      let lossSum = 0;
      let accSum = 0;
      for (let b = 0; b < batches; b++) {
        if (signal?.aborted) return fail('ABORTED', 'Training was cancelled.');
        const from = b * batchSize;
        const to = Math.min(train.x.rows, from + batchSize);
        fillBatch(train.x, order, from, to, buf);
        const xb = tf.tensor2d(buf.slice(0, (to - from) * cols), [to - from, cols]);
        const yb = targetTensor(train.y, order, from, to, task, classes);
        const out = await model.trainOnBatch(xb, yb);
        xb.dispose();
        yb.dispose();
        const vals = Array.isArray(out) ? out : [out];
        lossSum += (vals[0] ?? 0) * (to - from);
        accSum += (vals[1] ?? 0) * (to - from);
        options.onBatch?.(epoch, b + 1, batches);
      }
      const val = evaluate(model, validation, task, classes, 256);
      const stats: EpochStats =
        task === 'classification'
          ? {
              epoch,
              loss: lossSum / train.x.rows,
              valLoss: val.loss,
              accuracy: accSum / train.x.rows,
              valAccuracy: val.accuracy ?? NaN,
            }
          : { epoch, loss: lossSum / train.x.rows, valLoss: val.loss };
      history.push(stats);
      options.onEpoch?.(stats);
      const monitored = Number.isFinite(val.loss) ? val.loss : stats.loss;
      if (monitored < best.loss - 1e-6) best = { loss: monitored, epoch, weights: snapshot(model) };
      else if (epoch - best.epoch >= patience) {
        stoppedEarly = true;
        break;
      }
    }
    return ok({
      model: toMlp(model, best.weights, acts, task, options.classes),
      history,
      bestEpoch: best.epoch,
      stoppedEarly,
    });
  } finally {
    model.dispose();
  }
}
