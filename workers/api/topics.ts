/** Topics: the jobs of the analysis worker, the compute pool and the live worker for this feature. */
import type { TopicAnalysis, TopicCluster, TopicSweepPart } from '../core/cluster/topicAnalysis.ts';
import type { SentimentLabel } from '../core/sentiment/types.ts';
import type { TermKind, TermSource } from '../core/trends/postTerms.ts';
import type { RisingTerms, TermSentiment, TermsOverTime, TrendUnit } from '../core/trends/index.ts';
import type { WordCloudLayout } from '../core/wordcloud/layout.ts';
import type { JobMethod } from './common.ts';
import type { TopicsFitSettings } from '../core/bundle/bundle.ts';
import type { TopicEdits, TopicGroup } from '../core/cluster/topicGroups.ts';

export type { KSweepEntry } from '../core/cluster/kSweep.ts';
export type { TopicSweepPart } from '../core/cluster/topicAnalysis.ts';
export type { TopicCluster } from '../core/cluster/topicAnalysis.ts';
export type { TopicEdits, TopicGroup } from '../core/cluster/topicGroups.ts';
export type { WeightedTerm } from '../core/cluster/topTerms.ts';
export type { TfidfPruning } from '../core/text/tfidfModel.ts';
export type { TermKind, TermSource } from '../core/trends/postTerms.ts';
export type {
  NewTerm,
  RisingTerm,
  RisingTerms,
  TermSentiment,
  TermSeries,
  TermsOverTime,
  TrendUnit,
  TrendWindow,
} from '../core/trends/index.ts';
export type { PlacedWord, WordCloudLayout } from '../core/wordcloud/layout.ts';

/** What the analysis runs on and with; the defaults come with `topicsStatus`. */
export interface TopicsSettings extends TopicsFitSettings {
  /** Documents: each post's hashtags, or the words of its text. */
  readonly terms: TermKind;
}

/** What the Topics view can work with on the active dataset. */
export interface TopicsStatus {
  readonly rows: number;
  /** Where hashtags come from (null: no hashtags or text column), and how many posts have one. */
  readonly hashtags: {
    readonly source: TermSource | null;
    readonly postsWithTerms: number;
    readonly distinctTerms: number;
  };
  /** The column with role text (for text terms and sentiment), or null. */
  readonly textColumn: string | null;
  readonly timestampColumn: string | null;
  /** Columns topics can be broken down by (role category or label, then categorical columns). */
  readonly categoryColumns?: readonly string[];
  readonly defaults: TopicsSettings;
  /** The last analysis of this dataset (until it or its roles change), or null. */
  readonly last: TopicsResult | null;
}

/** Terms of every post in one string, cheap to clone: post i's terms are `text.slice(offsets[i], offsets[i + 1])` split on ' '. */
export interface PackedDocuments {
  readonly text: string;
  /** Length posts + 1, UTF-16 offsets. */
  readonly offsets: Uint32Array;
}

export interface TopicsDocuments {
  readonly source: TermSource;
  readonly documents: PackedDocuments;
  readonly postsWithTerms: number;
  /** Text terms: the phrases read as one term, stored with the model. */
  readonly phrases?: readonly string[];
}

export interface TopicFitRequest {
  readonly documents: PackedDocuments;
  readonly settings: TopicsSettings;
  /** Fit only this k (a quick refit for the k picker) instead of sweeping kMin..kMax. */
  readonly k?: number;
  /** Text terms: the phrases of the documents, kept in the model for scoring new text. */
  readonly phrases?: readonly string[];
  /** The k sweep, run in parts by `sweepTopics` on these documents and settings: only the chosen k is fitted. */
  readonly sweepParts?: readonly TopicSweepPart[];
}

/** Part of the k sweep for a pool worker: the k in `only`, on the documents and settings of the fit to come. */
export interface TopicSweepRequest {
  readonly documents: PackedDocuments;
  readonly settings: TopicsSettings;
  readonly only: readonly number[];
}

