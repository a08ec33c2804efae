/**
 * The feature builder's contract: a spec (which columns, read how), the params fitted from it
 * (plain JSON a saved model carries) and the input it reads, a table's cells or one typed draft.
 */
import type { TopicModel } from '../cluster/topicModel.ts';
import type {
  CategoricalColumnSpec,
  NumericColumnSpec,
  PreprocessParams,
} from '../preprocess/types.ts';
import type { ColumnFormat, ColumnType } from '../schema/types.ts';
import type { SentimentMode } from '../sentiment/mode.ts';

/** Features read from the text (and hashtags), in output order; names as the reference `build_features`. */
export const TEXT_FEATURES = [
  'vader_compound',
  'vader_pos',
  'vader_neg',
  'char_len',
  'word_count',
  'hashtag_count',
  'mention_count',
  'url_count',
  'exclamation_count',
  'question_count',
  'emoji_count',
] as const;
export type TextFeature = (typeof TEXT_FEATURES)[number];

/** Calendar parts of the post time (naive times read as UTC, as pandas `dt.hour` etc.), in output order. */
export const TIME_PARTS = ['hour', 'day_of_week', 'month', 'year'] as const;
export type TimePart = (typeof TIME_PARTS)[number];

/** A column of the source table and how its cells are written (so a new file or a draft is read the same way). */
export interface SourceColumn {
  readonly name: string;
  readonly type: ColumnType;
  readonly format: ColumnFormat;
}

/** A numeric feature: a number, boolean (1/0) or datetime column, filled, log1p'd and scaled as its spec says. */
export interface NumericFeature {
  readonly column: SourceColumn;
  /** Preprocessing (missing 'drop' is not allowed: every post needs a prediction). */
  readonly spec: NumericColumnSpec;
}

/** A categorical feature: one-hot of the top N values plus `__other__`, or ordinal codes. */
export interface CategoricalFeature {
  readonly column: SourceColumn;
  readonly spec: CategoricalColumnSpec;
  /** One-hot only: exactly these levels, in this order, instead of the N most frequent. */
  readonly levels?: readonly string[];
}

/** What to build. Every part is optional; at least one feature must come out. */
export interface FeatureSpec {
  /** The post text: VADER scores and counts. Null: no text features. */
  readonly text: SourceColumn | null;
  /** Which text features, any order (output follows TEXT_FEATURES). Default all. */
  readonly textFeatures?: readonly TextFeature[];
  /**
   * What VADER reads for the vader_* features: 'social' (handles, links … set aside) or
   * 'reference' (the raw text). Absent means 'reference': models made before the social reading
   * learned from raw scores, and a draft must be scored as they were.
   */
  readonly sentimentMode?: SentimentMode;
  /** A tag-list column for hashtag_count (and the topic); null: hashtags are read from the text. */
  readonly hashtags: SourceColumn | null;
  /** The post time. Null: no time features. */
  readonly timestamp: SourceColumn | null;
  /** Default all of TIME_PARTS. */
  readonly timeParts?: readonly TimePart[];
  readonly numeric: readonly NumericFeature[];
  readonly categorical: readonly CategoricalFeature[];
  /** A fitted hashtag topic model: its cluster becomes one-hot `hashtag_cluster=k` columns. */
  readonly topics?: TopicModel | null;
}

/** A fitted feature builder: everything needed to rebuild the same columns for new posts. JSON-safe. */
export interface FeatureParams {
  readonly kind: 'murmur.features';
  readonly version: 1;
  readonly spec: FeatureSpec;
  /** Numeric and categorical columns, fitted on the training rows; null when there are none. */
  readonly preprocess: PreprocessParams | null;
  /** Fill per time part for a missing or unreadable time: the training median. */
  readonly timeFill: Readonly<Partial<Record<TimePart, number>>>;
  /** Output columns, in order. */
  readonly names: readonly string[];
  /** Rows the builder was fitted on. */
  readonly fittedRows: number;
}

/** Posts to build features for: cells by source column name (trimmed strings, '' when missing). */
export interface FeatureInput {
  readonly rows: number;
  readonly cells: Readonly<Record<string, readonly string[]>>;
  /** How cells are written when it differs from the training file (a typed draft: ISO time, `#a #b` tags). */
  readonly formats?: Readonly<Record<string, ColumnFormat>>;
  /** VADER scores already computed in the spec's sentimentMode, 4 per row (neg, neu, pos, compound), e.g. from the Sentiment view. */
  readonly sentiment?: Float32Array | Float64Array;
}
