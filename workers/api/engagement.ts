/**
 * Engagement: predicting likes, shares, comments (or a mix) from what is known before a post is
 * published. The analysis worker builds the feature matrices; pool workers run the grid search's
 * (point × fold) fits, the refit and the neural network; the live worker predicts a typed draft.
 */
import type { MlpPart, ModelBundle } from '../core/bundle/bundle.ts';
import type { DraftFields, DraftPost } from '../core/features/draft.ts';
import type { EngagementTask, TargetInfo } from '../core/features/engagementData.ts';
import type {
  ClassificationReport,
  PredictionPoints,
  RegressionReport,
} from '../core/features/evaluation.ts';
import type { FeatureCandidates, FeatureChoices } from '../core/features/fromSchema.ts';
import type { TargetSpec } from '../core/features/target.ts';
import type { GridSummary } from '../core/forest/gridSearch.ts';
import type { LearningCurvePoint } from '../core/forest/learningCurve.ts';
import type { ParamGrid } from '../core/forest/paramGrid.ts';
import type { ForestOptions } from '../core/forest/params.ts';
import type { Scoring } from '../core/forest/scoring.ts';
import type { SerializedForest } from '../core/forest/serialize.ts';
import type { EpochStats } from '../core/nn/types.ts';
import type { SplitKind } from '../core/split/types.ts';
import type { CorrelationMatrix, Histogram } from '../core/stats/types.ts';
import type { JobMethod, JobProgress } from './common.ts';

export type { ModelBundle, MlpPart, EngagementPart, CvSummary } from '../core/bundle/bundle.ts';
export type { DraftFields, DraftPost } from '../core/features/draft.ts';
export type { EngagementTask, TargetInfo } from '../core/features/engagementData.ts';
export type {
  ClassificationReport,
  PredictionPoints,
  RegressionReport,
  ScaleScores,
} from '../core/features/evaluation.ts';
export type { FeatureCandidates, FeatureChoices } from '../core/features/fromSchema.ts';
export type { TargetSpec } from '../core/features/target.ts';
export type { TextFeature, TimePart } from '../core/features/types.ts';
export type { GridSummary, GridPointResult } from '../core/forest/gridSearch.ts';
export type { LearningCurvePoint } from '../core/forest/learningCurve.ts';
export type { GridParam, ParamGrid } from '../core/forest/paramGrid.ts';
export type { ForestOptions, MaxFeatures } from '../core/forest/params.ts';
export type { Scoring } from '../core/forest/scoring.ts';
export type { SplitKind } from '../core/split/types.ts';

/** The columns the Engagement view offers, with the defaults and why some would be refused. */
export interface EngagementColumns {
  readonly rows: number;
  readonly candidates: FeatureCandidates;
  readonly defaults: Required<Omit<FeatureChoices, 'textFeatures' | 'timeParts' | 'sentimentMode'>>;
  /** Numeric columns a target may use, engagement roles first. */
  readonly targets: readonly { readonly name: string; readonly role: string }[];
  /** The first engagement column (likes, then shares, comments, engagement), or null. */
  readonly defaultTarget: string | null;
  /** Candidate columns that cannot be features, with the reason. */
  readonly leaky: Readonly<Record<string, string>>;
  /** True when the Sentiment view has scored every post (its VADER scores are reused). */
  readonly sentimentScored: boolean;
  /** The hashtag topic model's cluster count when a topic analysis exists, else null. */
  readonly topicClusters: number | null;
}

/** What to learn and from which posts. */
export interface EngagementDataRequest {
  readonly target: TargetSpec;
  readonly task: EngagementTask;
  readonly features: FeatureChoices;
  /** Share of posts held out, in (0, 1). */
  readonly testSize: number;
  /**
   * How posts are held out: 'grouped' (default: copies of a text held out together), 'time'
   * (the latest posts; needs a post time) or 'random' (copies may sit on both sides).
   */
  readonly split?: SplitKind;
  /** Seed of the split, the fits and the permutations. */
  readonly seed: number;
  /** Cross-validation folds, ≥ 2. */
  readonly folds: number;
  /** Grid of forest options to search (values per option). */
  readonly grid: ParamGrid;
  /** Options every grid point shares (the grid's values win). */
  readonly base: ForestOptions;
}

/** A feature matrix with its target, column-major as the forest reads it. */
export interface MatrixPart {
  readonly rows: number;
  readonly cols: number;
  readonly X: Float64Array;
  /** What the model learns (log1p'd, or 1/0 above the median). */
  readonly y: Float64Array;
  /** The target on its raw scale. */
  readonly raw: Float64Array;
}

