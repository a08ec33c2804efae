/**
 * Which sentiment the charts show: VADER (the default) or the classifier trained on the person's
 * labels. The Sentiment feature writes it; every feature that counts sentiment (topics × sentiment,
 * aggregates, the report) reads each post's class through `chosenSentiment`, never its own copy.
 * The choice (with the classifier's classes) is kept with the dataset in IndexedDB, so after a
 * reload the charts read the classifier again without retraining it first: read it through
 * `chosenSentimentKept` (the synchronous `chosenSentiment` knows only this worker's memory).
 */
import { forgetKept, restoreKept, storeKept, type KeptKind } from './keptResults.ts';
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
    typeof v.textColumn === 'string',
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

/** Sets the charts' source and keeps it with the dataset (a failure to store is announced). */
export async function chooseSentiment(d: LoadedDataset, value: ChosenSentiment): Promise<void> {
  chosen.set(d, value);
  if (value.source === 'classifier') await storeKept(d, STORED_CHOICE, value);
  else await forgetKept(d, STORED_CHOICE);
}
