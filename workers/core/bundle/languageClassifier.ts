/**
 * The word-pattern classifier with a model per language, as plain JSON: the all-language model
 * (`fallback`) and one word-pattern model per language (linearClassifier.ts each), keyed by ISO
 * 639-1 code. A post is read by the model of its language, else by the fallback (a language
 * without enough labels, or `unknown`). Its classes are the union of its models' classes, in the
 * order negative, neutral, positive; a model that never learned a class gives it probability 0.
 */
import { detectLanguage, type Detector } from '../language/detectLanguage.ts';
import type { LanguageModels } from '../classify/languageModels.ts';
import type { LinearSentiment } from '../classify/sentimentLinear.ts';
import { SENTIMENT_CLASSES } from '../sentiment/labelMapping.ts';
import type { SentimentLabel } from '../sentiment/types.ts';
import {
  encodeLinearClassifier,
  linearProbabilities,
  readyLinear,
  type LinearClassifierModel,
  type ReadyLinear,
} from './linearClassifier.ts';

export const LANGUAGE_CLASSIFIER_KIND = 'murmur.sentiment-by-language';

/** Most languages one file may hold a model for (eld knows about 60): keeps a corrupt file small. */
export const MAX_LANGUAGE_MODELS = 100;

/** A language code a model may be kept under: two lower-case letters (ISO 639-1). */
export const LANGUAGE_CODE = /^[a-z]{2}$/;

/** One word-pattern model per language and the all-language one, JSON-safe. */
export interface LanguageClassifierModel {
  readonly kind: typeof LANGUAGE_CLASSIFIER_KIND;
  readonly version: 1;
  /** Every class some model predicts, in the order negative, neutral, positive. */
  readonly classes: readonly SentimentLabel[];
  /** Reads the posts of languages without a model of their own, and those too short to tell. */
  readonly fallback: LinearClassifierModel;
  /** A model per language, by ISO 639-1 code. */
  readonly languages: Readonly<Record<string, LinearClassifierModel>>;
  readonly training: {
    readonly trainedAt: number;
    readonly trainRows: number;
    readonly heldOutRows: number;
    readonly seed: number;
    readonly heldOutAccuracy: number;
    readonly heldOutMacroF1: number;
  };
}

/** Decoded, ready to predict. */
export interface ReadyLanguageClassifier {
  readonly classes: readonly SentimentLabel[];
  readonly fallback: ReadyLinear;
  readonly fallbackClasses: readonly SentimentLabel[];
  readonly own: ReadonlyMap<
    string,
    { readonly ready: ReadyLinear; readonly classes: readonly SentimentLabel[] }
  >;
}

type Training = LinearClassifierModel['training'];

/**
 * The classifier of an all-language model already in JSON (`fallback`) and a model per language.
 * `training` is the whole classifier's; each language's part gives its own rows and folds (its
 * held-out figures are not measured apart: 0 rows).
 */
