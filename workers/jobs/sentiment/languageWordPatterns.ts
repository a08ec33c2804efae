/**
 * The "one model per language" option of the trained classifier: beside the word-pattern model for
 * all languages (trainWordPatterns), a word-pattern model for each language with enough labelled
 * training posts (core/classify/languageModels.ts), the all-language model reading the rest. The
 * two ways are compared on the folds the single model chose its loss and C on (the choice the
 * network then faces goes through the same folds), or on the held-out posts when the training rows
 * are too few to fold; the one right more often is kept (a tie keeps the single model: one model is
 * simpler to read and to check). Both are scored on the same held-out posts, each post by the
 * model of its language; per language, those figures set both beside the kept classifier and the
 * word list of the language, as the charts read posts without a classifier.
 */
import type {
  LanguageComparison,
  LanguageFigures,
  SentimentClassifier,
} from '../../api/sentiment.ts';
import { composeLanguageClassifier } from '../../core/bundle/languageClassifier.ts';
import {
  LINEAR_CLASSIFIER_KIND,
  type LinearClassifierModel,
} from '../../core/bundle/linearClassifier.ts';
import {
  chooseOnFolds,
  DEFAULT_LANGUAGE_THRESHOLDS,
  ownModelLanguages,
  trainOwnModels,
} from '../../core/classify/languageModels.ts';
import { DEFAULT_NGRAMS } from '../../core/classify/ngramCounts.ts';
import { ok } from '../../core/errors/index.ts';
import { UNKNOWN_LANGUAGE } from '../../core/language/detectLanguage.ts';
import { deriveSeed } from '../../core/random/rng.ts';
import type { PostSentimentLabel } from '../../core/sentiment/byLanguage.ts';
import { evaluateSentiment } from '../../core/sentiment/evaluation.ts';
import { SENTIMENT_CLASSES } from '../../core/sentiment/labelMapping.ts';
import type { SentimentLabel } from '../../core/sentiment/types.ts';
import { predictLabels } from './classifierModel.ts';
import { trainWordPatterns, type TrainHooks } from './trainClassifier.ts';

type WordPatterns = NonNullable<TrainHooks['wordPatterns']>;

/** The hook that trains both ways, and the comparison once the kept classifier is known. */
export interface LanguageTraining {
  readonly wordPatterns: WordPatterns;
  /** After training (null if the hook never ran): figures per language, the kept classifier's included. */
  comparison(kept: SentimentClassifier): LanguageComparison | null;
}

interface Measured {
  readonly comparison: Omit<LanguageComparison, 'byLanguage'>;
  readonly testTexts: readonly string[];
  readonly testLanguages: readonly string[];
  readonly truth: readonly SentimentLabel[];
  readonly perLanguage: readonly SentimentLabel[];
  readonly oneModel: readonly SentimentLabel[];
  readonly lexicon: readonly PostSentimentLabel[];
  /** Training posts per language. */
  readonly trainRows: ReadonlyMap<string, number>;
}

const accuracyOf = (truth: readonly string[], predicted: readonly string[], at: number[]) =>
  at.length === 0 ? 0 : at.filter((p) => truth[p] === predicted[p]).length / at.length;

/**
 * `languages` and `lexicon` per row of the training request (what `rows` of the hook index).
 * The word-pattern step of trainSentimentClassifier, trained both ways.
 */
