/**
 * The trained sentiment classifier as plain JSON: the neural network (cleaning options, TF-IDF
 * vocabulary and idf, network weights as base64 float32), the word-pattern model
 * (linearClassifier.ts) or a word-pattern model per language (languageClassifier.ts), and its
 * prediction with plain arithmetic, so the live worker, batch scoring and the CLI need no tfjs and
 * agree bit for bit.
 */
import type { Detector } from '../language/detectLanguage.ts';
import { predictMlp } from '../nn/predict.ts';
import { sparseRows, type Activation, type DenseLayer, type MlpModel } from '../nn/types.ts';
import { createCleaner, type TextCleanOptions } from '../preprocess/cleanText.ts';
import type { SentimentLabel } from '../sentiment/types.ts';
import { transformTfidf } from '../text/tfidf.ts';
import type { TfidfModel } from '../text/tfidfModel.ts';
import {
  LINEAR_CLASSIFIER_KIND,
  linearProbabilities,
  readyLinear,
  type LinearClassifierModel,
} from './linearClassifier.ts';
import {
  LANGUAGE_CLASSIFIER_KIND,
  languageProbabilities,
  languagesOf,
  readyLanguageClassifier,
  type LanguageClassifierModel,
} from './languageClassifier.ts';
import { base64ToFloat32 } from './typedBase64.ts';

export const CLASSIFIER_KIND = 'murmur.sentiment-classifier';

/** A dense layer with its weights as base64 of little-endian float32. */
export interface ClassifierLayer {
  readonly inputs: number;
  readonly units: number;
  readonly activation: Activation;
  /** inputs × units, row-major. */
  readonly kernel: string;
  readonly bias: string;
}

/** A trained TF-IDF + dense network sentiment classifier, JSON-safe. */
export interface NetworkClassifierModel {
  readonly kind: typeof CLASSIFIER_KIND;
  readonly version: 1;
  /** Output order of the network. */
  readonly classes: readonly SentimentLabel[];
  readonly features: {
    readonly clean: Required<TextCleanOptions>;
    readonly bigrams: boolean;
    readonly tfidf: TfidfModel;
  };
  readonly layers: readonly ClassifierLayer[];
  readonly training: {
    readonly trainedAt: number;
    readonly trainRows: number;
    readonly heldOutRows: number;
    readonly seed: number;
    readonly epochs: number;
    readonly bestEpoch: number;
    readonly heldOutAccuracy: number;
    readonly heldOutMacroF1: number;
  };
}

/** A trained sentiment classifier: the neural network, the word-pattern (linear) model, or one per language. */
export type SentimentClassifierModel =
  NetworkClassifierModel | LinearClassifierModel | LanguageClassifierModel;

/** A classifier with its weights decoded, ready to predict. */
export interface ReadyClassifier {
  readonly model: SentimentClassifierModel;
  /** True when posts are read by the model of their language (the languages matter). */
  readonly byLanguage: boolean;
  /**
   * Class probabilities of each text: rows × classes, in `model.classes` order. `languages` (one
   * ISO 639-1 code or `unknown` per text) picks each text's model when the classifier has one per
   * language; without them its detector tells, and without one the all-language model reads all.
   */
  readonly probabilities: (texts: readonly string[], languages?: readonly string[]) => Float64Array;
}

/** Cleaned tokens of a text, and with `bigrams` each adjacent pair ("not good"), as the classifier's terms. */
export function classifierTerms(
  clean: (text: string) => string[],
  bigrams: boolean,
): (text: string) => string[] {
  return (text) => {
    const tokens = clean(text);
    if (!bigrams) return tokens;
    const out = tokens.slice();
    for (let i = 0; i + 1 < tokens.length; i++) out.push(`${tokens[i]} ${tokens[i + 1]}`);
    return out;
  };
}

/**
 * Decodes the weights; a reason when they do not fit their shapes (a network's layers that do not
 * chain, a word-pattern model's buckets, idf or weights of the wrong length, a language code that
 * is not one). `detector`: tells each text's language when a classifier with a model per language
 * is given no languages (eld, loaded by the caller: see eldDetector.ts).
 */
export function readyClassifier(
  model: SentimentClassifierModel,
  detector?: Detector,
): ReadyClassifier | string {
  if (model.kind === LINEAR_CLASSIFIER_KIND) {
    const linear = readyLinear(model);
    return typeof linear === 'string'
      ? linear
      : { model, byLanguage: false, probabilities: (texts) => linearProbabilities(linear, texts) };
  }
  if (model.kind === LANGUAGE_CLASSIFIER_KIND) {
    const ready = readyLanguageClassifier(model);
    if (typeof ready === 'string') return ready;
    return {
      model,
      byLanguage: true,
      probabilities: (texts, languages) =>
        languageProbabilities(
          ready,
          texts,
          languages ?? (detector ? languagesOf(texts, detector) : texts.map(() => '')),
        ),
    };
  }
  return readyNetwork(model);
}

function readyNetwork(model: NetworkClassifierModel): ReadyClassifier | string {
  const layers: DenseLayer[] = [];
  let inputs = model.features.tfidf.vocabulary.length;
  for (const [i, l] of model.layers.entries()) {
    const kernel = base64ToFloat32(l.kernel);
    const bias = base64ToFloat32(l.bias);
    if (l.inputs !== inputs)
      return `layers.${i}.inputs: expected ${inputs.toLocaleString('en-US')}, found ${l.inputs.toLocaleString('en-US')}`;
    if (!kernel) return `layers.${i}.kernel: not base64 of float32 numbers`;
    if (kernel.length !== l.inputs * l.units)
      return `layers.${i}.kernel: expected ${(l.inputs * l.units).toLocaleString('en-US')} entries (${l.inputs} inputs × ${l.units} units), found ${kernel.length.toLocaleString('en-US')}`;
    if (!bias) return `layers.${i}.bias: not base64 of float32 numbers`;
    if (bias.length !== l.units)
      return `layers.${i}.bias: expected ${l.units} entries, found ${bias.length}`;
    if (!kernel.every(Number.isFinite) || !bias.every(Number.isFinite))
      return `layers.${i}: weights must be finite numbers`;
    layers.push({ inputs: l.inputs, units: l.units, activation: l.activation, kernel, bias });
    inputs = l.units;
  }
  if (layers.length === 0) return 'layers: the network has no layers';
  if (inputs !== model.classes.length)
    return `layers.${layers.length - 1}.units: expected one output per class (${model.classes.length}), found ${inputs}`;
  const network: MlpModel = { task: 'classification', layers, classes: [...model.classes] };
  const terms = classifierTerms(createCleaner(model.features.clean), model.features.bigrams);
  return {
    model,
    byLanguage: false,
    probabilities: (texts) => {
      const m = transformTfidf(
        model.features.tfidf,
        texts.map((t) => terms(typeof t === 'string' ? t : '')),
      );
      return predictMlp(network, sparseRows(m));
    },
  };
}

/** Class probabilities of each text: rows × classes, in `model.classes` order (`languages`: see ReadyClassifier). */
export function classifierProbabilities(
  ready: ReadyClassifier,
  texts: readonly string[],
  languages?: readonly string[],
): Float64Array {
  return ready.probabilities(texts, languages);
}
