/**
 * The trained sentiment classifier as plain JSON (TF-IDF vocabulary and idf, network weights as
 * base64 float32) and its prediction with plain arithmetic, so the live worker and the CLI need
 * no tfjs. Importing this module never loads tfjs. The terms and the forward pass are the model
 * bundle's (core/bundle/sentimentClassifier.ts), so the live box and batch scoring agree.
 */
import type {
  ClassifierPrediction,
  SentimentClassifier,
  SentimentClassifierLayer,
} from '../../api/sentiment.ts';
import { fail, ok, type Result } from '../../core/errors/index.ts';
import { base64ToBytes, bytesToBase64 } from '../../core/forest/base64.ts';
import {
  CLASSIFIER_KIND,
  classifierProbabilities,
  classifierTerms,
  readyClassifier,
  type NetworkClassifierModel,
  type ReadyClassifier,
} from '../../core/bundle/sentimentClassifier.ts';
import {
  LINEAR_CLASSIFIER_KIND,
  readyLinear,
  type LinearClassifierModel,
} from '../../core/bundle/linearClassifier.ts';
import {
  LANGUAGE_CLASSIFIER_KIND,
  readyLanguageClassifier,
  type LanguageClassifierModel,
} from '../../core/bundle/languageClassifier.ts';
import { argmaxRows } from '../../core/nn/predict.ts';
import type { DenseLayer } from '../../core/nn/types.ts';
import { SENTIMENT_CLASSES } from '../../core/sentiment/labelMapping.ts';
import { parseTfidfModel } from '../../core/text/index.ts';

export { CLASSIFIER_KIND };

/** Cleaned tokens of a text, and with `bigrams` each adjacent pair ("not good"), as the classifier's terms. */
export const termsOf = classifierTerms;

/** Float32 values as base64 of their little-endian bytes (every platform Murmur runs on is little-endian). */
export function encodeFloats(values: Float32Array): string {
  return bytesToBase64(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
}

export function decodeFloats(text: string): Float32Array | null {
  const bytes = base64ToBytes(text);
  if (!bytes || bytes.length % 4 !== 0) return null;
  return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
}

export function encodeLayer(layer: DenseLayer): SentimentClassifierLayer {
  return {
    inputs: layer.inputs,
    units: layer.units,
    activation: layer.activation,
    kernel: encodeFloats(layer.kernel),
    bias: encodeFloats(layer.bias),
  };
}

const ready = new WeakMap<SentimentClassifier, ReadyClassifier>();

/**
 * Class probabilities of each text: rows × classes, in `classifier.classes` order. `languages`
 * (one per text) pick the model of a classifier with one per language; without them its
 * all-language model reads every text.
 */
export function predictProbabilities(
  classifier: SentimentClassifier,
  texts: readonly string[],
  languages?: readonly string[],
): Float64Array {
  let r = ready.get(classifier);
  if (!r) {
    const made = readyClassifier(classifier);
    if (typeof made === 'string') throw new Error(`predictProbabilities: ${made}`);
    ready.set(classifier, (r = made));
  }
  return classifierProbabilities(r, texts, languages);
}

/** The most probable class of each text (`languages`: see predictProbabilities). */
export function predictLabels(
  classifier: SentimentClassifier,
  texts: readonly string[],
  languages?: readonly string[],
): SentimentClassifier['classes'][number][] {
  const k = classifier.classes.length;
  return Array.from(
    argmaxRows(predictProbabilities(classifier, texts, languages), k),
    (i) => classifier.classes[i]!,
  );
}

/**
 * One text's class probabilities and most probable class. `language`: the text's (ISO 639-1 or
 * `unknown`), for a classifier with a model per language; the answer names the model that read it.
 */
export function predictOne(
  classifier: SentimentClassifier,
  text: string,
  language?: string,
): ClassifierPrediction {
  const p = predictProbabilities(
    classifier,
    [text],
    language === undefined ? undefined : [language],
  );
  const probabilities = Array.from(p);
  let best = 0;
  for (let i = 1; i < probabilities.length; i++)
    if (probabilities[i]! > probabilities[best]!) best = i;
  const model =
    classifier.kind !== LANGUAGE_CLASSIFIER_KIND
      ? null
      : language !== undefined && Object.hasOwn(classifier.languages, language)
        ? language
        : 'all';
  return {
    classes: classifier.classes,
    probabilities,
    label: classifier.classes[best]!,
    ...(model !== null ? { model } : {}),
  };
}

/**
 * Checks a value is a sentiment classifier this version can use (kind, version, classes; for the
 * network a valid TF-IDF model, layer shapes that chain from the vocabulary to the classes and
 * decodable weights; for the word-pattern model its n-gram settings, increasing buckets, one idf
 * per bucket and one weight row per class, all finite).
 */
export function parseSentimentClassifier(value: unknown): Result<SentimentClassifier> {
  const bad = (why: string): Result<SentimentClassifier> =>
    fail(
      'BUNDLE_INVALID',
      `This is not a Murmur sentiment classifier: ${why}.`,
      'Train the classifier again in the Sentiment view.',
    );
  if (typeof value !== 'object' || value === null) return bad('not an object');
  const c = value as Partial<SentimentClassifier>;
  if (
    c.kind !== CLASSIFIER_KIND &&
    c.kind !== LINEAR_CLASSIFIER_KIND &&
    c.kind !== LANGUAGE_CLASSIFIER_KIND
  )
    return bad(`kind is ${JSON.stringify(c.kind)}`);
  if (c.version !== 1)
    return fail(
      'BUNDLE_TOO_NEW',
      `This sentiment classifier has version ${String(c.version)}; this Murmur reads version 1.`,
      'Update Murmur, or train the classifier again.',
    );
  if (
    !Array.isArray(c.classes) ||
    c.classes.length < 2 ||
    !c.classes.every((x) => SENTIMENT_CLASSES.includes(x))
  )
    return bad('classes must be two or three of negative, neutral, positive');
  if (new Set(c.classes).size !== c.classes.length) return bad('a class is listed twice');
  if (c.kind === LINEAR_CLASSIFIER_KIND) {
    const linear = readyLinear(value as LinearClassifierModel);
    return typeof linear === 'string' ? bad(linear) : ok(value as SentimentClassifier);
  }
  if (c.kind === LANGUAGE_CLASSIFIER_KIND) {
    const byLanguage = readyLanguageClassifier(value as LanguageClassifierModel);
    return typeof byLanguage === 'string' ? bad(byLanguage) : ok(value as SentimentClassifier);
  }
  const n = value as Partial<NetworkClassifierModel>;
  const tfidf = parseTfidfModel(n.features?.tfidf);
  if (!tfidf.ok) return bad('its TF-IDF model is unreadable');
  if (!Array.isArray(n.layers) || n.layers.length === 0) return bad('it has no layers');
  let inputs = tfidf.value.vocabulary.length;
  for (const l of n.layers) {
    const kernel = typeof l.kernel === 'string' ? decodeFloats(l.kernel) : null;
    const bias = typeof l.bias === 'string' ? decodeFloats(l.bias) : null;
    if (
      l.inputs !== inputs ||
      !kernel ||
      kernel.length !== l.inputs * l.units ||
      !bias ||
      bias.length !== l.units
    )
      return bad('its layer shapes do not fit together');
    inputs = l.units;
  }
  if (inputs !== c.classes.length) return bad('its last layer does not have one output per class');
  return ok(value as SentimentClassifier);
}
