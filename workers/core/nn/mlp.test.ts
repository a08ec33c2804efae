import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import { argmaxRows, predictMlp } from './predict.ts';
import { trainMlp } from './train.ts';
import type { DenseRows, MlpModel, SparseRows } from './types.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

function linearData(n: number, seed: number): { x: DenseRows; y: Float32Array } {
  const rng = createRng(seed);
  const data = new Float32Array(n * 2);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const a = rng.normal();
    const b = rng.normal();
    data[2 * i] = a;
    data[2 * i + 1] = b;
    y[i] = 2 * a - b + 0.05 * rng.normal();
  }
  return { x: { kind: 'dense', rows: n, cols: 2, data }, y };
}

describe('predictMlp', () => {
  it('computes a hand-checkable two-layer network', () => {
    // inputs (1, 2); hidden relu: [1*1 + 2*0 + 0, 1*(-1) + 2*1 + 0.5] = [1, 1.5]; output linear: 2*1 - 1*1.5 + 0.25 = 0.75
    const model: MlpModel = {
      task: 'regression',
      layers: [
        {
          inputs: 2,
          units: 2,
          activation: 'relu',
          kernel: new Float32Array([1, -1, 0, 1]),
          bias: new Float32Array([0, 0.5]),
        },
        {
          inputs: 2,
          units: 1,
          activation: 'linear',
          kernel: new Float32Array([2, -1]),
          bias: new Float32Array([0.25]),
        },
      ],
    };
    const dense: DenseRows = { kind: 'dense', rows: 1, cols: 2, data: new Float32Array([1, 2]) };
    expect(Array.from(predictMlp(model, dense))).toEqual([0.75]);
    const sparse: SparseRows = {
      kind: 'sparse',
      rows: 1,
      cols: 2,
      indptr: new Int32Array([0, 2]),
      indices: new Int32Array([0, 1]),
      values: new Float32Array([1, 2]),
    };
    expect(Array.from(predictMlp(model, sparse))).toEqual([0.75]);
  });

  it('turns logits into probabilities that sum to one', () => {
    const model: MlpModel = {
      task: 'classification',
      classes: ['a', 'b'],
      layers: [
        {
          inputs: 1,
          units: 2,
          activation: 'softmax',
          kernel: new Float32Array([1, -1]),
          bias: new Float32Array([0, 0]),
        },
      ],
    };
    const p = predictMlp(model, {
      kind: 'dense',
      rows: 1,
      cols: 1,
      data: new Float32Array([Math.log(3) / 2]),
    });
    // logits ±ln(3)/2 → softmax = [3/4, 1/4] (the input is rounded to float32, hence 6 digits)
    expect(p[0]).toBeCloseTo(0.75, 6);
    expect(p[1]).toBeCloseTo(0.25, 6);
    expect(Array.from(argmaxRows(p, 2))).toEqual([0]);
  });
});

describe('trainMlp', () => {
  it('learns a linear relation, and its plain-arithmetic predictions match tfjs', async () => {
    const train = linearData(400, 1);
    const val = linearData(100, 2);
    const r = await trainMlp(train, val, {
      task: 'regression',
      hidden: [8],
      epochs: 60,
      learningRate: 0.02,
      patience: 10,
      seed: 3,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const pred = predictMlp(r.value.model, val.x);
    let mse = 0;
    for (let i = 0; i < val.y.length; i++) mse += (pred[i]! - val.y[i]!) ** 2;
    mse /= val.y.length;
    // Var(y) = 5; a good fit leaves roughly the noise (0.0025) plus a little.
    expect(mse).toBeLessThan(0.05);
    expect(r.value.history.length).toBeGreaterThan(1);
    expect(r.value.bestEpoch).toBeGreaterThan(0);
  });

  it('separates two classes and reports accuracy per epoch', async () => {
    const rng = createRng(9);
    const n = 300;
    const data = new Float32Array(n * 2);
    const y = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const c = i % 2;
      data[2 * i] = (c ? 2 : -2) + rng.normal() * 0.5;
      data[2 * i + 1] = rng.normal();
      y[i] = c;
    }
    const x: DenseRows = { kind: 'dense', rows: n, cols: 2, data };
    const r = await trainMlp(
      { x, y },
      { x, y },
      {
        task: 'classification',
        classes: ['neg', 'pos'],
        hidden: [4],
        epochs: 20,
        learningRate: 0.05,
        seed: 1,
      },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const last = r.value.history[r.value.history.length - 1]!;
    expect(last.valAccuracy).toBeGreaterThan(0.95);
    const labels = argmaxRows(predictMlp(r.value.model, x), 2);
    let hits = 0;
    for (let i = 0; i < n; i++) if (labels[i] === y[i]) hits++;
    expect(hits / n).toBeGreaterThan(0.95);
  });

  it('is repeatable with the same seed', async () => {
    const d = linearData(120, 5);
    const opts = { task: 'regression' as const, hidden: [4], epochs: 3, seed: 11 };
    const a = await trainMlp(d, d, opts);
    const b = await trainMlp(d, d, opts);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok)
      expect(Array.from(a.value.model.layers[0]!.kernel)).toEqual(
        Array.from(b.value.model.layers[0]!.kernel),
      );
  });

  it('stops with ABORTED when cancelled', async () => {
    const d = linearData(200, 6);
    const ac = new AbortController();
    const r = await trainMlp(d, d, {
      task: 'regression',
      epochs: 100,
      seed: 1,
      signal: ac.signal,
      onBatch: (_e, b) => b === 2 && ac.abort(),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('ABORTED');
  });
});
