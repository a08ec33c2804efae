import { describe, expect, it } from 'vitest';
import { createRng, permutation } from '../random/rng.ts';
import {
  ACTIVE,
  AUDIT,
  confusionCorrected,
  correctedShares,
  UNLABELLED,
  type ShareInputs,
} from './ppiShares.ts';

const K = 3;

/**
 * A population of `n` posts with true shares `truth`, a classifier that is right with probability
 * `skill` and otherwise says "positive" (a biased model, as a lexicon on complaints), and a random
 * audit of `audit` posts.
 */
function population(
  n: number,
  truth: readonly number[],
  skill: number,
  audit: number,
  seed: number,
): { input: ShareInputs; y: Int8Array } {
  const rng = createRng(seed);
  const y = new Int8Array(n);
  const pred = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const u = rng.next();
    y[i] = u < truth[0]! ? 0 : u < truth[0]! + truth[1]! ? 1 : 2;
    pred[i] = rng.next() < skill ? y[i]! : 2;
  }
  const state = new Uint8Array(n);
  const known = new Int8Array(n).fill(-1);
  const auditPrediction = new Int8Array(n).fill(-1);
  const votes = new Float32Array(n * K);
  const order = permutation(n, rng);
  for (let k = 0; k < audit; k++) {
    const i = order[k]!;
    state[i] = AUDIT;
    known[i] = y[i]!;
    auditPrediction[i] = pred[i]!;
  }
  for (let i = 0; i < n; i++) if (state[i] === UNLABELLED) votes[i * K + pred[i]!] = 1;
  return { input: { classes: K, state, y: known, votes, auditPrediction }, y };
}

function trueShares(y: Int8Array, state: Uint8Array, only: number | null): number[] {
  const out = [0, 0, 0];
  let n = 0;
  for (let i = 0; i < y.length; i++) {
    if (only !== null && state[i] !== only) continue;
    out[y[i]!]!++;
    n++;
  }
  return out.map((v) => v / n);
}

describe('correctedShares', () => {
  it('lands near the true shares where the raw predictions are far off, and its 95% interval covers them about 95% of the time', () => {
    const truth = [0.6, 0.25, 0.15];
    let covered = 0;
    let cells = 0;
    let worstCorrected = 0;
    let worstRaw = 0;
    for (let rep = 0; rep < 100; rep++) {
      const { input, y } = population(3000, truth, 0.7, 100, rep + 1);
      const r = correctedShares(input);
      expect(r.corrected).toBe(true);
      const actual = trueShares(y, input.state, UNLABELLED);
      const raw = [0, 0, 0];
      for (let i = 0; i < y.length; i++)
        for (let c = 0; c < K; c++) raw[c]! += input.votes[i * K + c]! / (y.length - 100);
      for (let c = 0; c < K; c++) {
        const [lo, hi] = r.unlabelled.ci95![c]!;
        if (actual[c]! >= lo && actual[c]! <= hi) covered++;
        cells++;
        worstCorrected = Math.max(worstCorrected, Math.abs(r.unlabelled.shares[c]! - actual[c]!));
        worstRaw = Math.max(worstRaw, Math.abs(raw[c]! - actual[c]!));
      }
    }
    expect(covered / cells).toBeGreaterThan(0.9);
    expect(covered / cells).toBeLessThan(0.995);
    // the raw shares miss positive by ~0.26; the corrected ones by a sampling error
    expect(worstRaw).toBeGreaterThan(0.2);
    expect(worstCorrected).toBeLessThan(0.15);
  });

  it('gives shares that add up to one', () => {
    const { input } = population(2000, [0.5, 0.3, 0.2], 0.8, 60, 9);
    const r = correctedShares(input);
    expect(r.all.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(r.unlabelled.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(r.lambda).toBeGreaterThan(0.3);
  });

  it('leans on the audit alone when the predictions carry no information', () => {
    const { input, y } = population(2000, [0.5, 0.3, 0.2], 0, 200, 3);
    const r = correctedShares(input);
    // the model always says positive: no covariance with the truth, so λ = 0
    expect(r.lambda).toBe(0);
    const audit = trueShares(y, input.state, AUDIT);
    r.unlabelled.shares.forEach((s, c) => expect(s).toBeCloseTo(audit[c]!, 10));
  });

  it('counts the shares when every post is labelled', () => {
    const { input, y } = population(50, [0.5, 0.3, 0.2], 0.8, 50, 4);
    const r = correctedShares(input);
    const exact = trueShares(y, input.state, null);
    r.all.shares.forEach((s, c) => expect(s).toBeCloseTo(exact[c]!, 10));
    expect(r.all.ci95![0]![0]).toBeCloseTo(r.all.ci95![0]![1], 10);
  });

  it('says it could not correct with fewer than two audit posts, and adds actively chosen labels as they are', () => {
    const { input } = population(100, [0.5, 0.3, 0.2], 0.8, 1, 5);
    const state = input.state.slice();
    const y = input.y.slice();
    // ten actively chosen posts, all negative
    let added = 0;
    for (let i = 0; i < 100 && added < 10; i++)
      if (state[i] === UNLABELLED) {
        state[i] = ACTIVE;
        y[i] = 0;
        added++;
      }
    const r = correctedShares({ ...input, state, y });
    expect(r.corrected).toBe(false);
    expect(r.all.ci95).toBeNull();
    expect(r.active).toBe(10);
    expect(r.all.shares[0]).toBeGreaterThanOrEqual(0.1);
  });
});

describe('confusionCorrected', () => {
  it('recovers the true shares from a fair confusion matrix', () => {
    // true 0.6 / 0.3 / 0.1; the model calls a tenth of each class by the next class
    const confusion = [
      [90, 10, 0],
      [0, 90, 10],
      [10, 0, 90],
    ];
    const truth = [0.6, 0.3, 0.1];
    const predicted = [0, 1, 2].map((p) =>
      truth.reduce((s, t, k) => s + (t * confusion[k]![p]!) / 100, 0),
    );
    confusionCorrected(predicted, confusion).forEach((v, c) =>
      expect(v).toBeCloseTo(truth[c]!, 10),
    );
  });
});
