/**
 * The word-pattern sentiment classifier as plain JSON: hashed word and character n-gram TF-IDF
 * (classify/ngramCounts.ts, classify/tfidfSpace.ts: the n-gram settings, the kept hash buckets and
 * their idf) and a one-vs-rest linear model (classify/linearModel.ts: one weight row per class,
 * intercept last), numbers as base64 of little-endian uint32/float32. Its prediction is plain
 * arithmetic, so the live worker, batch scoring and the CLI need no tfjs.
 */
import type { LinearLoss } from '../classify/dualSolvers.ts';
import { decisionScores, type LinearFit } from '../classify/linearModel.ts';
import { ngramCounts, type NgramSpec } from '../classify/ngramCounts.ts';
import type { LinearSentiment } from '../classify/sentimentLinear.ts';
import { tfidfRows, type TfidfSpace } from '../classify/tfidfSpace.ts';
import { SENTIMENT_CLASSES } from '../sentiment/labelMapping.ts';
import type { SentimentLabel } from '../sentiment/types.ts';
import { base64ToFloat32, base64ToUint32, floatsToBase64, uintsToBase64 } from './typedBase64.ts';

export const LINEAR_CLASSIFIER_KIND = 'murmur.sentiment-linear';

/** Largest hash space a model may name (2^24 buckets per kind): keeps a corrupt file from allocating gigabytes. */
const MAX_BITS = 24;

/** A trained word-pattern (n-gram TF-IDF + linear) sentiment classifier, JSON-safe. */
export interface LinearClassifierModel {
  readonly kind: typeof LINEAR_CLASSIFIER_KIND;
  readonly version: 1;
  /** Output order of the weight rows. */
  readonly classes: readonly SentimentLabel[];
  readonly features: {
    readonly ngrams: NgramSpec;
    /** The kept hash buckets, increasing (base64 uint32): feature j is bucket j. Word buckets first. */
    readonly buckets: string;
    /** One idf per kept bucket (base64 float32). */
    readonly idf: string;
    /** Features [0, wordFeatures) are word n-grams, the rest character n-grams. */
    readonly wordFeatures: number;
  };
  readonly linear: {
    readonly loss: LinearLoss;
    readonly C: number;
    /** The constant feature the intercept multiplies. */
    readonly bias: number;
    /** classes × (features + 1), row-major, intercept last (base64 float32). */
    readonly weights: string;
  };
  readonly training: {
    readonly trainedAt: number;
    readonly trainRows: number;
    readonly heldOutRows: number;
    readonly seed: number;
    /** Folds of the cross-validation that chose the loss and C (0: too few rows, a default was used). */
    readonly folds: number;
    readonly heldOutAccuracy: number;
    readonly heldOutMacroF1: number;
  };
}

/** A word-pattern classifier decoded, ready to predict. */
export interface ReadyLinear {
  readonly spec: NgramSpec;
  readonly space: TfidfSpace;
  readonly fit: LinearFit;
}

/** The JSON of a trained model; `training` as the caller measured it. */
export function encodeLinearClassifier(
  model: LinearSentiment,
  training: LinearClassifierModel['training'],
): LinearClassifierModel {
  return {
    kind: LINEAR_CLASSIFIER_KIND,
    version: 1,
    classes: model.classes.map((c) => SENTIMENT_CLASSES[c]!),
    features: {
      ngrams: model.spec,
      buckets: uintsToBase64(model.space.buckets),
      idf: floatsToBase64(model.space.idf),
      wordFeatures: model.space.wordFeatures,
    },
    linear: {
      loss: model.fit.loss,
      C: model.fit.C,
      bias: model.fit.bias,
      weights: floatsToBase64(Float32Array.from(model.fit.weights)),
    },
    training,
  };
}

const isBits = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_BITS;
const isRange = (v: unknown): v is readonly [number, number] =>
  Array.isArray(v) &&
  v.length === 2 &&
  v.every((n) => Number.isInteger(n) && n >= 1 && n <= 10) &&
  v[0] <= v[1];

/**
 * Decodes and checks a word-pattern model: a reason (path: what is wrong) when its n-gram settings,
 * buckets, idf or weights are missing, out of range or of the wrong length.
 */