export function languageTraining(
  languages: readonly string[],
  lexicon: readonly PostSentimentLabel[],
): LanguageTraining {
  let measured: Measured | null = null;
  const wordPatterns: WordPatterns = (texts, y, groups, trainPos, testPos, seed, onStep, rows) => {
    const started = performance.now();
    const one = trainWordPatterns(texts, y, groups, trainPos, testPos, seed, onStep);
    if (!one.ok) return one;
    const fallback = one.value.classifier;
    if (fallback.kind !== LINEAR_CLASSIFIER_KIND)
      throw new Error('languageTraining: the word-pattern model is not linear');
    const langs = rows.map((r) => languages[r] ?? UNKNOWN_LANGUAGE);
    const { counts } = one.value;
    const trainY = trainPos.map((p) => y[p]!);
    // a model of its own only where it reads its language better than the single model, on the
    // folds that model chose its loss and C on (with that loss and C); only those are trained
    const shared = one.value.folds;
    const tried = ownModelLanguages(langs, trainPos, trainY);
    const foldY = shared ? shared.positions.map((p) => y[p]!) : [];
    const choice =
      shared && tried.length > 0
        ? chooseOnFolds(
            counts,
            { rowIds: shared.positions, fold: shared.fold, folds: shared.folds },
            foldY,
            langs,
            DEFAULT_NGRAMS,
            {
              seed: deriveSeed(seed, 6),
              candidate: { loss: one.value.figures.loss, C: one.value.figures.C },
              tried,
            },
          )
        : null;
    const own = trainOwnModels(counts, trainPos, trainY, langs, DEFAULT_NGRAMS, {
      seed: deriveSeed(seed, 5),
      groups,
      ...(onStep ? { onStep } : {}),
      ...(choice ? { only: choice.keep } : {}),
    });
    const cv = choice ? { perLanguage: choice.perLanguage, oneModel: choice.oneModel } : null;
    const testTexts = testPos.map((p) => texts[p] ?? '');
    const testLanguages = testPos.map((p) => langs[p]!);
    const truth = testPos.map((p) => SENTIMENT_CLASSES[y[p]!]!);
    const training = {
      trainedAt: Date.now(),
      trainRows: trainPos.length,
      heldOutRows: testPos.length,
      seed,
      heldOutAccuracy: 0,
      heldOutMacroF1: 0,
    };
    const byLanguage = composeLanguageClassifier(fallback as LinearClassifierModel, own, training);
    const perLanguage = predictLabels(byLanguage, testTexts, testLanguages);
    const oneModel = predictLabels(fallback, testTexts);
    const evaluated = evaluateSentiment(truth, perLanguage);
    if (!evaluated.ok) return evaluated;
    const trainRows = new Map<string, number>();
    for (const p of trainPos) trainRows.set(langs[p]!, (trainRows.get(langs[p]!) ?? 0) + 1);
    const kept =
      own.size === 0
        ? 'one-model'
        : (
              cv
                ? cv.perLanguage > cv.oneModel
                : evaluated.value.accuracy > one.value.heldOut.accuracy
            )
          ? 'per-language'
          : 'one-model';
    measured = {
      comparison: {
        kept,
        basis: cv ? 'cross-validation' : 'held-out',
        cv,
        models: [...own.keys()],
        dropped: choice?.dropped ?? [],
        ...DEFAULT_LANGUAGE_THRESHOLDS,
        perLanguage: evaluated.value,
        oneModel: one.value.heldOut,
        seconds: (performance.now() - started) / 1000,
      },
      testTexts,
      testLanguages,
      truth,
      perLanguage,
      oneModel,
      lexicon: testPos.map((p) => lexicon[rows[p]!] ?? 'unscored'),
      trainRows,
    };
    if (kept === 'one-model') return one;
    return ok({
      ...one.value,
      classifier: {
        ...byLanguage,
        training: {
          ...training,
          heldOutAccuracy: evaluated.value.accuracy,
          heldOutMacroF1: evaluated.value.macroF1,
        },
      },
      heldOut: evaluated.value,
      // the network is compared with the kept way, on the same folds
      figures: { ...one.value.figures, ...(cv ? { cvAccuracy: cv.perLanguage } : {}) },
    });
  };
  return {
    wordPatterns,
    comparison(classifier) {
      const m = measured;
      if (!m) return null;
      const kept = predictLabels(classifier, m.testTexts, m.testLanguages);
      const at = new Map<string, number[]>();
      m.testLanguages.forEach((l, p) => {
        const list = at.get(l);
        if (list) list.push(p);
        else at.set(l, [p]);
      });
      const byLanguage: LanguageFigures[] = [...at]
        .map(([language, positions]) => ({
          language,
          n: positions.length,
          trainRows: m.trainRows.get(language) ?? 0,
          ownModel: m.comparison.models.includes(language),
          tried: m.comparison.models.includes(language) || m.comparison.dropped.includes(language),
          classifier: accuracyOf(m.truth, kept, positions),
          perLanguage: accuracyOf(m.truth, m.perLanguage, positions),
          oneModel: accuracyOf(m.truth, m.oneModel, positions),
          lexicon: accuracyOf(m.truth, m.lexicon, positions),
          unscored: positions.filter((p) => m.lexicon[p] === 'unscored').length,
        }))
        .sort((a, b) => b.n - a.n || (a.language < b.language ? -1 : 1));
      return { ...m.comparison, byLanguage };
    },
  };
}
