/**
 * What the overview and the readable report say about one dataset, as plain data: the analysis
 * worker fills it from what each feature keeps, the sentences and the HTML report read it.
 */

/** The three sentiment classes, in the order the shares are given. */
export const OVERVIEW_CLASSES = ['negative', 'neutral', 'positive'] as const;
export type OverviewClass = (typeof OVERVIEW_CLASSES)[number];

/** Where the sentiment shares come from. */
export type OverviewSentimentSource =
  /** VADER's labels on every post; the interval is Wilson's on the posts (sampling only). */
  | 'vader'
  /** The trained classifier's labels on every post, without a correction. */
  | 'classifier'
  /** Prediction-powered shares: the classifier corrected by the randomly drawn labels. */
  | 'corrected';

export interface OverviewSentiment {
  readonly source: OverviewSentimentSource;
  /** Posts read (those with a text). */
  readonly posts: number;
  /** Shares of the posts, 0..1, negative, neutral, positive. */
  readonly shares: Readonly<Record<OverviewClass, number>>;
  /** 95% intervals of the shares, or null when none can be given. */
  readonly ci95: Readonly<Record<OverviewClass, readonly [number, number]>> | null;
  /** Labels behind a classifier or corrected share (people's and the file's). */
  readonly labels: number;
  /** Posts no word list of ours reads (languages without one), left out of the shares. */
  readonly unscored: number;
}

export interface OverviewTopic {
  /** As the Topics view names it: "Topic 3 · customer service · rude". */
  readonly name: string;
  readonly posts: number;
  /** Share of the clustered posts, 0..1. */
  readonly share: number;
  /** Not one topic (the Topics view's "Mixed / unclear"): counted, never named as a topic. */
  readonly mixed?: boolean;
}

export interface OverviewTopics {
  /** What was clustered: each post's hashtags, or the words of its text. */
  readonly terms: 'hashtags' | 'text';
  /** Posts that took part (those with a hashtag or a word). */
  readonly posts: number;
  readonly clusters: number;
  /** Largest first. */
  readonly top: readonly OverviewTopic[];
}

export interface OverviewDriver {
  /** The feature in plain words ("author followers"). */
  readonly name: string;
  /** Impurity importance, 0..1 (the forest's shares sum to 1). */
  readonly weight: number;
}

export interface OverviewEngagement {
  /** The column predicted ("likes"). */
  readonly target: string;
  readonly task: 'regression' | 'classification';
  /** Largest first. */
  readonly drivers: readonly OverviewDriver[];
}

export interface OverviewLanguage {
  /** ISO 639-1 code, or `unknown`. */
  readonly code: string;
  readonly posts: number;
}

/** Values that did not read as written (the Dataset view's notes), as the overview mentions them. */
export interface OverviewValues {
  /** A row below the header (1-based) that failed in several columns: a second header row. */
  readonly headerRow: number | null;
  /** Columns with other number or date values that did not read. */
  readonly unreadable: readonly string[];
  /** Columns with counts written short (2.1K). */
  readonly shortCounts: readonly string[];
  /** Date columns whose day and month order was guessed (no part above 12). */
  readonly dayOrderGuessed: readonly string[];
}

/** Everything the overview can say; a part is null when it is not known (not run, no column). */
export interface OverviewSummary {
  readonly dataset: string;
  readonly posts: number;
  /** First and last post (epoch ms), from the timestamp column. */
  readonly dates: { readonly column: string; readonly first: number; readonly last: number } | null;
  /** Posts per language, most first (null: not detected, or no text column). */
  readonly languages: readonly OverviewLanguage[] | null;
  /** Rows identical to an earlier row, and rows whose text repeats an earlier one's. */
  readonly duplicates: { readonly exactRows: number; readonly repeatedTexts: number } | null;
  /** Null while the column summaries are not known. */
  readonly values: OverviewValues | null;
  /** Null while sentiment has not been read (or there is no text column: `hasText` false). */
  readonly sentiment: OverviewSentiment | null;
  readonly hasText: boolean;
  readonly topics: OverviewTopics | null;
  readonly engagement: OverviewEngagement | null;
}
