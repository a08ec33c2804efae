/** Sentiment: the jobs of the analysis worker, the compute pool and the live worker for this feature. */
import type { LabelMapping, LabelProposal, LabelTarget } from '../core/sentiment/labelMapping.ts';
import type { SentimentEvaluation, VaderEvaluation } from '../core/sentiment/evaluation.ts';
import type { EpochStats } from '../core/nn/types.ts';
import type { SentimentMode } from '../core/sentiment/mode.ts';
import type { SplitInfo } from '../core/split/types.ts';
import type { SocialSpan } from '../core/preprocess/socialText.ts';
import type {
  SentimentLabel,
  SentimentScores,
  SentimentThresholds,
  TokenExplanation,
} from '../core/sentiment/types.ts';
import type { JobMethod, JobProgress } from './common.ts';
import type { LanguageBreakdown } from '../core/sentiment/languageBreakdown.ts';
import type {
  ClassifierLayer,
  SentimentClassifierModel,
} from '../core/bundle/sentimentClassifier.ts';

export type {
  SentimentExplanation,
  SentimentLabel,
  SentimentScores,
  SentimentThresholds,
  TokenExplanation,
  TokenKind,
} from '../core/sentiment/types.ts';
export type {
  LabelMapping,
  LabelProposal,
  LabelReason,
  LabelTarget,
} from '../core/sentiment/labelMapping.ts';
export type {
  SentimentClassScores,
  SentimentEvaluation,
  VaderEvaluation,
} from '../core/sentiment/evaluation.ts';
export type { EpochStats } from '../core/nn/types.ts';
export type { SentimentMode } from '../core/sentiment/mode.ts';
export type { SocialSpan, SocialSpanKind } from '../core/preprocess/socialText.ts';

export type { LanguageBreakdown, LanguageShare } from '../core/sentiment/languageBreakdown.ts';

export type SentimentCounts = Readonly<Record<SentimentLabel, number>>;

/** Each post's language and its sentiment read in that language, per language. */
export interface SentimentLanguages extends LanguageBreakdown {
  readonly textColumn: string;
  /** The column of declared languages used as a hint, or null. */
  readonly languageColumn: string | null;
}

/** Calendar buckets for sentiment over time (UTC; weeks start on Monday). */
export type SentimentTimeUnit = 'hour' | 'day' | 'week' | 'month';

/** What the summary is computed for; everything but `textColumn` can change without rescoring. */
export interface SentimentViewOptions {
  /** The column scored; default the column with role `text`. */
  readonly textColumn?: string;
  /** Default ±0.05. */
  readonly thresholds?: SentimentThresholds;
  /** Default 'auto': hour, day, week or month chosen from the time span. */
  readonly timeUnit?: SentimentTimeUnit | 'auto';
  /** Column to break sentiment down by; default the first categorical column, null for none. */
  readonly categoryColumn?: string | null;
  /**
   * What VADER reads: 'social' (default: handles, links, RT prefixes set aside, hashtags as words)
   * or 'reference' (the raw text, exactly as vaderSentiment 3.3.2). A status request makes it
   * the worker's mode for the scoring that follows.
   */
  readonly mode?: SentimentMode;
}

/** The columns the sentiment view can use. */
export interface SentimentColumns {
  /** The column with role `text`, or null. */
  readonly text: string | null;
  /** Columns that hold free text (role `text` first), for the text column select. */
  readonly textCandidates: readonly string[];
  readonly timestamp: string | null;
  /** Categorical columns (role category or label, or a category/boolean type). */
  readonly categories: readonly string[];
  /** The column with role `label`, or null. */
  readonly label: string | null;
}

/** One post with its scores (for the most positive/negative lists and the table). */
export interface SentimentPost extends SentimentScores {
  /** 0-based row of the dataset. */
  readonly row: number;
  /** The text, cut to 500 characters. */
  readonly text: string;
  /** `unscored` when the post is in a language we have no word list for (its scores are then 0). */
  readonly label: SentimentLabel | 'unscored';
  /** ISO 639-1 code or `unknown`, once posts are read in their own language (its scores are that reading's). */
  readonly language?: string;
}

export interface SentimentTimeBucket extends SentimentCounts {
  /** Epoch ms where the bucket starts. */
  readonly start: number;
  /** Posts in a language we have no word list for: counted apart, never as neutral. */
  readonly unscored: number;
  readonly meanCompound: number;
}

