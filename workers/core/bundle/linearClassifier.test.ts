import { describe, expect, it } from 'vitest';
import { DEFAULT_NGRAMS, ngramCounts } from '../classify/ngramCounts.ts';
import { labelledPosts } from '../classify/posts.testutil.ts';
import { predictLinear, trainLinearSentiment } from '../classify/sentimentLinear.ts';
import {
  encodeLinearClassifier,
  linearProbabilities,
  readyLinear,
  type LinearClassifierModel,
} from './linearClassifier.ts';
import { floatsToBase64, uintsToBase64 } from './typedBase64.ts';

const TRAINING = {
  trainedAt: 0,
  trainRows: 150,
  heldOutRows: 50,
  seed: 3,
  folds: 5,
  heldOutAccuracy: 0.9,
  heldOutMacroF1: 0.9,
};

function trained(): { json: LinearClassifierModel; texts: string[]; agree: number } {
  const { texts, y } = labelledPosts(200, 4);
  const counts = ngramCounts(texts, DEFAULT_NGRAMS);
  const rows = Array.from({ length: 150 }, (_, i) => i);
  const m = trainLinearSentiment(
    counts,
    rows,
    rows.map((i) => y[i]!),
    { seed: 3 },
    DEFAULT_NGRAMS,
  );
  if (!m.ok) throw new Error(m.error.message);
  const json = JSON.parse(
    JSON.stringify(encodeLinearClassifier(m.value, TRAINING)),
  ) as LinearClassifierModel;
  const ready = readyLinear(json);
  if (typeof ready === 'string') throw new Error(ready);
  // the JSON's predictions of the 50 unseen posts against the in-memory model's
  const held = Array.from({ length: 50 }, (_, i) => 150 + i);
  const direct = predictLinear(m.value, counts, held).label;
  const p = linearProbabilities(
    ready,
    held.map((i) => texts[i]!),
  );
  let agree = 0;
  held.forEach((_, t) => {
    let best = 0;
    for (let c = 1; c < 3; c++) if (p[t * 3 + c]! > p[t * 3 + best]!) best = c;
    if (m.value.classes[best] === direct[t]) agree++;
  });
  return { json, texts, agree };
}

describe('the word-pattern classifier as JSON', () => {
  const { json, agree } = trained();

  it('predicts after a JSON round trip as the trained model does, with probabilities that sum to 1', () => {
    expect(json.classes).toEqual(['negative', 'neutral', 'positive']);
    expect(agree).toBe(50);
    const ready = readyLinear(json);
    if (typeof ready === 'string') throw new Error(ready);
    const p = linearProbabilities(ready, [
      '@airline still waiting for my bag in Denver',
      'thanks for the smooth flight to Miami',
      '',
    ]);
    for (let i = 0; i < 3; i++) expect(p[i * 3]! + p[i * 3 + 1]! + p[i * 3 + 2]!).toBeCloseTo(1, 9);
    expect(p[0]!).toBeGreaterThan(Math.max(p[1]!, p[2]!));
    expect(p[5]!).toBeGreaterThan(Math.max(p[3]!, p[4]!));
  });

  it('refuses corrupt settings, buckets, idf and weights with the path at fault', () => {
    const reason = (patch: (m: LinearClassifierModel) => unknown): string => {
      const r = readyLinear(patch(structuredClone(json)) as LinearClassifierModel);
      return typeof r === 'string' ? r : 'accepted';
    };
    expect(reason((m) => m)).toBe('accepted');
    expect(
      reason((m) => ({
        ...m,
        features: { ...m.features, ngrams: { ...m.features.ngrams, charBits: 40 } },
      })),
    ).toMatch(/^features\.ngrams: /);
    expect(
      reason((m) => ({
        ...m,
        features: { ...m.features, ngrams: { ...m.features.ngrams, words: [3, 1] } },
      })),
    ).toMatch(/^features\.ngrams: /);
    expect(reason((m) => ({ ...m, features: { ...m.features, buckets: '!!' } }))).toBe(
      'features.buckets: not base64 of uint32 numbers',
    );
    expect(
      reason((m) => ({
        ...m,
        features: { ...m.features, buckets: uintsToBase64(Uint32Array.of(5, 3)) },
      })),
    ).toMatch(/^features\.buckets: must increase/);
    expect(
      reason((m) => ({
        ...m,
        features: { ...m.features, idf: floatsToBase64(new Float32Array(3).fill(1)) },
      })),
    ).toMatch(/^features\.idf: expected [\d,]+ entries \(one per bucket\), found 3$/);
    expect(
      reason((m) => ({
        ...m,
        features: { ...m.features, wordFeatures: m.features.wordFeatures + 1 },
      })),
    ).toMatch(/^features\.wordFeatures: /);
    expect(reason((m) => ({ ...m, linear: { ...m.linear, loss: 'hinge' } }))).toBe(
      'linear.loss: must be "logistic" or "squared-hinge"',
    );
    expect(reason((m) => ({ ...m, linear: { ...m.linear, C: -1 } }))).toBe(
      'linear.C: must be a positive number',
    );
    expect(
      reason((m) => ({
        ...m,
        linear: { ...m.linear, weights: floatsToBase64(new Float32Array(7)) },
      })),
    ).toMatch(/^linear\.weights: expected [\d,]+ entries \(3 classes × [\d,]+\), found 7$/);
    expect(
      reason((m) => {
        const ready = readyLinear(m);
        if (typeof ready === 'string') throw new Error(ready);
        const w = Float32Array.from(ready.fit.weights);
        w[4] = Number.NaN;
        return { ...m, linear: { ...m.linear, weights: floatsToBase64(w) } };
      }),
    ).toBe('linear.weights: weights must be finite numbers');
  });
});