export interface EngagementPrepared {
  /** Names these matrices in pool workers' caches: dataset, roles and request. */
  readonly key: string;
  readonly task: EngagementTask;
  readonly target: TargetInfo;
  readonly threshold: number | null;
  readonly featureNames: readonly string[];
  readonly train: MatrixPart;
  readonly test: MatrixPart;
  /** The grid expanded and checked, in sklearn ParameterGrid order. */
  readonly points: readonly ForestOptions[];
  readonly scoring: Scoring;
  readonly notes: readonly string[];
  /** Features and the target on the training posts (at most 20 features, the most correlated). */
  readonly correlation: CorrelationMatrix;
  readonly sentimentSource: 'sentiment-view' | 'scored-now' | 'none';
  /** How the test posts were chosen and how many have a copy among the training posts. */
  readonly split: EngagementSplitSummary;
  /** Per training post, its group of copies (for folds that keep them together); null for a random split. */
  readonly trainGroups: Int32Array | null;
  /**
   * The languages the page's language filter kept (the model learned from their posts alone, and
   * every chart counts them), or null for every language. Absent in runs kept before.
   */
  readonly languages?: readonly string[] | null;
}

/** The split as the page states it. */
export interface EngagementSplitSummary {
  readonly kind: SplitKind;
  /** Test posts whose normalised text also appears among the training posts (0 unless random). */
  readonly overlap: number;
  /** Distinct texts among the posts with a target. */
  readonly groups: number;
  /** The column whose text groups copies, or null (whole rows compared). */
  readonly groupColumn: string | null;
  /** Time split: the first test post's time (epoch ms); null otherwise. */
  readonly testFrom: number | null;
}

/** Progress of the preparation: scoring sentiment, then building features. */
export type PrepareProgress = JobProgress;

/** The training matrix a pool worker keeps between fits (re-sent only to a worker that lacks it). */
export interface FoldData {
  readonly key: string;
  readonly task: EngagementTask;
  readonly train: MatrixPart;
  readonly featureNames: readonly string[];
  /** A group per training post: folds keep copies together (GroupKFold); null or absent: KFold. */
  readonly groups?: Int32Array | null;
}

export interface FoldRequest {
  readonly key: string;
  /** Omitted when the worker probably has it; a worker without it answers need-data. */
  readonly data?: FoldData;
  readonly fold: number;
  readonly folds: number;
  readonly params: ForestOptions;
  readonly seed: number;
  readonly scoring: Scoring;
  /** Successive halving: the fold's rows thinned to this many of the training rows' worth (default all). */
  readonly rows?: number;
}

export type FoldOutcome =
  | { readonly status: 'need-data' }
  | { readonly status: 'done'; readonly score: number; readonly seconds: number };

/** Trees grown in the fit running on this worker. */
export interface FitProgress {
  readonly treesDone: number;
  readonly nTrees: number;
}

export interface GridSummaryRequest {
  readonly points: readonly ForestOptions[];
  /** points × folds. */
  readonly foldScores: readonly (readonly number[])[];
  readonly fitSeconds: readonly (readonly number[])[];
  readonly scoring: Scoring;
}

export interface ImportanceRow {
  readonly name: string;
  /** Mean decrease in impurity, summing to 1 (sklearn `feature_importances_`). */
  readonly impurity: number;
  /** Test-score drop when the feature is shuffled (MSE increase, or accuracy drop), mean and std over repeats. */
  readonly permutation: number;
  readonly permutationStd: number;
}

export interface RefitRequest {
  readonly data: FoldData;
  readonly test: MatrixPart;
  readonly params: ForestOptions;
  readonly seed: number;
  readonly log1p: boolean;
  /** Permutation importance repeats (sklearn's default 5). */
  readonly permutationRepeats: number;
}

export interface RefitResult {
  readonly forest: SerializedForest;
  readonly nodeMeans: Float32Array;
  readonly report: RegressionReport | ClassificationReport;
  /** Test posts on the learned scale (class-1 probability for a classifier), sampled. */
  readonly points: PredictionPoints;
  /** Residuals of every test post (regression). */
  readonly residuals: Histogram | null;
  readonly importances: readonly ImportanceRow[];
  readonly permutationScoring: Scoring;
  readonly fitSeconds: number;
}

export interface LearningCurveRequest {
  readonly data: FoldData;
  readonly params: ForestOptions;
  readonly folds: number;
  readonly seed: number;
  readonly scoring: Scoring;
}

export interface LearningCurveResult {
  readonly points: readonly LearningCurvePoint[];
  readonly scoring: Scoring;
  /** Trees per fit (the best point's, capped to keep the curve quick). */
  readonly nEstimators: number;
}

/** What the page hands the analysis worker to keep, and gets a bundle back for. */
export interface EngagementKeepRequest {
  readonly key: string;
  readonly summary: GridSummary;
  readonly folds: number;
  readonly refit: Pick<RefitResult, 'forest' | 'nodeMeans' | 'report'>;
}

export interface MlpOptions {
  /** Hidden layer sizes (ReLU). Default [64, 32]. */
  readonly hidden?: readonly number[];
  /** Default 60. */
  readonly epochs?: number;
  /** Default 0.001. */
  readonly learningRate?: number;
  /** Default 64. */
  readonly batchSize?: number;
  /** Epochs without a better validation loss before stopping. Default 8. */
  readonly patience?: number;
}

