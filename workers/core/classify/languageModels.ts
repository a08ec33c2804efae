/**
 * One word-pattern model per language: each language with enough labels (two classes or more with
 * `minClassRows` labelled posts each, `minRows` in all) gets a model trained on its own posts; the
 * all-language model, trained on every label, reads the other languages and posts whose language is
 * `unknown`. A language's own model never sees another language's words, so a word that reads
 * differently in two languages ("Gift": a present in English, poison in German) cannot mislead it;
 * but it learns from fewer posts. Whether that wins is measured, never assumed: the callers keep
 * whichever does better on held-out posts.
 */
import { deriveSeed } from '../random/rng.ts';
import type { Result } from '../errors/index.ts';
import type { NgramCounts, NgramSpec } from './ngramCounts.ts';
import {
  predictLinear,
  trainLinearSentiment,
  type LinearPredictions,
  type LinearSentiment,
  type LinearTrainOptions,
} from './sentimentLinear.ts';
import { crossValidateWith, type CrossValidation, type FoldOptions } from './crossValidate.ts';
import { crossFit, type CrossFitOptions, type CrossFitResult } from './crossFit.ts';
import { UNLABELLED } from './ppiShares.ts';
import { fitTfidfSpace } from './tfidfSpace.ts';

/** The language of a post too short or mixed to tell (language/detectLanguage.ts): never its own model. */
const UNKNOWN = 'unknown';

/** When a language has enough labels for its own model. */
export interface LanguageThresholds {
  /** Labelled posts needed in each of at least two classes; default 10. */
  readonly minClassRows?: number;
  /** Labelled posts needed in all; default 30. */
  readonly minRows?: number;
}

export const DEFAULT_LANGUAGE_THRESHOLDS: Required<LanguageThresholds> = {
  minClassRows: 10,
  minRows: 30,
};

export interface LanguageModels {
  /** Trained on every label (all languages): reads languages without a model of their own. */
  readonly fallback: LinearSentiment;
  /** A model per language with enough labels, by ISO 639-1 code. */
  readonly own: ReadonlyMap<string, LinearSentiment>;
}

/**
 * The languages of `rows` (languages per post, classes `y` paired with rows) with enough labels for
 * a model of their own, most labelled first (then by code). `unknown` never qualifies.
 */
export function ownModelLanguages(
  languages: readonly string[],
  rows: ArrayLike<number>,
  y: ArrayLike<number>,
  thresholds: LanguageThresholds = {},
): string[] {
  const { minClassRows, minRows } = { ...DEFAULT_LANGUAGE_THRESHOLDS, ...thresholds };
  const perClass = new Map<string, number[]>();
  for (let p = 0; p < rows.length; p++) {
    const language = languages[rows[p]!] ?? UNKNOWN;
    if (language === UNKNOWN) continue;
    let counts = perClass.get(language);
    if (!counts) perClass.set(language, (counts = [0, 0, 0]));
    counts[y[p]!]!++;
  }
  const total = (c: readonly number[]) => c[0]! + c[1]! + c[2]!;
  return [...perClass]
    .filter(([, c]) => total(c) >= minRows && c.filter((v) => v >= minClassRows).length >= 2)
    .sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : 1))
    .map(([language]) => language);
}

/** Positions `p` of `rows` whose post is in `language`. */
function positionsIn(
  languages: readonly string[],
  rows: ArrayLike<number>,
  language: string,
): number[] {
  const out: number[] = [];
  for (let p = 0; p < rows.length; p++) if (languages[rows[p]!] === language) out.push(p);
  return out;
}

type LanguageTrainOptions = LinearTrainOptions & {
  readonly thresholds?: LanguageThresholds;
  /** A language's feature space fitted beforehand; default fitted on its training rows. */
  readonly spaceOf?: (language: string) => LinearTrainOptions['space'];
};

/**
 * A model for each language of `rows` of `counts` with enough labels (classes `y`, paired with
 * rows; `languages`: one code per post of `counts`), trained on that language's rows alone; each
 * chooses its own loss and C by cross-validation. `onStep(done, total)` after each language.
 */
export function trainOwnModels(
  counts: NgramCounts,
  rows: ArrayLike<number>,
  y: ArrayLike<number>,
  languages: readonly string[],
  spec: NgramSpec,
  options: LanguageTrainOptions,
): Map<string, LinearSentiment> {
  if (languages.length !== counts.rows)
    throw new RangeError(`trainOwnModels: ${languages.length} languages for ${counts.rows} posts.`);
  const chosen = ownModelLanguages(languages, rows, y, options.thresholds);
  const { thresholds: _t, spaceOf, onStep, space: _s, ...linear } = options;
  const own = new Map<string, LinearSentiment>();
  chosen.forEach((language, l) => {
    const pos = positionsIn(languages, rows, language);
    const space = spaceOf?.(language);
    const m = trainLinearSentiment(
      counts,
      pos.map((p) => rows[p]!),
      pos.map((p) => y[p]!),
      { ...linear, seed: deriveSeed(options.seed, 100 + l), ...(space ? { space } : {}) },
      spec,
    );
    // qualifying languages have two classes: this only fails if that ever changes
    if (m.ok) own.set(language, m.value);
    onStep?.(l + 1, chosen.length);
  });
  return own;
}

/**
 * The all-language model on `rows` of `counts` (classes `y`, paired; `options.space` is its
 * space when given) and a model per language with enough labels (trainOwnModels). Fails like
 * trainLinearSentiment when fewer than two classes are labelled.
 */
