/**
 * Which sentiment the charts show: VADER (the default) or the classifier trained on the person's
 * labels. The Sentiment feature writes it; every feature that counts sentiment (topics × sentiment,
 * aggregates, the report) reads each post's class through `chosenSentiment`, never its own copy.
 */
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