export interface SentimentOverTime {
  readonly column: string;
  readonly unit: SentimentTimeUnit;
  /** True when the unit was chosen from the span. */
  readonly auto: boolean;
  readonly buckets: readonly SentimentTimeBucket[];
  /** Scored rows without a readable time. */
  readonly undated: number;
}

export interface SentimentGroup extends SentimentCounts {
  readonly value: string;
  /** Posts no word list of ours reads (in `total`, never in neutral). */
  readonly unscored: number;
  /** Every post of the group, unscored ones included. */
  readonly total: number;
  readonly meanCompound: number;
}

export interface SentimentByCategory {
  readonly column: string;
  /** The most frequent values (up to 12), then "Other" when more exist. */
  readonly groups: readonly SentimentGroup[];
  /** Distinct values folded into "Other". */
  readonly otherValues: number;
}

export interface SentimentSummary {
  readonly textColumn: string;
  readonly rows: number;
  /** Rows scored so far (all of them once `complete`). */
  readonly scored: number;
  readonly complete: boolean;
  readonly thresholds: SentimentThresholds;
  readonly counts: SentimentCounts;
  /**
   * Posts in a language we have no word list for (only once posts are read in their own
   * language, `byLanguage`): counted apart, never as neutral, and left out of the histogram and means.
   */
  readonly unscored: number;
  /** True once each post is read in its own language (the language pass ran on this column). */
  readonly byLanguage: boolean;
  /** The languages the dataset's language filter keeps, or null when every language is counted. */
  readonly languages: readonly string[] | null;
  /** Rows counted in the charts: the scored rows the language filter keeps. */
  readonly counted: number;
  /** Scored rows whose text is empty (they score 0, neutral). */
  readonly emptyTexts: number;
  readonly meanCompound: number;
  /** Bins of compound over [-1, 1] about 0.1 wide, cut at the thresholds (21 at ±0.05): each holds one label. */
  readonly histogram: { readonly edges: readonly number[]; readonly counts: readonly number[] };
  readonly overTime: SentimentOverTime | null;
  readonly byCategory: SentimentByCategory | null;
  /** The 5 most positive (compound > 0) and 5 most negative (compound < 0) posts. */
  readonly mostPositive: readonly SentimentPost[];
  readonly mostNegative: readonly SentimentPost[];
  /** Which numbers the counts, time and category charts show: VADER's or the trained classifier's. */
  readonly source: 'vader' | 'classifier';
}

export interface SentimentStatus {
  readonly columns: SentimentColumns;
  /** The text column in use (null: the dataset has no text column). */
  readonly textColumn: string | null;
  readonly rows: number;
  readonly scoredRows: number;
  /** Present once any row is scored. */
  readonly summary: SentimentSummary | null;
}

/** Texts of a chunk as UTF-16 code units, transferable: text i is units [offsets[i], offsets[i + 1]). */
export interface PackedTexts {
  readonly units: Uint16Array;
  /** Length n + 1. */
  readonly offsets: Uint32Array;
  /** False when some text holds a lone surrogate (decoded code unit by code unit to keep it). */
  readonly wellFormed: boolean;
  /** What VADER reads for these texts; default 'social'. */
  readonly mode?: SentimentMode;
}

export interface SentimentPlan {
  readonly textColumn: string;
  readonly rows: number;
  readonly chunkRows: number;
  readonly scoredRows: number;
  /** Row ranges [from, to) still to score, in order. */
  readonly pending: readonly (readonly [number, number])[];
}

export type SentimentFilter = SentimentLabel | 'unscored' | 'all';

export interface SentimentRowsPage {
  /** Rows matching the filter (among scored rows). */
  readonly total: number;
  readonly offset: number;
  readonly rows: readonly SentimentPost[];
}

export interface SentimentLabelValues {
  readonly column: string;
  readonly rows: number;
  /** Rows with no label. */
  readonly missing: number;
  /** Each distinct value with its count and proposed class, most frequent first. */
  readonly proposals: readonly LabelProposal[];
  /** The mapping to start from: the user's last one for this column, else the proposals'. */
  readonly mapping: Readonly<Record<string, LabelTarget>>;
}

/** Labelled rows for training: texts, class index per row (0 negative, 1 neutral, 2 positive) and dataset row numbers. */
export interface SentimentTrainingData {
  readonly textColumn: string;
  readonly labelColumn: string;
  readonly texts: PackedTexts;
  readonly y: Uint8Array;
  readonly rows: Uint32Array;
  /** Each row's language (ISO 639-1 or `unknown`), when asked for. */
  readonly languages?: readonly string[];
}

