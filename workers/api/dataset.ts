import type { Delimiter, Encoding, ImportWarning } from '../core/csv/types.ts';
import type { ColumnSchema, RoleMapping } from '../core/schema/types.ts';
import type { PreprocessSpec } from '../core/preprocess/types.ts';
import type { TableSummary } from '../core/stats/types.ts';
import type { DuplicateReport } from '../core/split/duplicates.ts';
import type { JobMethod } from './common.ts';

export type { Delimiter, Encoding, ImportWarning } from '../core/csv/types.ts';
export type {
  ColumnSchema,
  ColumnType,
  Role,
  RoleMapping,
  ColumnFormat,
  DatetimeFormat,
  TagFormat,
} from '../core/schema/types.ts';
export type {
  PreprocessSpec,
  ColumnSpec,
  ScaleMethod,
  NumericMissingStrategy,
  CategoricalMissingStrategy,
  CategoricalEncoding,
} from '../core/preprocess/types.ts';
export type { DuplicateReport, DuplicateExample } from '../core/split/duplicates.ts';
export type {
  TableSummary,
  ColumnSummary,
  CorrelationMatrix,
  MissingReport,
  Histogram,
  TimeHistogram,
  TopValues,
  ValueNote,
} from '../core/stats/types.ts';

/** What is known about a stored dataset without loading its rows. */
export interface DatasetMeta {
  readonly id: string;
  /** Display name (the file name without extension, editable later). */
  readonly name: string;
  readonly fileName: string;
  readonly bytes: number;
  readonly rows: number;
  readonly columns: number;
  readonly delimiter: Delimiter;
  readonly encoding: Encoding;
  /** 'parquet' for a Parquet file (delimiter and encoding then say nothing); absent for CSV. */
  readonly format?: 'parquet';
  /** ms since epoch */
  readonly importedAt: number;
  readonly warnings: readonly ImportWarning[];
  /** Hash of the header names: files with the same columns share a remembered mapping. */
  readonly signature: string;
  /** False when the browser had no room to keep it (it lives only until the page closes). */
  readonly stored: boolean;
}

/** The dataset as the page sees it: metadata, columns with types and roles, and summaries. Never the rows. */
export interface DatasetProfile {
  readonly meta: DatasetMeta;
  readonly schema: readonly ColumnSchema[];
  readonly mapping: RoleMapping;
  /** True when the mapping came from an earlier file with the same columns. */
  readonly mappingRemembered: boolean;
  /** How each column is cleaned, filled, encoded and scaled before modelling. */
  readonly preprocessing: PreprocessSpec;
}

/** What fitting the preprocessing to the whole dataset learned, column by column. */
export interface PreprocessingFit {
  readonly rows: number;
  readonly droppedRows: number;
  readonly columns: readonly {
    readonly name: string;
    readonly kind: 'numeric' | 'categorical' | 'text' | 'hashtags';
    /** Fill for missing cells, as text; null when rows are dropped or there is nothing to fill. */
    readonly fill: string | null;
    /** Categorical: the levels kept (one-hot columns or ordinal codes). */
    readonly levels?: readonly string[];
    /** Numeric: the scaler's statistics, e.g. "mean 3.2, std 1.1". */
    readonly scaler?: string;
  }[];
}

export interface ImportProgressEvent {
  readonly phase: 'reading' | 'profiling' | 'saving';
  readonly bytesRead: number;
  readonly totalBytes: number;
  readonly rows: number;
}

export interface RowsPage {
  readonly offset: number;
  /** Rows the language filter keeps (every row when none is set). */
  readonly total: number;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** 0-based dataset row of each row in `rows` (they skip rows when a language filter is set). */
  readonly rowNumbers: readonly number[];
  /** The languages the filter keeps, or null when every row is shown. */
  readonly languages: readonly string[] | null;
  /** Each row's detected language (ISO 639-1 or `unknown`), or null before languages are read. */
  readonly rowLanguages: readonly string[] | null;
}