/** The classic silhouette plot, sampled: per cluster, its posts' silhouettes sorted high to low. */
export interface SilhouettePlot {
  /** Bars in cluster order, each cluster's sorted from high to low. */
  readonly bars: readonly { readonly cluster: number; readonly value: number }[];
  /** Mean cosine silhouette per cluster (null: none scored), and over all scored posts. */
  readonly clusterMeans: readonly (number | null)[];
  readonly mean: number;
  /** Posts scored (all documents, or the seeded sample), and bars drawn from them. */
  readonly scored: number;
  readonly sampled: boolean;
}

/** The sweep over k and what was clustered (as `analyseTopics` reports it): shared by a fit and the result drawn from it. */
export interface TopicSweepSummary extends Pick<
  TopicAnalysis,
  | 'posts'
  | 'documents'
  | 'distinctDocuments'
  | 'sweep'
  | 'recommendedK'
  | 'recommendationRule'
  | 'k'
  | 'pruning'
  | 'notes'
  | 'kAtEdge'
  | 'largestShare'
> {
  readonly silhouettePlot: SilhouettePlot | null;
  /** Seconds the compute worker took (sweep, or refit). */
  readonly seconds: number;
}

/** A k-means sweep and the clusters at one k, as the compute worker returns it (typed arrays transferred). */
export interface TopicFit extends TopicSweepSummary {
  readonly clusters: readonly TopicCluster[];
  /** Cluster of every post, -1 for a post without terms. */
  readonly labels: Int32Array;
  /** The 2-D map; `posts` index the dataset's rows. */
  readonly map: TopicAnalysis['map'];
  /** The `TopicModel` as JSON (vocabulary, idf, centres, top terms): for the live worker and, later, bundles. */
  readonly model: string;
}

export interface TopicClusterView extends TopicCluster {
  /** The terms most posts of the cluster use, with those counts. */
  readonly topByPosts: readonly { readonly term: string; readonly count: number }[];
  /** The texts of `representatives` (up to three posts nearest the centre), cut to 280 characters. */
  readonly representativePosts: readonly string[];
}

/** Posts of each cluster per time bucket (UTC). */
export interface ClusterTimeline {
  readonly column: string;
  readonly unit: TrendUnit;
  readonly starts: readonly number[];
  /** counts[bucket][cluster] */
  readonly counts: readonly (readonly number[])[];
  /** Clustered posts without a readable time. */
  readonly undated: number;
}

export interface TopicMapPoint {
  readonly x: number;
  readonly y: number;
  readonly cluster: number;
  /** 0-based dataset row. */
  readonly row: number;
  /** The post's terms as shown ('#a #b' for hashtags), cut to 10. */
  readonly terms: string;
}

export interface TopicMap {
  readonly points: readonly TopicMapPoint[];
  readonly explainedVarianceRatio: readonly [number, number];
  readonly sampled: boolean;
  /** Documents in the map, and in all. */
  readonly sampleSize: number;
  readonly documents: number;
}

/** What the live box needs to say which model it uses. */
export interface TopicModelInfo {
  readonly dataset: string;
  readonly terms: TermKind;
  readonly k: number;
  readonly documents: number;
  readonly vocabulary: number;
  /** Per cluster id, the topic it counts in after the user's merges, renames and hides (absent: none made). */
  readonly groups?: readonly TopicGroup[];
}

/** A finished analysis, ready to draw: only summaries and sampled points. */
export interface TopicsResult extends TopicSweepSummary {
  readonly settings: TopicsSettings;
  readonly source: TermSource;
  readonly clusters: readonly TopicClusterView[];
  readonly timeline: ClusterTimeline | null;
  readonly map: TopicMap | null;
  readonly model: TopicModelInfo;
  /** Renames, merges and hidden clusters. */
  readonly edits: TopicEdits;
  /** True when this result came back from storage (after a reload) rather than a run just now. */
  readonly restored: boolean;
  /** The languages the analysis read (absent in analyses kept before languages were read). */
  readonly languages?: TopicLanguages;
}

/** Which posts' languages a topic analysis read, and whose stop words it dropped. */
export interface TopicLanguages {
  /** The language filter in force (ISO 639-1 codes or `unknown`); null: every language. */
  readonly only: readonly string[] | null;
  /**
   * Text terms, once the posts' languages are read: the languages whose own stop words each post
   * lost (most posts first); null when every post was read as English.
   */
  readonly stopWords: readonly string[] | null;
}