/** Options of the TF-IDF + dense network classifier. */
export interface SentimentTrainOptions {
  /** Default 42. */
  readonly seed?: number;
  /** Share of rows held out (stratified by class), 0.05–0.5. Default 0.2. */
  readonly testShare?: number;
  /** Vocabulary cap. Default 3000. */
  readonly maxFeatures?: number;
  /** Add word pairs ("not good") to single words. Default true. */
  readonly bigrams?: boolean;
  /** Hidden layer size. Default 32. */
  readonly hidden?: number;
  /** Upper bound on epochs. Default 30. */
  readonly epochs?: number;
  /** Early-stopping patience in epochs. Default 4. */
  readonly patience?: number;
  /** Adam learning rate. Default 0.003. */
  readonly learningRate?: number;
  /** Labelled rows beyond this are sampled down to it (seeded, stratified). Default 50,000. */
  readonly maxRows?: number;
}

/** A dense layer with its weights as base64 of little-endian float32 (JSON-safe). */
export type SentimentClassifierLayer = ClassifierLayer;

/** A trained sentiment classifier as plain JSON: enough to predict anywhere without tfjs (its format lives in workers/core/bundle). */
export type SentimentClassifier = SentimentClassifierModel;

export interface SentimentTrainRequest {
  readonly texts: PackedTexts;
  /** Class per row, 0 negative, 1 neutral, 2 positive. */
  readonly y: Uint8Array;
  readonly options?: SentimentTrainOptions;
  /** For VADER's labels on the held-out rows. Default ±0.05. */
  readonly thresholds?: SentimentThresholds;
  /**
   * Each row's language (ISO 639-1 or `unknown`): when given, word-pattern models per language are
   * trained beside the one for all languages and the better on the held-out rows is kept.
   */
  readonly languages?: readonly string[];
}

export interface SentimentTrainResult {
  readonly classifier: SentimentClassifier;
  readonly history: readonly EpochStats[];
  readonly bestEpoch: number;
  readonly stoppedEarly: boolean;
  /** Both scored on the same held-out rows. */
  readonly heldOut: {
    readonly n: number;
    readonly model: SentimentEvaluation;
    readonly vader: SentimentEvaluation;
    /** Held-out posts chosen by group: copies of a text stay on one side (overlap 0). Absent in results kept before. */
    readonly split?: SplitInfo;
  };
  /**
   * The word-pattern model trained beside the network on the same rows, both scored on the same
   * held-out rows, and which one was kept (`classifier`, `heldOut.model`). Absent in results kept
   * before.
   */
  readonly choice?: ClassifierChoice;
  /** Word-pattern models per language beside the one for all languages (when languages were given). */
  readonly languages?: LanguageComparison;
  readonly trainRows: number;
  /** Rows with a class before any sampling down to `maxRows`. */
  readonly labelledRows: number;
  readonly vocabulary: number;
  readonly seconds: number;
  /** tfjs backend that trained it ('wasm', or 'cpu' when wasm could not start). */
  readonly backend: string;
}

/** Which trained model is kept: the word-pattern (n-gram TF-IDF + linear) model or the network. */
export type ClassifierKind = 'linear' | 'network';

/**
 * What the choice between the two rested on: their accuracy in cross-validation on the same folds,
 * or, with too few rows to fold, the held-out posts.
 */
export type ClassifierBasis = 'cross-validation' | 'held-out';

/** The two models trained on the same rows, compared on the same folds, scored on the same held-out rows. */
export interface ClassifierChoice {
  readonly kept: ClassifierKind;
  /** Absent in results kept before cross-validation chose (they chose on the held-out posts). */
  readonly basis?: ClassifierBasis;
  readonly linear: {
    readonly heldOut: SentimentEvaluation;
    /** Cross-validated accuracy of the chosen loss and C on (a sample of) the training rows; null with too few rows to fold. */
    readonly cvAccuracy: number | null;
    /** Folds of that cross-validation (0 when none). */
    readonly folds: number;
    /** Rows the cross-validation used. */
    readonly cvRows: number;
    readonly loss: 'logistic' | 'squared-hinge';
    readonly C: number;
    /** Word and character n-gram features kept. */
    readonly features: number;
    readonly seconds: number;
  };
  readonly network: {
    readonly heldOut: SentimentEvaluation;
    /** Its fit, and its cross-validation on the word-pattern model's folds. */
    readonly seconds: number;
    /** Cross-validated accuracy on the same folds as the word-pattern model's `cvAccuracy`; null without folds, absent in results kept before. */
    readonly cvAccuracy?: number | null;
  };
}