export function composeLanguageClassifier(
  fallback: LinearClassifierModel,
  own: ReadonlyMap<string, LinearSentiment>,
  training: LanguageClassifierModel['training'],
): LanguageClassifierModel {
  const part = (m: LinearSentiment): Training => ({
    trainedAt: training.trainedAt,
    trainRows: m.trainRows,
    heldOutRows: 0,
    seed: training.seed,
    folds: m.selection?.folds ?? 0,
    heldOutAccuracy: 0,
    heldOutMacroF1: 0,
  });
  const languages: Record<string, LinearClassifierModel> = {};
  for (const [code, m] of [...own].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    languages[code] = encodeLinearClassifier(m, part(m));
  const present = new Set<SentimentLabel>(fallback.classes);
  for (const m of Object.values(languages)) for (const c of m.classes) present.add(c);
  return {
    kind: LANGUAGE_CLASSIFIER_KIND,
    version: 1,
    classes: SENTIMENT_CLASSES.filter((c) => present.has(c)),
    fallback,
    languages,
    training,
  };
}

/** The JSON of trained language models (see composeLanguageClassifier). */
export function encodeLanguageClassifier(
  models: LanguageModels,
  training: LanguageClassifierModel['training'],
): LanguageClassifierModel {
  const f = models.fallback;
  const fallback = encodeLinearClassifier(f, {
    trainedAt: training.trainedAt,
    trainRows: f.trainRows,
    heldOutRows: 0,
    seed: training.seed,
    folds: f.selection?.folds ?? 0,
    heldOutAccuracy: 0,
    heldOutMacroF1: 0,
  });
  return composeLanguageClassifier(fallback, models.own, training);
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Decodes and checks every model: a reason (path: what is wrong) when a part is unreadable, a
 * language code is not ISO 639-1, or `classes` is not the union of the parts' classes.
 */
export function readyLanguageClassifier(
  model: LanguageClassifierModel,
): ReadyLanguageClassifier | string {
  const classesOf = (m: LinearClassifierModel, path: string): readonly SentimentLabel[] | string =>
    Array.isArray(m?.classes) &&
    m.classes.length >= 2 &&
    m.classes.every((c) => SENTIMENT_CLASSES.includes(c)) &&
    new Set(m.classes).size === m.classes.length
      ? m.classes
      : `${path}.classes: two or three of negative, neutral, positive expected`;
  if (typeof model.fallback !== 'object' || model.fallback === null)
    return 'fallback: the all-language model is missing';
  const fallbackClasses = classesOf(model.fallback, 'fallback');
  if (typeof fallbackClasses === 'string') return fallbackClasses;
  const fallback = readyLinear(model.fallback);
  if (typeof fallback === 'string') return `fallback.${fallback}`;
  if (typeof model.languages !== 'object' || model.languages === null)
    return 'languages: expected a model per language code';
  const entries = Object.entries(model.languages);
  if (entries.length > MAX_LANGUAGE_MODELS)
    return `languages: at most ${MAX_LANGUAGE_MODELS} models, found ${entries.length}`;
  const own = new Map<string, { ready: ReadyLinear; classes: readonly SentimentLabel[] }>();
  const present = new Set<SentimentLabel>(fallbackClasses);
  for (const [code, m] of entries) {
    if (!LANGUAGE_CODE.test(code))
      return `languages.${code}: not a language code (two lower-case letters, ISO 639-1)`;
    if (typeof m !== 'object' || m === null) return `languages.${code}: not a model`;
    const classes = classesOf(m, `languages.${code}`);
    if (typeof classes === 'string') return classes;
    const ready = readyLinear(m);
    if (typeof ready === 'string') return `languages.${code}.${ready}`;
    own.set(code, { ready, classes });
    for (const c of classes) present.add(c);
  }
  const union = SENTIMENT_CLASSES.filter((c) => present.has(c));
  if (!Array.isArray(model.classes) || !sameList(model.classes, union))
    return `classes: expected ${JSON.stringify(union)} (every class its models predict, in order)`;
  return { classes: union, fallback, fallbackClasses, own };
}

/**
 * Class probabilities of each text (rows × `ready.classes`), each read by the model of its
 * language (`languages`, one code per text, e.g. from detectLanguage); the fallback reads the
 * rest.
 */
export function languageProbabilities(
  ready: ReadyLanguageClassifier,
  texts: readonly string[],
  languages: readonly string[],
): Float64Array {
  if (languages.length !== texts.length)
    throw new RangeError(
      `languageProbabilities: ${languages.length} languages for ${texts.length} texts.`,
    );
  const k = ready.classes.length;
  const out = new Float64Array(texts.length * k);
  const groups = new Map<string, number[]>();
  texts.forEach((_, i) => {
    const key = ready.own.has(languages[i]!) ? languages[i]! : '';
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  for (const [key, rows] of groups) {
    const part = ready.own.get(key);
    const classes = part ? part.classes : ready.fallbackClasses;
    const p = linearProbabilities(
      part ? part.ready : ready.fallback,
      rows.map((i) => texts[i]!),
    );
    const at = classes.map((c) => ready.classes.indexOf(c));
    rows.forEach((i, r) => {
      for (let c = 0; c < classes.length; c++) out[i * k + at[c]!] = p[r * classes.length + c]!;
    });
  }
  return out;
}

/** Each text's language by `detector` (the policy of detectLanguage.ts), for the models to read. */
export function languagesOf(texts: readonly string[], detector: Detector): string[] {
  return texts.map((t) => detectLanguage(typeof t === 'string' ? t : '', detector));
}
