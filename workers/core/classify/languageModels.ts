/**
 * One word-pattern model per language: each language with enough labels (two classes or more with
 * `minClassRows` labelled posts each, `minRows` in all) gets a model trained on its own posts; the
 * all-language model, trained on every label, reads the other languages and posts whose language is
 * `unknown`. A language's own model never sees another language's words, so a word that reads
 * differently in two languages ("Gift": a present in English, poison in German) cannot mislead it;
 * but it learns from fewer posts. Whether that wins is measured, never assumed: a language keeps
 * its own model only where, out of fold, it reads the language's posts better than the
 * all-language model (chooseOwnModels), and the callers compare the result with one model.
 */
import { deriveSeed } from '../random/rng.ts';
import type { Result } from '../errors/index.ts';
import type { NgramCounts, NgramSpec } from './ngramCounts.ts';
import {
  minDfFor,
  predictLinear,
  trainLinearSentiment,
  type LinearCandidate,
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
  /** A model per language with enough labels (that read its posts better, when chosen), by ISO 639-1 code. */
  readonly own: ReadonlyMap<string, LinearSentiment>;
  /** How the languages with enough labels were chosen on the all-language model's folds (null: not chosen, all kept). */
  readonly choice?: OwnModelChoice | null;
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
  /**
   * Train only these of the languages with enough labels (e.g. those chooseOnFolds kept); each
   * keeps the seed of its place among all of them, so the model is the same either way.
   */
  readonly only?: readonly string[];
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
  const qualifying = ownModelLanguages(languages, rows, y, options.thresholds);
  const { thresholds: _t, spaceOf, onStep, space: _s, only, ...linear } = options;
  const chosen = only ? qualifying.filter((l) => only.includes(l)) : qualifying;
  const own = new Map<string, LinearSentiment>();
  chosen.forEach((language, done) => {
    const l = qualifying.indexOf(language);
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
    onStep?.(done + 1, chosen.length);
  });
  return own;
}

/**
 * The all-language model on `rows` of `counts` (classes `y`, paired; `options.space` is its
 * space when given) and a model per language with enough labels (trainOwnModels). When the
 * all-language model chose its loss and C by cross-validation, a language keeps its own model only
 * if, on those folds, it read the language's posts better than the all-language model
 * (chooseOwnModels; `choose: false` keeps every language with enough labels). Fails like
 * trainLinearSentiment when fewer than two classes are labelled.
 */
