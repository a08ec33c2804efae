/**
 * Which sentiment the charts show: VADER (the default) or the classifier trained on the person's
 * labels. The Sentiment feature writes it; every feature that counts sentiment (topics × sentiment,
 * aggregates, the report) reads each post's class through `chosenSentiment`, never its own copy.
 */
import type { SentimentMode } from '../../core/sentiment/mode.ts';
import { languageReading } from './languageReading.ts';
import { cacheEntry, type LoadedDataset } from './session.ts';

export type SentimentSource = 'vader' | 'classifier';

/** VADER's classes come from the score store and the thresholds; the classifier's are kept here. */
export type ChosenSentiment =
  | { readonly source: 'vader' }
  | {
      readonly source: 'classifier';
      /** Per post: 0 negative, 1 neutral, 2 positive (the person's label where they gave one). */
      readonly classes: Uint8Array;
      readonly textColumn: string;
    };

const chosen = cacheEntry<ChosenSentiment>('shared:chosen-sentiment');

/** The source the charts use for the active dataset; VADER until the person switches. */
export function chosenSentiment(d: LoadedDataset): ChosenSentiment {
  return chosen.get(d) ?? { source: 'vader' };
}

export function chooseSentiment(d: LoadedDataset, value: ChosenSentiment): void {
  chosen.set(d, value);
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
