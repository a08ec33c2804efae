/**
 * Models: the saved analysis bundles. The analysis worker runs the registry (list, rename, delete,
 * activate, import, export, the default model, the report of the current analysis) and autosaves
 * every training; a pool worker scores a whole file with a bundle; the live worker holds the
 * active bundle for type-to-score (loaded from IndexedDB on its first call).
 */
import type { BundlePart } from '../core/bundle/bundle.ts';
import type { ScoreSummary } from '../core/bundle/scoredCsv.ts';
import type { BundlePost, PostScore } from '../core/bundle/scoreWithBundle.ts';
import type { BundleSummary } from '../core/bundle/summary.ts';
import type { OverviewSentence } from '../core/overview/overviewSentences.ts';
import type { OverviewSummary } from '../core/overview/overviewSummary.ts';
import type { AppError } from '../core/errors/index.ts';
import type { ModelOrigin, ModelRecord } from '../storage/db.ts';
import type { JobMethod, JobProgress } from './common.ts';

export type { AnalysisBundle, BundlePart } from '../core/bundle/bundle.ts';
export type { ScoreSummary } from '../core/bundle/scoredCsv.ts';
export type {
  BundlePost,
  ClusterScore,
  EngagementScore,
  PostScore,
  SentimentScore,
} from '../core/bundle/scoreWithBundle.ts';
export type { BundleSummary } from '../core/bundle/summary.ts';
export type {
  OverviewSummary,
  OverviewSentiment,
  OverviewTopics,
  OverviewEngagement,
} from '../core/overview/overviewSummary.ts';
export type {
  OverviewSentence,
  OverviewPart,
  OverviewView,
} from '../core/overview/overviewSentences.ts';

/** The overview of the active dataset: the facts and the sentences written from them. */
export interface Overview {
  readonly summary: OverviewSummary;
  readonly sentences: readonly OverviewSentence[];
}
export type { ModelOrigin, ModelRecord } from '../storage/db.ts';

/** How the last autosave of a training went (the analysis worker's memory; null before any). */
export interface AutosaveStatus {
  readonly part: BundlePart;
  readonly at: number;
  readonly modelId: string | null;
  readonly error: AppError | null;
}

export interface ModelsList {
  /** Most recently updated first. */
  readonly models: readonly ModelRecord[];
  readonly activeId: string | null;
  /** The default model (trained on the sample posts) is not in the registry and can be added. */
  readonly defaultAvailable: boolean;
  readonly lastAutosave: AutosaveStatus | null;
}

/** The model the live worker scores with. */
export interface ActiveBundleInfo {
  readonly id: string;
  readonly name: string;
  readonly origin: ModelOrigin;
  readonly parts: readonly BundlePart[];
  /** ISO 8601, when the bundle was made. */
  readonly createdAt: string;
  readonly dataset: string;
  readonly summary: BundleSummary;
}

/** A file to download, made in the worker. */
export interface Download {
  readonly blob: Blob;
  readonly fileName: string;
}

export interface ImportedModel {
  readonly record: ModelRecord;
  /** The schema version the file was written in (older ones are migrated). */
  readonly migratedFrom: number;
  /** Whether that was an older version than this Murmur writes. */
  readonly upgraded: boolean;
  /** How the file was read, for the user (e.g. an older bundle without a checksum); often empty. */
  readonly notes: readonly string[];
}

export interface ScoreFileRequest {
  /** A CSV or a Parquet file (told apart by its bytes). */
  readonly file: File;
  /** Default: the active model. */
  readonly modelId?: string;
  /** The download's format (default 'csv'). */
  readonly format?: 'csv' | 'parquet';
}

export interface ScoredFile extends Download {
  readonly summary: ScoreSummary;
  readonly modelName: string;
  readonly seconds: number;
}

export interface ModelsAnalysisApi {
  /** The saved models, the active one, whether the default can be added and the last autosave. */
  modelsList: JobMethod<Record<string, never>, ModelsList>;
  modelsRename: JobMethod<{ readonly id: string; readonly name: string }, ModelRecord>;
  /** Deletes a model; the active id afterwards (null when the active one was deleted). */
  modelsDelete: JobMethod<{ readonly id: string }, { readonly activeId: string | null }>;
  modelsSetActive: JobMethod<{ readonly id: string | null }, { readonly activeId: string | null }>;
  /** Reads, verifies (SHA-256 checksum: BUNDLE_CHANGED), validates and saves a bundle file (refused by size before reading: BUNDLE_TOO_LARGE); nothing is stored when it fails. */
  modelsImport: JobMethod<{ readonly file: File; readonly activate?: boolean }, ImportedModel>;
  /** A saved model as a JSON download named after the model and its date. */
  modelsExport: JobMethod<{ readonly id: string }, Download>;
  /** Adds the default model (trained on the bundled sample posts) and makes it active. */
  modelsAddDefault: JobMethod<Record<string, never>, ModelRecord>;
  /** The current analysis as one JSON download: dataset profile, sentiment, topics, engagement metrics, the active model. */
  modelsReport: JobMethod<Record<string, never>, Download>;
  /** The overview of the active dataset: what is known, and the sentences the Overview card and the HTML report show. */
  modelsOverview: JobMethod<Record<string, never>, Overview>;
  /** The current analysis as one self-contained HTML page (summary, charts as inline SVG, method notes), to read or print. */
  modelsReportHtml: JobMethod<Record<string, never>, Download>;
}

export interface ModelsComputeApi {
  /** Scores every post of a CSV or Parquet file with a saved model: a CSV or Parquet download with the input columns and the scores. */
  modelsScoreFile: JobMethod<ScoreFileRequest, ScoredFile, JobProgress>;
}

export interface ModelsLiveApi {
  /** The active model, loaded from IndexedDB on this worker's first call (or with `reload`) and handed to the live boxes; null when none. */
  liveBundle: JobMethod<{ readonly reload?: boolean }, ActiveBundleInfo | null>;
  /** Scores posts with the active model (scoreWithBundle). Fails with MODEL_NOT_FOUND when there is none. */
  scorePostsLive: JobMethod<{ readonly posts: readonly BundlePost[] }, PostScore[]>;
}