/** The language facet of the active dataset: each language's posts and the chosen ones. */
export interface LanguageFacet {
  /** The text column whose posts' languages were detected. */
  readonly textColumn: string;
  /** ISO 639-1 code (or `unknown`) and posts, most posts first. */
  readonly languages: readonly { readonly language: string; readonly posts: number }[];
  /** The languages every view counts; empty: all of them. */
  readonly chosen: readonly string[];
}

/**
 * The views that keep their settings with a dataset; `language` is the language filter's place,
 * `scoring` the header's choice to keep scoring with a model trained on another dataset.
 */
export type ViewSection = 'sentiment' | 'topics' | 'engagement' | 'language' | 'scoring';

/**
 * What each view last set for a dataset (thresholds, topic settings, the engagement target and
 * features, the language filter …), kept in IndexedDB with it. Each view owns the shape of its
 * section and checks it when it reads it back (a section it cannot read is its defaults).
 */
export type ViewSettings = Readonly<Partial<Record<ViewSection, unknown>>>;

export interface DatasetApi {
  /** Streams a file into a new dataset, which becomes the active one. Refuses while another import runs (BUSY). */
  importFile: JobMethod<
    { readonly file: File; readonly name?: string },
    DatasetProfile,
    ImportProgressEvent
  >;
  /** The active dataset, restored from storage after a reload; null when there is none. */
  activeDataset: JobMethod<Record<string, never>, DatasetProfile | null>;
  listDatasets: JobMethod<Record<string, never>, readonly DatasetMeta[]>;
  openDataset: JobMethod<{ readonly id: string }, DatasetProfile>;
  deleteDataset: JobMethod<{ readonly id: string }, { readonly activeId: string | null }>;
  /** Changes column roles of the active dataset; remembered for files with the same columns. */
  setMapping: JobMethod<{ readonly mapping: RoleMapping }, DatasetProfile>;
  /**
   * Reads a date column day first (`dmy`) or month first (`mdy`) when its dates leave the order to a
   * guess; stored with the dataset. Fails with COLUMN_NOT_FOUND or INVALID_OPTIONS.
   */
  setDateOrder: JobMethod<
    { readonly column: string; readonly order: 'dmy' | 'mdy' },
    DatasetProfile
  >;
  /** Per-column summaries, the missing-value report and numeric correlations of the active dataset. */
  datasetSummary: JobMethod<Record<string, never>, TableSummary>;
  /** Changes the preprocessing of the active dataset after checking it fits the data; stored with it. */
  setPreprocessing: JobMethod<
    { readonly spec: PreprocessSpec },
    { readonly profile: DatasetProfile; readonly fit: PreprocessingFit }
  >;
  /** What the current preprocessing learns from the data (fill values, levels, dropped rows). */
  preprocessingFit: JobMethod<Record<string, never>, PreprocessingFit>;
  /** Rows of the active dataset that copy an earlier row, or repeat an earlier row's text, with examples. */
  datasetDuplicates: JobMethod<Record<string, never>, DuplicateReport>;
  /**
   * A new dataset without the copies ('exact': rows identical to an earlier row; 'text': every row
   * whose text repeats an earlier one), stored beside the original and made the active one.
   */
  dropDuplicates: JobMethod<{ readonly drop: 'exact' | 'text' }, DatasetProfile>;
  /** The settings the views kept for the active dataset (empty before any). */
  viewSettings: JobMethod<Record<string, never>, ViewSettings>;
  /** Keeps one view's settings for the active dataset; `kept` is false when storage refused (the user is told). */
  saveViewSettings: JobMethod<
    { readonly section: ViewSection; readonly value: unknown },
    { readonly kept: boolean }
  >;
  /** The language facet, or null until the posts' languages are detected (the Sentiment view's language pass). */
  languageFacet: JobMethod<Record<string, never>, LanguageFacet | null>;
  /**
   * Chooses the languages every view counts (Sentiment, Topics, Engagement, the rows); an empty list
   * counts all. Fails with NO_LANGUAGES before the posts' languages are detected.
   */
  setLanguageFilter: JobMethod<{ readonly languages: readonly string[] }, LanguageFacet>;
  /** A page of rows of the active dataset for the preview table (the rows the language filter keeps). */
  getRows: JobMethod<{ readonly offset: number; readonly limit: number }, RowsPage>;
}