export function trainLanguageModels(
  counts: NgramCounts,
  rows: ArrayLike<number>,
  y: ArrayLike<number>,
  languages: readonly string[],
  spec: NgramSpec,
  options: LanguageTrainOptions,
): Result<LanguageModels> {
  const { thresholds: _t, spaceOf: _o, onStep: _p, ...linear } = options;
  const fallback = trainLinearSentiment(counts, rows, y, linear, spec);
  if (!fallback.ok) return fallback;
  const { space: _s, ...rest } = options;
  const own = trainOwnModels(counts, rows, y, languages, spec, rest);
  return { ok: true, value: { fallback: fallback.value, own } };
}

/** The model that reads a post in `language`: its own, else the all-language one. */
export function modelFor(models: LanguageModels, language: string | undefined): LinearSentiment {
  return (language !== undefined && models.own.get(language)) || models.fallback;
}

/**
 * Predictions of `rows` of `counts` (default all), each by the model of its language
 * (`languages`: one code per post of `counts`).
 */
export function predictLanguageModels(
  models: LanguageModels,
  counts: NgramCounts,
  languages: readonly string[],
  rows?: ArrayLike<number>,
): LinearPredictions {
  const which = rows ?? Uint32Array.from({ length: counts.rows }, (_, i) => i);
  const label = new Uint8Array(which.length);
  const confidence = new Float64Array(which.length);
  const byModel = new Map<LinearSentiment, number[]>();
  for (let p = 0; p < which.length; p++) {
    const m = modelFor(models, languages[which[p]!]);
    const list = byModel.get(m);
    if (list) list.push(p);
    else byModel.set(m, [p]);
  }
  for (const [m, positions] of byModel) {
    const out = predictLinear(
      m,
      counts,
      positions.map((p) => which[p]!),
    );
    positions.forEach((p, t) => {
      label[p] = out.label[t]!;
      confidence[p] = out.confidence[t]!;
    });
  }
  return { label, confidence };
}

/**
 * As crossValidate.ts, with a model per language: in each of K stratified folds (groups kept
 * whole; the same folds as crossValidate with the same seed, so the two are compared post for
 * post) the languages with enough labels among the fold's training rows get their own model, the
 * rest the all-language one; each model chooses its loss and C within the fold. Returns null when
 * the rows allow fewer than two folds or hold one class. `ownModels[f]` lists fold f's languages.
 */
export function crossValidateByLanguage(
  counts: NgramCounts,
  rows: readonly number[],
  y: readonly number[],
  languages: readonly string[],
  spec: NgramSpec,
  options: FoldOptions & { readonly thresholds?: LanguageThresholds },
): (CrossValidation & { readonly ownModels: readonly (readonly string[])[] }) | null {
  const cv = crossValidateWith(rows, y, options, (trainRows, trainY, seed) => {
    const m = trainLanguageModels(counts, trainRows, trainY, languages, spec, {
      seed,
      ...(options.groups ? { groups: options.groups } : {}),
      ...(options.thresholds ? { thresholds: options.thresholds } : {}),
    });
    return m.ok
      ? {
          predict: (test) => predictLanguageModels(m.value, counts, languages, test).label,
          chosen: [...m.value.own.keys()],
        }
      : null;
  });
  return (
    cv && {
      ...cv,
      chosen: cv.chosen.map(() => null),
      ownModels: cv.chosen.map((c) => c ?? []),
    }
  );
}

/** The labelling loop's retraining (crossFit.ts) with a model per language, its parts merged per post. */
export interface LanguageCrossFit extends CrossFitResult {
  /** The all-language model (`model`) and each language's own. */
  readonly models: LanguageModels;
}

/**
 * crossFit with a model per language: the all-language fit on every label reads every post; each
 * language with enough labels is fitted again on its own posts alone (its own feature space, from
 * every post of the language, labelled or not), and its posts take that fit's label, confidence,
 * votes and audit predictions. `languages`: one code per post of `counts`.
 */
export function crossFitByLanguage(
  counts: NgramCounts,
  state: Uint8Array,
  y: Int8Array,
  languages: readonly string[],
  spec: NgramSpec,
  options: CrossFitOptions & { readonly thresholds?: LanguageThresholds },
): Result<LanguageCrossFit> {
  const { thresholds, onStep: _o, ...rest } = options;
  const all = crossFit(counts, state, y, spec, rest);
  if (!all.ok) return all;
  const label = all.value.label.slice();
  const confidence = all.value.confidence.slice();
  const votes = all.value.votes.slice();
  const auditPrediction = all.value.auditPrediction.slice();
  const labelled: number[] = [];
  for (let i = 0; i < counts.rows; i++) if (state[i] !== UNLABELLED) labelled.push(i);
  const own = new Map<string, LinearSentiment>();
  ownModelLanguages(
    languages,
    labelled,
    labelled.map((i) => y[i]!),
    thresholds,
  ).forEach((language, l) => {
    const posts: number[] = [];
    for (let i = 0; i < counts.rows; i++) if (languages[i] === language) posts.push(i);
    const { space: _s, candidates: _c, ...shared } = rest;
    const fit = crossFit(counts, state, y, spec, {
      ...shared,
      seed: deriveSeed(options.seed, 100 + l),
      posts,
      space: fitTfidfSpace(counts, posts, posts.length >= 1000 ? 2 : 1),
    });
    if (!fit.ok) return;
    own.set(language, fit.value.model);
    for (const i of posts) {
      label[i] = fit.value.label[i]!;
      confidence[i] = fit.value.confidence[i]!;
      auditPrediction[i] = fit.value.auditPrediction[i]!;
      for (let c = 0; c < 3; c++) votes[i * 3 + c] = fit.value.votes[i * 3 + c]!;
    }
  });
  return {
    ok: true,
    value: {
      ...all.value,
      label,
      confidence,
      votes,
      auditPrediction,
      models: { fallback: all.value.model, own },
    },
  };
}
