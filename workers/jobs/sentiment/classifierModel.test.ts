import { describe, expect, it } from 'vitest';
import type { SentimentClassifier } from '../../api/sentiment.ts';
import type { NetworkClassifierModel } from '../../core/bundle/sentimentClassifier.ts';
import { trainedLinearClassifier } from '../../core/bundle/linearClassifier.testutil.ts';
import { labelledPosts } from '../../core/classify/posts.testutil.ts';
import { resolveCleanOptions, createCleaner } from '../../core/preprocess/index.ts';
import {
  decodeFloats,
  encodeFloats,
  parseSentimentClassifier,
  predictLabels,
  predictOne,
  termsOf,
} from './classifierModel.ts';

/** One softmax layer over the vocabulary [bad, good]: "bad" votes negative, "good" positive, with weight 2. */
function tinyClassifier(): NetworkClassifierModel {
  return {
    kind: 'murmur.sentiment-classifier',
    version: 1,
    classes: ['negative', 'positive'],
    features: {
      clean: resolveCleanOptions({}),
      bigrams: false,
      tfidf: {
        kind: 'murmur.tfidf',
        version: 1,
        vocabulary: ['bad', 'good'],
        idf: [1, 1],
        pruning: {
          minDf: 1,
          maxDf: 1,
          maxFeatures: null,
          documents: 2,
          termsSeen: 2,
          termsKept: 2,
          droppedByMinDf: 0,
          droppedByMaxDf: 0,
          droppedByMaxFeatures: 0,
        },
      },
    },
    layers: [
      {
        inputs: 2,
        units: 2,
        activation: 'softmax',
        kernel: encodeFloats(Float32Array.from([2, -2, -2, 2])),
        bias: encodeFloats(new Float32Array(2)),
      },
    ],
    training: {
      trainedAt: 0,
      trainRows: 2,
      heldOutRows: 0,
      seed: 1,
      epochs: 1,
      bestEpoch: 1,
      heldOutAccuracy: 1,
      heldOutMacroF1: 1,
    },
  };
}

describe('the classifier model', () => {
  it('round-trips float32 weights through base64', () => {
    const w = Float32Array.from([0.5, -1.25, 3e-8, 1e30]);
    expect(Array.from(decodeFloats(encodeFloats(w))!)).toEqual(Array.from(w));
    expect(decodeFloats('not base64!')).toBeNull();
  });

  it('adds word pairs to the cleaned words', () => {
    // "at" and "all" are stopwords; "not" is a negation and stays.
    expect(termsOf(createCleaner(), true)('Not good at all!')).toEqual(['not', 'good', 'not good']);
    expect(termsOf(createCleaner(), false)('Not good at all!')).toEqual(['not', 'good']);
  });

  it('predicts by plain arithmetic on the saved weights', () => {
    const c = tinyClassifier();
    // "good" → unit vector on "good" → logits (-2, 2) → p(positive) = 1 / (1 + e^-4)
    const p = predictOne(c, 'Good!');
    expect(p.label).toBe('positive');
    expect(p.probabilities[1]).toBeCloseTo(1 / (1 + Math.exp(-4)), 12);
    // No known word: logits (0, 0) → a tie, 0.5 each
    expect(predictOne(c, 'عربي').probabilities).toEqual([0.5, 0.5]);
    expect(predictLabels(c, ['bad day', 'good day', ''])).toEqual([
      'negative',
      'positive',
      'negative',
    ]);
    // JSON round trip keeps it usable
    expect(predictOne(JSON.parse(JSON.stringify(c)) as SentimentClassifier, 'good').label).toBe(
      'positive',
    );
  });

  it('refuses values that are not a usable classifier', () => {
    expect(parseSentimentClassifier(tinyClassifier()).ok).toBe(true);
    const code = (v: unknown) => {
      const r = parseSentimentClassifier(v);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code(null)).toBe('BUNDLE_INVALID');
    expect(code({ ...tinyClassifier(), kind: 'other' })).toBe('BUNDLE_INVALID');
    expect(code({ ...tinyClassifier(), version: 2 })).toBe('BUNDLE_TOO_NEW');
    expect(code({ ...tinyClassifier(), classes: ['positive'] })).toBe('BUNDLE_INVALID');
    const layer = tinyClassifier().layers[0]!;
    expect(code({ ...tinyClassifier(), layers: [{ ...layer, inputs: 3 }] })).toBe('BUNDLE_INVALID');
    expect(code({ ...tinyClassifier(), classes: ['negative', 'neutral', 'positive'] })).toBe(
      'BUNDLE_INVALID',
    );
  });

  it('reads the word-pattern model and refuses it damaged', () => {
    const { texts, y } = labelledPosts(60, 2);
    const { json: linear } = trainedLinearClassifier(texts, y);
    expect(parseSentimentClassifier(JSON.parse(JSON.stringify(linear))).ok).toBe(true);
    expect(predictOne(linear, '@airline thanks for the smooth flight to Boston').label).toBe(
      'positive',
    );
    const r = parseSentimentClassifier({
      ...linear,
      linear: { ...linear.linear, weights: encodeFloats(new Float32Array(5)) },
    });
    expect(r.ok ? 'ok' : r.error.message).toMatch(
      /^This is not a Murmur sentiment classifier: linear\.weights: expected [\d,]+ entries/,
    );
    const twice = parseSentimentClassifier({
      ...linear,
      classes: ['negative', 'negative', 'positive'],
    });
    expect(twice.ok ? 'ok' : twice.error.code).toBe('BUNDLE_INVALID');
  });
});
