/**
 * A live feed's posts read by the classifier the charts show (trained on the person's labels): each
 * post's `chosenLabel` is the class the model finds most likely, so the stream counts what the
 * charts count. The model reads any language through its character n-grams; a classifier with a
 * model per language reads each post by the model of the language the feed declares for it (a
 * post without one, by the model for all languages).
 */
import type { LanguageClassifierModel } from '../bundle/languageClassifier.ts';
import type { LinearClassifierModel } from '../bundle/linearClassifier.ts';
import { readyClassifier, type ReadyClassifier } from '../bundle/sentimentClassifier.ts';
import { fail, ok, type Result } from '../errors/index.ts';
import { declaredLanguage, UNKNOWN_LANGUAGE } from '../language/detectLanguage.ts';
import { SENTIMENT_CLASSES } from '../sentiment/labelMapping.ts';
import type { StreamPost } from './types.ts';

/** The classifier the charts show, as JSON: one word-pattern model, or one per language. */
export type FeedClassifierModel = LinearClassifierModel | LanguageClassifierModel;

export interface FeedClassifier {
  readonly ready: ReadyClassifier;
  /** The class index (0 negative, 1 neutral, 2 positive) of each model output. */
  readonly classes: readonly number[];
}

/** Decodes and checks the model; BUNDLE_INVALID (with the part at fault) when it cannot be read. */
export function feedClassifier(model: FeedClassifierModel): Result<FeedClassifier> {
  const classes = Array.isArray(model.classes)
    ? model.classes.map((c) => SENTIMENT_CLASSES.indexOf(c))
    : [];
  const ready = classes.length >= 2 && !classes.includes(-1) ? readyClassifier(model) : 'classes';
  if (typeof ready === 'string')
    return fail(
      'BUNDLE_INVALID',
      `The classifier the charts show cannot be read (${ready}).`,
      'Train it again in the Sentiment view (label a batch), then connect.',
    );
  return ok({ ready, classes });
}

/** `posts` with each one's `chosenLabel` from the classifier. */
export function withClassifierLabels(
  classifier: FeedClassifier,
  posts: readonly StreamPost[],
): StreamPost[] {
  if (posts.length === 0) return [];
  const k = classifier.classes.length;
  const p = classifier.ready.probabilities(
    posts.map((post) => post.text),
    classifier.ready.byLanguage
      ? posts.map((post) => declaredLanguage(post.lang) ?? UNKNOWN_LANGUAGE)
      : undefined,
  );
  return posts.map((post, r) => {
    let best = 0;
    for (let c = 1; c < k; c++) if (p[r * k + c]! > p[r * k + best]!) best = c;
    return { ...post, chosenLabel: classifier.classes[best]! };
  });
}