export interface MlpRequest {
  readonly key: string;
  readonly task: EngagementTask;
  readonly log1p: boolean;
  readonly train: MatrixPart;
  readonly test: MatrixPart;
  readonly seed: number;
  readonly options: MlpOptions;
}

export interface MlpProgress extends JobProgress {
  readonly history: readonly EpochStats[];
}

export interface MlpResult {
  readonly part: MlpPart;
  readonly history: readonly EpochStats[];
  readonly stoppedEarly: boolean;
  readonly backend: string;
  readonly seconds: number;
  readonly points: PredictionPoints;
}

/** What the live worker's model is, for the draft form. */
export interface EngagementModelInfo {
  readonly task: EngagementTask;
  readonly target: TargetInfo;
  readonly threshold: number | null;
  readonly fields: DraftFields;
  readonly createdAt: string;
  readonly trees: number;
}

export interface DraftContribution {
  readonly feature: string;
  /** The draft's value of the feature. */
  readonly value: number;
  /** Change of the prediction credited to it, on the learned scale (log1p units, or probability). */
  readonly contribution: number;
}

export interface DraftPrediction {
  readonly task: EngagementTask;
  /** On the raw scale (expm1 of the learned value for log1p); the probability of "above the median" for a classifier. */
  readonly value: number;
  /** 10th and 90th percentile across trees, raw scale (regression only). */
  readonly low: number | null;
  readonly high: number | null;
  /** Prediction and starting point on the learned scale. */
  readonly learned: number;
  readonly bias: number;
  /** The largest pushes up and down, largest first. */
  readonly contributions: readonly DraftContribution[];
}

/**
 * A training run as the Engagement view showed it (its settings, metrics, charts and network), kept
 * with the dataset so a reload shows it again without rerunning. The view owns the shape of `view`
 * and checks it when it reads it back; `key` names the data its model was trained on.
 */
export interface EngagementRunRecord {
  readonly key: string;
  /** When it was kept, epoch ms. */
  readonly savedAt: number;
  readonly view: unknown;
}

export interface EngagementAnalysisApi {
  /** Columns, defaults and refusals for the Engagement view. */
  engagementColumns: JobMethod<Record<string, never>, EngagementColumns>;
  /** Target, split and feature matrices (VADER scored here when the Sentiment view has not), and the grid's points. */
  engagementPrepare: JobMethod<EngagementDataRequest, EngagementPrepared, PrepareProgress>;
  /** GridSearchCV's aggregation of the pool's fold scores: mean, std, rank, best point. */
  engagementGridSummary: JobMethod<GridSummaryRequest, GridSummary>;
  /** Keeps the trained forest with the dataset and returns the model bundle (for the live worker and export). */
  engagementKeep: JobMethod<EngagementKeepRequest, ModelBundle>;
  /** Adds the trained network to the kept bundle. */
  engagementKeepMlp: JobMethod<
    { readonly key: string; readonly part: MlpResult['part'] },
    ModelBundle
  >;
  /** The kept bundle, or null before a model is trained on this dataset. */
  engagementBundle: JobMethod<Record<string, never>, ModelBundle | null>;
  /** Keeps the view's last run with the dataset (IndexedDB); `kept` is false when storage refused it (the user is told). */
  engagementKeepRun: JobMethod<{ readonly run: EngagementRunRecord }, { readonly kept: boolean }>;
  /** The run kept with the active dataset (after a reload too), or null. */
  engagementLastRun: JobMethod<Record<string, never>, EngagementRunRecord | null>;
}

export interface EngagementComputeApi {
  /** One (grid point × fold) fit and its held-out score; answers need-data when this worker lacks the matrix. */
  engagementFold: JobMethod<FoldRequest, FoldOutcome, FitProgress>;
  /** Refits the best point on all training posts and evaluates it on the test posts. */
  engagementRefit: JobMethod<RefitRequest, RefitResult, JobProgress>;
  /** Score against training-set size for the best point. */
  engagementLearningCurve: JobMethod<LearningCurveRequest, LearningCurveResult, JobProgress>;
  /** A tfjs MLP (wasm) on z-scored features, with loss curves per epoch. */
  engagementTrainMlp: JobMethod<MlpRequest, MlpResult, MlpProgress>;
}

export interface EngagementLiveApi {
  /** Gives the live worker the trained model (or none). */
  setEngagementModel: JobMethod<
    { readonly bundle: ModelBundle | null },
    EngagementModelInfo | null
  >;
  /** The live worker's model, or null: "train a model in the Engagement view first". */
  engagementModelInfo: JobMethod<Record<string, never>, EngagementModelInfo | null>;
  /** Predicted engagement of a draft with its spread and the features that pushed it up or down. */
  predictDraft: JobMethod<{ readonly draft: DraftPost }, DraftPrediction>;
}
