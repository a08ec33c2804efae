/**
 * Which sentiment the charts show: VADER (the default) or the classifier trained on the person's
 * labels. The Sentiment feature writes it; every feature that counts sentiment (topics × sentiment,
 * aggregates, the report) reads each post's class through `chosenSentiment`, never its own copy.
 * The choice (with the classifier's classes) is kept with the dataset in IndexedDB, so after a
 * reload the charts read the classifier again without retraining it first: read it through
 * `chosenSentimentKept` (the synchronous `chosenSentiment` knows only this worker's memory).
 */
import { LINEAR_CLASSIFIER_KIND } from '../../core/bundle/linearClassifier.ts';
import { LANGUAGE_CLASSIFIER_KIND } from '../../core/bundle/languageClassifier.ts';
import type { FeedClassifierModel } from '../../core/stream/classifierLabels.ts';
import type { SentimentMode } from '../../core/sentiment/mode.ts';
import { forgetKept, restoreKept, storeKept, type KeptKind } from './keptResults.ts';
import { languageReading } from './languageReading.ts';
import { cacheEntry, type LoadedDataset } from './session.ts';

export type SentimentSource = 'vader' | 'classifier';

/** The classifier the charts show, as a model that reads new posts. */
export type FeedModel = FeedClassifierModel;

/** VADER's classes come from the score store and the thresholds; the classifier's are kept here. */
export type ChosenSentiment =
  | { readonly source: 'vader' }
  | {
      readonly source: 'classifier';
      /** Per post: 0 negative, 1 neutral, 2 positive (the person's label where they gave one). */
      readonly classes: Uint8Array;
      readonly textColumn: string;
      /** The model that read them (one per language, or one for all), for posts outside the dataset (a live feed's). */
      readonly model?: FeedModel;
    };

type ByClassifier = Extract<ChosenSentiment, { source: 'classifier' }>;

const chosen = cacheEntry<ChosenSentiment>('shared:chosen-sentiment');

const STORED_CHOICE: KeptKind<ByClassifier> = {
  kind: 'shared:chosen-sentiment',
  what: 'the classifier’s reading of your posts',
  check: (v): v is ByClassifier =>
    typeof v === 'object' &&
    v !== null &&
    'source' in v &&
    v.source === 'classifier' &&
    'classes' in v &&
    v.classes instanceof Uint8Array &&
    'textColumn' in v &&
    typeof v.textColumn === 'string' &&
    // the model is decoded and checked where it is used (the stream worker)
    (!('model' in v) ||
      v.model === undefined ||
      (typeof v.model === 'object' &&
        v.model !== null &&
        'kind' in v.model &&
        (v.model.kind === LINEAR_CLASSIFIER_KIND || v.model.kind === LANGUAGE_CLASSIFIER_KIND))),
};

/** The source the charts use for the active dataset; VADER until the person switches. */
export function chosenSentiment(d: LoadedDataset): ChosenSentiment {
  return chosen.get(d) ?? { source: 'vader' };
}

/**
 * As `chosenSentiment`, reading the choice kept with the dataset on first use after a reload (a
 * kept reading for another row count is ignored).
 */
export async function chosenSentimentKept(d: LoadedDataset): Promise<ChosenSentiment> {
  const had = chosen.get(d);
  if (had) return had;
  const stored = await restoreKept(d, STORED_CHOICE);
  // a choice made while this one was read wins
  const now = chosen.get(d);
  if (now) return now;
  const value: ChosenSentiment =
    stored && stored.classes.length === d.table.rowCount ? stored : { source: 'vader' };
  chosen.set(d, value);
  return value;
}

/** The classifier the charts show, as a model that reads new posts; null while they show VADER. */
export async function chosenClassifierModel(d: LoadedDataset): Promise<FeedModel | null> {
  const c = await chosenSentimentKept(d);
  return c.source === 'classifier' ? (c.model ?? null) : null;
}

/** Sets the charts' source and keeps it with the dataset (a failure to store is announced). */
export async function chooseSentiment(d: LoadedDataset, value: ChosenSentiment): Promise<void> {
  chosen.set(d, value);
  if (value.source === 'classifier') await storeKept(d, STORED_CHOICE, value);
  else await forgetKept(d, STORED_CHOICE);
}

/** Class index of a post no word list of ours reads: counted apart, never as neutral. */
export const UNSCORED_CLASS = 3;

/** How each post of one text column is counted: its class and the compound to chart. */
export interface PostReading {
  readonly source: SentimentSource;
  /** True when posts are read in their own language (after the language pass): some may be unscored. */
  readonly byLanguage: boolean;
  /** 0 negative, 1 neutral, 2 positive, 3 unscored ({@link UNSCORED_CLASS}). */
  classOf(row: number): number;
  /** VADER's compound, or the one read in the post's language; NaN when unscored. */
  compoundOf(row: number): number;
}

/**
 * The one reading of each post every sentiment chart and share counts: the classifier's classes
 * when chosen (it reads any language), else VADER's, and once the language pass ran on this column
 * (social reading only; the reference switch is VADER on everything, as vaderSentiment), each post
 * read in its own language, `unscored` where we have no word list.
 * @param vaderCompound VADER's compound of a row (the shared score store's).
 */
export function postReading(
  d: LoadedDataset,
  textColumn: string,
  vaderCompound: (row: number) => number,
  thresholds: { readonly positive: number; readonly negative: number },
  mode: SentimentMode,
): PostReading {
  const chosen = chosenSentiment(d);
  const reading = mode === 'social' ? languageReading(d, textColumn) : null;
  const scores = reading?.scores;
  // VADER's scores are float32: compare at that precision, as `storedLabel` does.
  const pos = Math.fround(thresholds.positive);
  const neg = Math.fround(thresholds.negative);
  const compoundOf = scores ? (row: number) => scores[row * 4 + 3]! : vaderCompound;
  const fromCompound = (row: number): number => {
    const c = compoundOf(row);
    if (Number.isNaN(c)) return UNSCORED_CLASS;
    return c >= pos ? 2 : c <= neg ? 0 : 1;
  };
  if (chosen.source === 'classifier' && chosen.textColumn === textColumn) {
    const classes = chosen.classes;
    return {
      source: 'classifier',
      byLanguage: false,
      classOf: (row) => classes[row]!,
      compoundOf,
    };
  }
  return { source: 'vader', byLanguage: scores !== undefined, classOf: fromCompound, compoundOf };
}

/** As `postReading`, after reading the choice kept with the dataset (so a reload still finds the classifier). */
export async function postReadingKept(
  ...args: Parameters<typeof postReading>
): Promise<PostReading> {
  await chosenSentimentKept(args[0]);
  return postReading(...args);
}