export function trainLanguageModels(
  counts: NgramCounts,
  rows: ArrayLike<number>,
  y: ArrayLike<number>,
  languages: readonly string[],
  spec: NgramSpec,
  options: LanguageTrainOptions & { readonly choose?: boolean },
): Result<LanguageModels> {
  const { thresholds: _t, spaceOf: _o, onStep: _p, choose = true, ...linear } = options;
  const fallback = trainLinearSentiment(counts, rows, y, linear, spec);
  if (!fallback.ok) return fallback;
  const { space: _s, choose: _c, ...rest } = options;
  const tried = ownModelLanguages(languages, rows, y, options.thresholds);
  const selection = fallback.value.selection;
  // choose on the folds first, so a language that would be dropped is never trained
  let choice: OwnModelChoice | null = null;
  if (choose && selection && tried.length > 0) {
    const yOf = new Map<number, number>();
    for (let p = 0; p < rows.length; p++) yOf.set(rows[p]!, y[p]!);
    choice = chooseOnFolds(
      counts,
      selection,
      selection.rowIds.map((r) => yOf.get(r)!),
      languages,
      spec,
      { seed: deriveSeed(options.seed, 7), candidate: selection.chosen, tried },
    );
  }
  const own = trainOwnModels(counts, rows, y, languages, spec, {
    ...rest,
    ...(choice ? { only: choice.keep } : {}),
  });
  return { ok: true, value: { fallback: fallback.value, own, choice } };
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

/** How the models on the folds learn: the seed, the loss and C, and the languages tried alone. */
export interface FoldModelOptions {
  readonly seed: number;
  readonly candidate: LinearCandidate;
  readonly tried: readonly string[];
}

/** Each row's out-of-fold class: by its language's own model (−1 where the language had none in that fold) and by the all-language model. */
export interface FoldPredictions {
  readonly own: Int8Array;
  readonly fallback: Uint8Array;
}

/**
 * Out-of-fold predictions on folds made beforehand (e.g. those the all-language model chose its
 * loss and C on, so the ways are compared post for post): in each fold the all-language model, and
 * each of `tried` (the languages with enough labels in all) on its own rows of the fold's training
 * rows (two classes of two rows at least: the fold holds a part of what the final model learns
 * from), learn with `candidate` and predict the left-out rows. `rowIds` index `counts` (and
 * `languages`); `y` and `fold` are paired with them.
 */
export function foldPredictions(
  counts: NgramCounts,
  rowIds: readonly number[],
  y: ArrayLike<number>,
  fold: ArrayLike<number>,
  folds: number,
  languages: readonly string[],
  spec: NgramSpec,
  options: FoldModelOptions,
): FoldPredictions {
  const own = new Int8Array(rowIds.length).fill(-1);
  const fallback = new Uint8Array(rowIds.length);
  // only the languages tried get a model in a fold
  const tried = languages.map((l) => (options.tried.includes(l) ? l : UNKNOWN));
  for (let f = 0; f < folds; f++) {
    const train: number[] = [];
    const test: number[] = [];
    rowIds.forEach((_, p) => (fold[p] === f ? test : train).push(p));
    if (test.length === 0) continue;
    const trainRows = train.map((p) => rowIds[p]!);
    const trainY = train.map((p) => y[p]!);
    const testRows = test.map((p) => rowIds[p]!);
    const fit = { candidates: [options.candidate] };
    const all = trainLinearSentiment(
      counts,
      trainRows,
      trainY,
      { ...fit, seed: deriveSeed(options.seed, 40 + f) },
      spec,
    );
    // one class in the fold's training rows: it can only answer that class
    const p = all.ok ? predictLinear(all.value, counts, testRows).label : null;
    test.forEach((q, t) => (fallback[q] = p ? p[t]! : (trainY[0] ?? 0)));
    const models = trainOwnModels(counts, trainRows, trainY, tried, spec, {
      ...fit,
      seed: deriveSeed(options.seed, 60 + f),
      thresholds: { minRows: 4, minClassRows: 2 },
    });
    const byLanguage = new Map<string, number[]>();
    for (const q of test) {
      const language = languages[rowIds[q]!]!;
      if (!models.has(language)) continue;
      const list = byLanguage.get(language);
      if (list) list.push(q);
      else byLanguage.set(language, [q]);
    }
    for (const [language, at] of byLanguage) {
      const label = predictLinear(
        models.get(language)!,
        counts,
        at.map((q) => rowIds[q]!),
      ).label;
      at.forEach((q, t) => (own[q] = label[t]!));
    }
  }
  return { own, fallback };
}

/** Which languages keep a model of their own, and both ways' accuracy on the same folds. */
export interface OwnModelChoice {
  /** Languages whose own model read their posts better than the all-language model did. */
  readonly keep: readonly string[];
  /** Languages with enough labels whose own model did no better: the all-language model reads them. */
  readonly dropped: readonly string[];
  /** Accuracy with the kept languages' own models (the all-language model for the rest). */
  readonly perLanguage: number;
  /** Accuracy of the all-language model alone. */
  readonly oneModel: number;
}

/**
 * A model of its own only where it helps: of the `candidates` (languages with enough labels), those
 * whose own model is right on more of their posts than the all-language model, out of fold
 * (`predictions` of `rowIds`, classes `y` paired). A tie keeps the all-language model.
 */
export function chooseOwnModels(
  rowIds: readonly number[],
  y: ArrayLike<number>,
  languages: readonly string[],
  predictions: FoldPredictions,
  candidates: readonly string[],
): OwnModelChoice {
  const { own, fallback } = predictions;
  const ownWay = (p: number) => (own[p]! >= 0 ? own[p]! : fallback[p]!);
  const score = new Map<string, { own: number; fallback: number }>();
  rowIds.forEach((r, p) => {
    const language = languages[r]!;
    if (!candidates.includes(language)) return;
    const s = score.get(language) ?? { own: 0, fallback: 0 };
    if (ownWay(p) === y[p]) s.own++;
    if (fallback[p] === y[p]) s.fallback++;
    score.set(language, s);
  });
  const keep = candidates.filter((l) => {
    const s = score.get(l);
    return s !== undefined && s.own > s.fallback;
  });
  let per = 0;
  let one = 0;
  rowIds.forEach((r, p) => {
    if ((keep.includes(languages[r]!) ? ownWay(p) : fallback[p]) === y[p]) per++;
    if (fallback[p] === y[p]) one++;
  });
  const n = Math.max(1, rowIds.length);
  return {
    keep,
    dropped: candidates.filter((l) => !keep.includes(l)),
    perLanguage: per / n,
    oneModel: one / n,
  };
}

/**
 * Which of `options.tried` keep a model of their own, on folds made beforehand (`folds.rowIds`
 * into `counts`, each row's fold; `y` paired with the rows): foldPredictions, then chooseOwnModels.
 */
export function chooseOnFolds(
  counts: NgramCounts,
  folds: {
    readonly rowIds: readonly number[];
    readonly fold: ArrayLike<number>;
    readonly folds: number;
  },
  y: ArrayLike<number>,
  languages: readonly string[],
  spec: NgramSpec,
  options: FoldModelOptions,
): OwnModelChoice {
  const predictions = foldPredictions(
    counts,
    folds.rowIds,
    y,
    folds.fold,
    folds.folds,
    languages,
    spec,
    options,
  );
  return chooseOwnModels(folds.rowIds, y, languages, predictions, options.tried);
}

/** The labelling loop's retraining (crossFit.ts) with a model per language, its parts merged per post. */
export interface LanguageCrossFit extends CrossFitResult {
  /** The all-language model (`model`) and each language's own. */
  readonly models: LanguageModels;
}

/**
 * crossFit with a model per language: the all-language fit on every label reads every post; each
 * language with enough labels whose own model reads it better (chooseOwnModels, on the folds the
 * all-language fit chose its loss and C on; `ownLanguages` gives the choice instead, e.g. the last
 * one while the loss and C are reused) is fitted again on its own posts alone (its own feature
 * space, from every post of the language, labelled or not), and its posts take that fit's label,
 * confidence, votes and audit predictions. `languages`: one code per post of `counts`.
 */
export function crossFitByLanguage(
  counts: NgramCounts,
  state: Uint8Array,
  y: Int8Array,
  languages: readonly string[],
  spec: NgramSpec,
  options: CrossFitOptions & {
    readonly thresholds?: LanguageThresholds;
    readonly ownLanguages?: readonly string[];
  },
): Result<LanguageCrossFit> {
  const { thresholds, ownLanguages, onStep: _o, ...rest } = options;
  const all = crossFit(counts, state, y, spec, rest);
  if (!all.ok) return all;
  const label = all.value.label.slice();
  const confidence = all.value.confidence.slice();
  const votes = all.value.votes.slice();
  const auditPrediction = all.value.auditPrediction.slice();
  const labelled: number[] = [];
  for (let i = 0; i < counts.rows; i++) if (state[i] !== UNLABELLED) labelled.push(i);
  const qualifying = ownModelLanguages(
    languages,
    labelled,
    labelled.map((i) => y[i]!),
    thresholds,
  );
  const selection = all.value.model.selection;
  let choice: OwnModelChoice | null = null;
  if (!ownLanguages && selection && qualifying.length > 0) {
    choice = chooseOnFolds(
      counts,
      selection,
      selection.rowIds.map((r) => y[r]!),
      languages,
      spec,
      { seed: deriveSeed(options.seed, 7), candidate: selection.chosen, tried: qualifying },
    );
  }
  const chosen = choice
    ? choice.keep
    : ownLanguages
      ? qualifying.filter((l) => ownLanguages.includes(l))
      : qualifying;
  const own = new Map<string, LinearSentiment>();
  chosen.forEach((language, l) => {
    const posts: number[] = [];
    for (let i = 0; i < counts.rows; i++) if (languages[i] === language) posts.push(i);
    const { space: _s, candidates: _c, ...shared } = rest;
    const fit = crossFit(counts, state, y, spec, {
      ...shared,
      seed: deriveSeed(options.seed, 100 + l),
      posts,
      space: fitTfidfSpace(counts, posts, minDfFor(posts.length)),
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
      models: { fallback: all.value.model, own, choice },
    },
  };
}