/** What topics are broken down by: each post's sentiment (from the chosen source) or a category column. */
export type TopicBreakdownRequest =
  { readonly by: 'sentiment' } | { readonly by: 'category'; readonly column: string };

/** Posts of each shown topic (after merges, without hidden ones) per class of sentiment or value of a column. */
export interface TopicBreakdown {
  readonly by: 'sentiment' | 'category';
  /** The category column, or the text column sentiment was read from. */
  readonly column: string;
  /** Sentiment: which source the classes come from (the one chosen in the Sentiment view). */
  readonly source: 'vader' | 'classifier' | null;
  /** Column names of `counts`: negative, neutral, positive (and unscored); or the most frequent values, then "Other (n values)". */
  readonly classes: readonly string[];
  /** One row per shown topic, largest first: `topic` is its cluster id after merges. */
  readonly rows: readonly {
    readonly topic: number;
    readonly counts: readonly number[];
    readonly total: number;
  }[];
  /** Clustered posts of shown topics without a value in the column (or not scored yet). */
  readonly missing: number;
}

/** Posts a cloud or list covers: all, one VADER label, or one cluster of the last analysis. */
export type WordScope = 'all' | SentimentLabel | `cluster:${number}`;

export interface WordCloudRequest {
  readonly words: TermKind;
  readonly scope: WordScope;
  /** Words in the cloud, 1..200. Default 100. */
  readonly maxWords?: number;
  /** Layout area, px. Default 640 × 320. */
  readonly width?: number;
  readonly height?: number;
  /**
   * The language of the posts shown when the cloud offers one language at a time (see
   * `TopicWordCloud.languages`): a code, or 'mixed' for every language. Default: the most common.
   */
  readonly language?: string;
}

/** The languages a word cloud shows one at a time, when posts are in several. */
export interface CloudLanguages {
  /** Languages with at least a tenth of the posts, most posts first. */
  readonly options: readonly { readonly language: string; readonly posts: number }[];
  /** Posts in the dataset (every language, and those too short to tell). */
  readonly posts: number;
  /** The language shown, or 'mixed' (every language). */
  readonly shown: string;
  readonly mostCommon: string;
}

export interface TopicWordCloud {
  readonly words: TermKind;
  readonly scope: WordScope;
  /** Posts in the scope, and those with at least one word. */
  readonly posts: number;
  readonly postsWithWords: number;
  readonly distinctWords: number;
  /** Word texts as shown ('#tag' for hashtags). */
  readonly layout: WordCloudLayout;
  /** The font the layout was measured with; render with the same. */
  readonly font: { readonly family: string; readonly weight: number };
  readonly measured: 'canvas' | 'estimate';
  /** Time the worker spent on the layout, ms. */
  readonly layoutMs: number;
  /**
   * The choice of language, when the posts are in several with a real share and the page's
   * language filter chooses none; null: the cloud shows every post of the scope.
   */
  readonly languages: CloudLanguages | null;
}

export interface WordPost {
  readonly row: number;
  /** The text, cut to 300 characters. */
  readonly text: string;
  /** The post's terms (up to 12). */
  readonly terms: readonly string[];
  /** VADER compound and label; null without a text column. */
  readonly compound: number | null;
  readonly label: SentimentLabel | null;
  /** Cluster in the last analysis, or null. */
  readonly cluster: number | null;
}

export interface WordPostsPage {
  readonly word: string;
  readonly scope: WordScope;
  /** Posts in the scope that use the word. */
  readonly total: number;
  readonly offset: number;
  readonly posts: readonly WordPost[];
}

export interface TrendsRequest {
  readonly words: TermKind;
  /** Latest-window length for rising and new terms, ms; default a tenth of the span. */
  readonly windowMs?: number;
  /** Lines in the frequency chart. Default 8. */
  readonly top?: number;
}