/** One language's held-out posts: how each way of reading them did. */
export interface LanguageFigures {
  /** ISO 639-1 code, or `unknown` (too short or mixed to tell). */
  readonly language: string;
  /** Held-out posts in the language. */
  readonly n: number;
  /** Training posts in the language. */
  readonly trainRows: number;
  /** The language reads by a model of its own (it had enough labels, and the model read it better). */
  readonly ownModel: boolean;
  /** The language had enough labels for a model of its own (kept or not). */
  readonly tried: boolean;
  /** Accuracy of the kept classifier, of the word-pattern models per language, of one word-pattern model for all languages. */
  readonly classifier: number;
  readonly perLanguage: number;
  readonly oneModel: number;
  /**
   * Accuracy of the word list of the language (VADER for English, as the charts read it without a
   * classifier); a post it cannot read (`unscored`) counts as wrong.
   */
  readonly lexicon: number;
  /** Held-out posts no word list of ours reads. */
  readonly unscored: number;
}

/** Word-pattern models per language against one for all languages, on the same held-out posts. */
export interface LanguageComparison {
  /** Which was kept as the word-pattern model: one per language, or one for all (also on a tie). */
  readonly kept: 'per-language' | 'one-model';
  /**
   * What decided: cross-validation on the folds the single model chose its loss and C on, or the
   * held-out posts when the training posts were too few to fold (or no language had its own model).
   */
  readonly basis: ClassifierBasis;
  /** Cross-validated accuracy of both ways on those folds (null: held-out basis). */
  readonly cv: { readonly perLanguage: number; readonly oneModel: number } | null;
  /** Languages with a model of their own, most labelled first (empty: none had enough labels, or none did better). */
  readonly models: readonly string[];
  /** Languages with enough labels whose own model read them no better than one model, in cross-validation. */
  readonly dropped: readonly string[];
  /** A language needs this many labelled training posts, with `minClassRows` in each of two classes. */
  readonly minRows: number;
  readonly minClassRows: number;
  readonly perLanguage: SentimentEvaluation;
  readonly oneModel: SentimentEvaluation;
  /** Per language of the held-out posts, most posts first. */
  readonly byLanguage: readonly LanguageFigures[];
  readonly seconds: number;
}

/** Training progress: per batch for the bar, with the finished epochs' statistics for the curves. */
export interface SentimentTrainProgress extends JobProgress {
  readonly history: readonly EpochStats[];
}

export interface ClassifierPrediction {
  readonly classes: readonly SentimentLabel[];
  readonly probabilities: readonly number[];
  readonly label: SentimentLabel;
  /**
   * With a model per language: the language whose model read the text (ISO 639-1), or `all` for
   * the all-language model (a language without enough labels, or too short to tell). Absent otherwise.
   */
  readonly model?: string;
}

export interface LiveSentiment extends SentimentScores {
  /** `unscored` for a language we have no word list for (its scores are then NaN): never neutral. */
  readonly label: SentimentLabel | 'unscored';
  /**
   * The text's language (ISO 639-1, or `unknown` when too short to tell) and how it was read:
   * VADER (English, and the reference switch), that language's word list, or not at all.
   */
  readonly language: { readonly code: string; readonly route: 'vader' | 'lexicon' | 'unscored' };
  /** Scored tokens with what each contributed (the first `maxTokens`). */
  readonly tokens: readonly TokenExplanation[];
  /** Scored tokens left out of `tokens`. */
  readonly tokensOmitted: number;
  readonly punctuationEmphasis: number;
  /** The trained classifier's answer, when one is set. */
  readonly classifier: ClassifierPrediction | null;
  /** What sentiment did not read (handles, links, RT prefixes) or read otherwise (entities, hashtags' words). */
  readonly setAside: readonly SocialSpan[];
  /** Time the worker took, ms. */
  readonly ms: number;
}

/** A post offered for labelling. */
export interface LabellingPost {
  readonly row: number;
  readonly text: string;
}

