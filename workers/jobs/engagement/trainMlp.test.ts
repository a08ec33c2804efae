import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MatrixPart } from '../../api/engagement.ts';
import { createRng } from '../../core/random/rng.ts';
import { trainEngagementMlp } from './trainMlp.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

/** y = 3·x0 − 2·x1 + noise, with x1 on a scale 1000× larger (the z-scoring must cope). */
function part(n: number, seed: number): MatrixPart {
  const rng = createRng(seed);
  const X = new Float64Array(n * 2);
  const y = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    X[r] = rng.next();
    X[n + r] = rng.next() * 1000;
    y[r] = 3 * X[r]! - (2 * X[n + r]!) / 1000 + rng.normal() * 0.05;
  }
  return { rows: n, cols: 2, X, y, raw: y };
}

describe('the engagement MLP', () => {
  it('learns a linear signal far better than the mean, with a loss per epoch', async () => {
    const epochs: number[] = [];
    const r = await trainEngagementMlp(
      {
        key: 'k',
        task: 'regression',
        log1p: false,
        train: part(400, 1),
        test: part(100, 2),
        seed: 3,
        options: { epochs: 25, hidden: [16], learningRate: 0.01, batchSize: 32 },
      },
      (p) => {
        if (p.history.length > 0) epochs.push(p.history.at(-1)!.epoch);
      },
    );
    if (!r.ok) throw new Error(r.error.message);
    const m = r.value.part.metrics;
    if (m.kind !== 'regression') throw new Error('regression expected');
    expect(m.fitted.model.r2).toBeGreaterThan(0.8);
    expect(m.fitted.model.mse).toBeLessThan(m.fitted.baseline.mse / 4);
    expect(r.value.history.length).toBeGreaterThan(3);
    expect(epochs.at(-1)).toBe(r.value.history.length);
    expect(r.value.part.featureStd[1]).toBeGreaterThan(200); // x1's std, about 1000/√12
    expect(r.value.part.layers.map((l) => [l.inputs, l.units])).toEqual([
      [2, 16],
      [16, 1],
    ]);
  });

  it('refuses a training set of fewer than 10 posts', async () => {
    const r = await trainEngagementMlp({
      key: 'k',
      task: 'regression',
      log1p: false,
      train: part(5, 1),
      test: part(5, 2),
      seed: 0,
      options: {},
    });
    expect(r.ok ? 'ok' : r.error.code).toBe('TOO_FEW_ROWS');
  });
});