export function readyLinear(model: LinearClassifierModel): ReadyLinear | string {
  const n = model.features?.ngrams;
  if (!n || !isRange(n.words) || !isRange(n.chars) || !isBits(n.wordBits) || !isBits(n.charBits))
    return 'features.ngrams: word and character lengths 1–10 and hash bits 1–24 expected';
  const wordDim = 2 ** n.wordBits;
  const dim = wordDim + 2 ** n.charBits;
  const buckets =
    typeof model.features.buckets === 'string' ? base64ToUint32(model.features.buckets) : null;
  if (!buckets) return 'features.buckets: not base64 of uint32 numbers';
  for (let j = 0; j < buckets.length; j++)
    if (buckets[j]! >= dim || (j > 0 && buckets[j]! <= buckets[j - 1]!))
      return `features.buckets: must increase and stay below ${dim.toLocaleString('en-US')}`;
  const idf = typeof model.features.idf === 'string' ? base64ToFloat32(model.features.idf) : null;
  if (!idf) return 'features.idf: not base64 of float32 numbers';
  if (idf.length !== buckets.length)
    return `features.idf: expected ${buckets.length.toLocaleString('en-US')} entries (one per bucket), found ${idf.length.toLocaleString('en-US')}`;
  if (!idf.every((v) => Number.isFinite(v) && v > 0))
    return 'features.idf: weights must be positive finite numbers';
  let words = 0;
  while (words < buckets.length && buckets[words]! < wordDim) words++;
  if (model.features.wordFeatures !== words)
    return `features.wordFeatures: expected ${words} (the word buckets), found ${String(model.features.wordFeatures)}`;
  const l = model.linear;
  if (!l || (l.loss !== 'logistic' && l.loss !== 'squared-hinge'))
    return 'linear.loss: must be "logistic" or "squared-hinge"';
  if (!(typeof l.C === 'number' && l.C > 0 && Number.isFinite(l.C)))
    return 'linear.C: must be a positive number';
  if (!(typeof l.bias === 'number' && Number.isFinite(l.bias)))
    return 'linear.bias: must be a finite number';
  const weights = typeof l.weights === 'string' ? base64ToFloat32(l.weights) : null;
  if (!weights) return 'linear.weights: not base64 of float32 numbers';
  const expected = model.classes.length * (buckets.length + 1);
  if (weights.length !== expected)
    return `linear.weights: expected ${expected.toLocaleString('en-US')} entries (${model.classes.length} classes × ${(buckets.length + 1).toLocaleString('en-US')}), found ${weights.length.toLocaleString('en-US')}`;
  if (!weights.every(Number.isFinite)) return 'linear.weights: weights must be finite numbers';
  return {
    spec: { words: n.words, chars: n.chars, wordBits: n.wordBits, charBits: n.charBits },
    space: { buckets, idf, wordFeatures: words, dim },
    fit: {
      loss: l.loss,
      C: l.C,
      classes: model.classes.length,
      cols: buckets.length,
      bias: l.bias,
      weights: Float64Array.from(weights),
    },
  };
}

/**
 * Class probabilities of each text: rows × classes. Logistic loss: each class's sigmoid,
 * normalised (sklearn's one-vs-rest `predict_proba`); squared hinge: a softmax of the scores.
 */
export function linearProbabilities(ready: ReadyLinear, texts: readonly string[]): Float64Array {
  const counts = ngramCounts(
    texts.map((t) => (typeof t === 'string' ? t : '')),
    ready.spec,
  );
  const scores = decisionScores(ready.fit, tfidfRows(ready.space, counts));
  const k = ready.fit.classes;
  const out = new Float64Array(scores.length);
  for (let i = 0; i < counts.rows; i++) {
    let max = -Infinity;
    for (let c = 0; c < k; c++) max = Math.max(max, scores[i * k + c]!);
    let total = 0;
    for (let c = 0; c < k; c++) {
      const s = scores[i * k + c]!;
      const v = ready.fit.loss === 'logistic' ? 1 / (1 + Math.exp(-s)) : Math.exp(s - max);
      out[i * k + c] = v;
      total += v;
    }
    for (let c = 0; c < k; c++) out[i * k + c] = out[i * k + c]! / total;
  }
  return out;
}