/** Corrected shares (negative, neutral, positive) of each group of posts, with 95% intervals (null where too few audit labels fall in it). */
export interface GroupShares {
  readonly column: string;
  readonly groups: readonly {
    readonly value: string;
    readonly posts: number;
    readonly corrected: readonly number[];
    readonly ci95: readonly (readonly [number, number])[] | null;
  }[];
}

/** How the labels so far judge the classifier and VADER, and the shares they support. */
export interface LabellingStats {
  readonly textColumn: string;
  readonly rows: number;
  /** Labels in all: given in the app (audit + chosen) and read from the file's label column. */
  readonly labels: number;
  readonly audit: number;
  readonly active: number;
  readonly fromFile: number;
  /** A classifier is trained (two classes or more labelled). */
  readonly trained: boolean;
  /** The classifier's accuracy on the randomly drawn labels, each predicted by a model that did not learn from it (Wilson 95% interval). */
  readonly accuracy: {
    readonly value: number;
    readonly ci95: readonly [number, number];
    readonly n: number;
  } | null;
  /** VADER's accuracy on the same labels. */
  readonly vaderAccuracy: number | null;
  /** The most common label among them and its share: what always answering it would score. */
  readonly majority: { readonly label: SentimentLabel; readonly share: number } | null;
  /** The classifier beats VADER on the held-out labels. */
  readonly recommended: boolean;
  /** Shares of every post, in the order negative, neutral, positive. */
  readonly shares: {
    readonly vader: readonly number[];
    readonly classifier: readonly number[];
    /** Prediction-powered estimate (the classifier corrected by the audit's errors). */
    readonly corrected: readonly number[];
    readonly ci95: readonly (readonly [number, number])[] | null;
  } | null;
  /** The same estimate per value of the first category column (the largest 8 values), or null. */
  readonly sharesByCategory: GroupShares | null;
  /** The same estimate per period of the timestamp column (up to 60 periods), or null. */
  readonly sharesOverTime: (GroupShares & { readonly unit: string }) | null;
  /** The charts' source. */
  readonly source: 'vader' | 'classifier';
  /** A model per language with enough labels reads its posts (the model for all languages the rest). */
  readonly perLanguage: boolean;
  /** With a model per language: the held-out labels per language, most first (null otherwise). */
  readonly languages: readonly LabellingLanguage[] | null;
}

/** One language's held-out labels (audit and file) in labelling with a model per language. */
export interface LabellingLanguage {
  /** ISO 639-1 code, or `unknown`. */
  readonly language: string;
  /** Held-out labels in the language, each judged by a model that did not learn from it. */
  readonly n: number;
  /** Labels in the language in all. */
  readonly labels: number;
  readonly ownModel: boolean;
  /** It had enough labels for a model of its own, kept only when it read the language better. */
  readonly tried: boolean;
  /** Accuracy of the classifier on the held-out labels, and of the language's word list (VADER for English; `unscored` posts count wrong). */
  readonly accuracy: number;
  readonly lexicon: number;
  readonly unscored: number;
}

export interface LabellingState {
  readonly stats: LabellingStats;
  /** The next posts to label (up to 20). */
  readonly batch: readonly LabellingPost[];
}

export type LabellingAnswer = SentimentLabel | 'skip';