export interface TopicTrends {
  readonly words: TermKind;
  readonly source: TermSource;
  readonly timestampColumn: string | null;
  readonly overTime: TermsOverTime | null;
  readonly rising: RisingTerms | null;
  /** Why there are no rising terms (no timestamp, window too long), or null. */
  readonly risingUnavailable: string | null;
  /** Span of the dated posts, epoch ms, or null. */
  readonly span: { readonly min: number; readonly max: number } | null;
  readonly sentiment: readonly TermSentiment[] | null;
  readonly sentimentUnavailable: string | null;
}

export interface LiveTopic {
  readonly info: TopicModelInfo;
  /** Typed terms the model knows, and those it does not. */
  readonly known: readonly string[];
  readonly unknown: readonly string[];
  /** The nearest cluster (euclidean, as k-means assigns) with its cosine similarity; null when no typed term is known. */
  readonly match: {
    readonly cluster: number;
    readonly similarity: number;
    readonly distance: number;
    readonly topTerms: readonly string[];
    readonly size: number;
  } | null;
  readonly ms: number;
}

export interface TopicsAnalysisApi {
  /** Columns, where hashtags come from, the default settings and the last analysis. */
  topicsStatus: JobMethod<Record<string, never>, TopicsStatus>;
  /** Every post's hashtags or text terms, packed for a pool worker. Fails with NO_HASHTAGS when no post has any. */
  topicsDocuments: JobMethod<{ readonly terms: TermKind }, TopicsDocuments>;
  /** Keeps a fit's labels with the dataset and returns it ready to draw (clusters over time, map with terms). `refit`: keep the last sweep. */
  topicsKeep: JobMethod<
    { readonly fit: TopicFit; readonly settings: TopicsSettings; readonly refit: boolean },
    TopicsResult
  >;
  /** The most used words of a scope, laid out as a cloud. */
  topicsWordCloud: JobMethod<WordCloudRequest, TopicWordCloud>;
  /** A page of the posts of a scope that use a word, with their sentiment. */
  topicsWordPosts: JobMethod<
    {
      readonly words: TermKind;
      readonly word: string;
      readonly scope: WordScope;
      readonly offset: number;
      readonly limit: number;
      /** As the cloud's `language`: the posts of the language the cloud shows. */
      readonly language?: string;
    },
    WordPostsPage
  >;
  /** Frequency over time of the leading terms, rising and new terms, sentiment per term. */
  topicsTrends: JobMethod<TrendsRequest, TopicTrends>;
  /** Posts of each topic per sentiment class (the chosen source) or per value of a category column, after the user's edits. */
  topicsBreakdown: JobMethod<TopicBreakdownRequest, TopicBreakdown>;
  /** Saves renames, merges and hidden clusters of the last analysis (memory and IndexedDB); returns it with them. */
  topicsEdit: JobMethod<{ readonly edits: TopicEdits }, TopicsResult>;
}

export interface TopicsComputeApi {
  /** TF-IDF, the k sweep (progress per k) and the clusters, map and silhouettes at the recommended (or given) k. */
  fitTopics: JobMethod<TopicFitRequest, TopicFit>;
  /** TF-IDF and the k sweep for some of the k (progress per k), with each k's centres for the fit. */
  sweepTopics: JobMethod<TopicSweepRequest, TopicSweepPart>;
}

export interface TopicsLiveApi {
  /** Sets (or clears, with null) the topic model the live box uses; `model` is the JSON of a fit. */
  setTopicModel: JobMethod<
    { readonly model: string | null; readonly info?: TopicModelInfo },
    { readonly active: boolean }
  >;
  /** Sets the topics the live box names matches after (merges, renames, hides); ignored without a model. */
  setTopicGroups: JobMethod<
    { readonly groups: readonly TopicGroup[] | null },
    { readonly active: boolean }
  >;
  /** The model in use, or null. */
  topicModelInfo: JobMethod<Record<string, never>, TopicModelInfo | null>;
  /** The nearest topic of typed hashtags ("#vaccine #pfizer", or bare words). Fails with MODEL_NOT_FOUND before any analysis. */
  topicForHashtags: JobMethod<{ readonly text: string }, LiveTopic>;
}