export interface SentimentAnalysisApi {
  /** Columns the view can use, how far scoring got, and the summary when any row is scored. */
  sentimentStatus: JobMethod<SentimentViewOptions, SentimentStatus>;
  /** The row ranges of `textColumn` still to score, in chunks sized for `workers` pool workers (or of `chunkRows`). */
  sentimentPlan: JobMethod<
    { readonly textColumn?: string; readonly workers: number; readonly chunkRows?: number },
    SentimentPlan
  >;
  /** Texts of rows [from, to) of the text column, packed for a pool worker. */
  sentimentChunkTexts: JobMethod<
    { readonly textColumn: string; readonly from: number; readonly to: number },
    PackedTexts
  >;
  /** Keeps a chunk's scores (4 per row, from `from`); returns the updated summary when `summary` is given. */
  sentimentAddScores: JobMethod<
    {
      readonly textColumn: string;
      readonly from: number;
      readonly scores: Float32Array;
      readonly summary?: SentimentViewOptions;
    },
    { readonly scoredRows: number; readonly summary: SentimentSummary | null }
  >;
  /** The summary under other thresholds, time unit or category column, without rescoring. */
  sentimentSummary: JobMethod<SentimentViewOptions, SentimentSummary>;
  /** A page of scored rows, optionally only one label. */
  sentimentRows: JobMethod<
    {
      readonly textColumn?: string;
      readonly filter: SentimentFilter;
      readonly thresholds?: SentimentThresholds;
      readonly offset: number;
      readonly limit: number;
    },
    SentimentRowsPage
  >;
  /** Distinct values of the label column with counts and proposed classes. */
  sentimentLabelValues: JobMethod<
    { readonly labelColumn?: string; readonly zeroValence?: 'neutral' | 'ignore' },
    SentimentLabelValues
  >;
  /** VADER against the label column under `mapping` (remembered for the column). */
  sentimentEvaluate: JobMethod<
    {
      readonly textColumn?: string;
      readonly labelColumn?: string;
      readonly mapping: LabelMapping;
      readonly thresholds?: SentimentThresholds;
    },
    VaderEvaluation
  >;
  /** The labelled rows under `mapping`, packed for training in a pool worker. */
  sentimentTrainingData: JobMethod<
    {
      readonly textColumn?: string;
      readonly labelColumn?: string;
      readonly mapping: LabelMapping;
      /** Also each row's language (the language pass's, else detected), for a model per language. */
      readonly languages?: boolean;
    },
    SentimentTrainingData
  >;
  /** Keeps a training result (its classifier included) with the dataset, until it or its roles change. */
  sentimentKeepClassifier: JobMethod<
    { readonly result: SentimentTrainResult },
    { readonly kept: true }
  >;
  /** The training result kept with the active dataset, or null. */
  sentimentClassifier: JobMethod<Record<string, never>, SentimentTrainResult | null>;
  /** Labelling: the labels kept (or seeded from the label column), a classifier on them, and the next batch. */
  labellingOpen: JobMethod<{ readonly textColumn?: string }, LabellingState>;
  /** Keeps one answer (saved at once). */
  labellingRecord: JobMethod<
    { readonly row: number; readonly answer: LabellingAnswer },
    { readonly labels: number }
  >;
  /** Takes back the answer for `row`. */
  labellingUndo: JobMethod<{ readonly row: number }, { readonly labels: number }>;
  /** Retrains on every label and picks the next batch. */
  labellingTrain: JobMethod<Record<string, never>, LabellingState>;
  /** Turns a model per language on or off: retrains, publishes the charts' classifier, picks the next batch. */
  labellingPerLanguage: JobMethod<{ readonly perLanguage: boolean }, LabellingState>;
  /** Switches the charts' sentiment source. */
  labellingSource: JobMethod<{ readonly source: 'vader' | 'classifier' }, LabellingStats>;
  /** The labels as CSV: row, text, label, how it was chosen. */
  labellingExport: JobMethod<
    Record<string, never>,
    { readonly csv: string; readonly labels: number }
  >;
  /**
   * Each post's language (a `languageColumn` of declared languages is a hint) and its sentiment in
   * that language, per language; posts no lexicon reads are `unscored`. Detected once per column.
   */
  sentimentLanguages: JobMethod<
    {
      readonly textColumn?: string;
      readonly languageColumn?: string | null;
      readonly thresholds?: SentimentThresholds;
    },
    SentimentLanguages
  >;
}

export interface SentimentComputeApi {
  /** VADER scores of a chunk: neg, neu, pos, compound per text (transferred). */
  scoreSentimentChunk: JobMethod<PackedTexts, Float32Array>;
  /** Trains the TF-IDF + dense network classifier (tfjs, wasm) with a stratified held-out split. */
  trainSentimentClassifier: JobMethod<
    SentimentTrainRequest,
    SentimentTrainResult,
    SentimentTrainProgress
  >;
}

export interface SentimentLiveApi {
  /** Scores and per-token explanation of typed text, and the classifier's answer when one is set. */
  explainSentimentLive: JobMethod<
    {
      readonly text: string;
      readonly thresholds?: SentimentThresholds;
      readonly maxTokens?: number;
      /** Default 'social'; 'reference' explains the raw text as vaderSentiment 3.3.2. */
      readonly mode?: SentimentMode;
    },
    LiveSentiment
  >;
  /** Sets (or clears, with null) the classifier the live box uses. */
  setSentimentClassifier: JobMethod<
    { readonly classifier: SentimentClassifier | null },
    { readonly active: boolean }
  >;
}
