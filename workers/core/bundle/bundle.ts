/**
 * The analysis bundle: one JSON value that carries a trained analysis to another tab, machine or
 * the command line, with everything needed to score a new post offline. Versioned (`format`,
 * `schemaVersion`), JSON-safe (typed arrays as base64, see packedArrays.ts), and tied to the data
 * it was trained on by a fingerprint. Every part is optional: a bundle with only topics is valid.
 *
 * - sentiment: VADER's thresholds, the label mapping, and the trained classifier when there is one
 * - topics: the topic model (TF-IDF vocabulary and idf, cluster centres, top terms)
 * - engagement: the feature builder, the forest (packed), its node means, the MLP, metrics
 *
 * Schema history: version 1 was engagement only, with the feature builder at the top level and
 * the forest as `serializeForest` writes it; migrate.ts reads it. Version 2 packed the forest.
 * Version 3 is this file: a file carries its SHA-256 checksum (integrity.ts), and the engagement
 * part the range of its training target, which bounds every leaf and node mean when it loads.
 */
import type { TopicModel } from '../cluster/topicModel.ts';
import type { TopicGroup } from '../cluster/topicGroups.ts';
import { deserializeForest, type SerializedForest } from '../forest/serialize.ts';
import type { EngagementTask, TargetInfo } from '../features/engagementData.ts';
import type { ClassificationReport, RegressionReport } from '../features/evaluation.ts';
import type { FeatureParams } from '../features/types.ts';
import type { ForestOptions } from '../forest/params.ts';
import type { Scoring } from '../forest/scoring.ts';
import type { Activation, MlpModel } from '../nn/types.ts';
import type { PreprocessSpec } from '../preprocess/types.ts';
import type { SentimentEvaluation } from '../sentiment/evaluation.ts';
import type { LabelTarget } from '../sentiment/labelMapping.ts';
import type { SentimentThresholds } from '../sentiment/types.ts';
import type { TermKind, TermSource } from '../trends/postTerms.ts';
import {
  packForest,
  packNodeMeans,
  type PackedForest,
  type PackedNodeMeans,
} from './packedForest.ts';
import type { SentimentClassifierModel } from './sentimentClassifier.ts';
import { base64ToFloat32, floatsToBase64 } from './typedBase64.ts';
import { BUNDLE_FORMAT, BUNDLE_PARTS, BUNDLE_SCHEMA_VERSION, type BundlePart } from './format.ts';

export { BUNDLE_FORMAT, BUNDLE_PARTS, BUNDLE_SCHEMA_VERSION, type BundlePart } from './format.ts';

/** What the models were trained on: enough to warn when they are applied to different data. */
export interface BundleFingerprint {
  readonly rows: number;
  readonly columns: readonly string[];
  /** FNV-1a 64 of the header and every cell (see fingerprintTable), 16 hex digits. */
  readonly hash: string;
}

/** A dense layer with its weights as base64 float32. */
export interface SerializedLayer {
  readonly inputs: number;
  readonly units: number;
  readonly activation: Activation;
  readonly kernel: string;
  readonly bias: string;
}

/** The neural network beside the forest: weights, and the z-scores it reads its inputs and target with. */
export interface MlpPart {
  readonly task: EngagementTask;
  readonly layers: readonly SerializedLayer[];
  /** Per feature, fitted on the training split. */
  readonly featureMean: readonly number[];
  readonly featureStd: readonly number[];
  /** Regression targets are standardised too (mean 0, std 1 for a classifier: unused). */
  readonly targetMean: number;
  readonly targetStd: number;
  readonly bestEpoch: number;
  readonly metrics: RegressionReport | ClassificationReport;
}

/** Grid search with cross-validation as run: the scoring, folds and the best point. */
export interface CvSummary {
  readonly scoring: Scoring;
  readonly folds: number;
  readonly bestParams: ForestOptions;
  readonly bestScore: number;
  readonly points: number;
}

/** Held-out scores of the trained classifier beside VADER's, on the same rows. */
export interface HeldOutScores {
  readonly n: number;
  readonly model: SentimentEvaluation;
  readonly vader: SentimentEvaluation;
}

export interface SentimentPart {
  /** The text column the scores were computed on (null: unknown). */
  readonly textColumn: string | null;
  /** Cut-offs on VADER's compound for the three labels. */
  readonly thresholds: SentimentThresholds;
  /** The user's mapping of a label column's values to classes, when one was made. */
  readonly labelMapping: {
    readonly column: string;
    readonly mapping: Readonly<Record<string, LabelTarget>>;
  } | null;
  /** The trained TF-IDF + network classifier, or null (VADER only). */
  readonly classifier: SentimentClassifierModel | null;
  readonly heldOut: HeldOutScores | null;
}

/** How the topic analysis ran, as the Topics view sets it. */
export interface TopicsFitSettings {
  /** k range swept, whole numbers with 2 ≤ kMin ≤ kMax (kMax capped at the distinct documents). */
  readonly kMin: number;
  readonly kMax: number;
  /** Seed of k-means++ and of the samples, integer in [0, 2³²). */
  readonly seed: number;
  /** K-means restarts per k (sklearn `n_init`), ≥ 1. */
  readonly nInit: number;
  /** Vocabulary pruning as sklearn: terms in at least `minDf` documents, in at most `maxDf` (share) of them, the `maxFeatures` most frequent (null: no cap). */
  readonly minDf: number;
  readonly maxDf: number;
  readonly maxFeatures: number | null;
}

export interface TopicsPart {
  /** Documents are each post's hashtags, or the words of its text. */
  readonly terms: TermKind;
  /** Where the terms came from in the training data. */
  readonly source: TermSource;
  readonly model: TopicModel;
  readonly settings: TopicsFitSettings | null;
  readonly metrics: {
    readonly k: number;
    /** Mean cosine silhouette at k, or null when not computed. */
    readonly silhouette: number | null;
    /** Posts clustered (with at least one term) and posts in the dataset. */
    readonly documents: number;
    readonly posts: number;
  };
  /** Per cluster id, the topic it counts in after the user's merges, renames and hides (absent: none). */
  readonly groups?: readonly TopicGroup[];
}

/**
 * The training target's range: on the scale the forest learned (after log1p; 0/1 for a
 * classifier) and as read from the data. Every leaf value and node mean of a regression forest is
 * a mean of learned targets, so it lies in `learned`; null for bundles from before version 3.
 */
export interface TargetRange {
  readonly learned: { readonly min: number; readonly max: number };
  readonly raw: { readonly min: number; readonly max: number };
}

/** The range of the training targets `y` (learned scale) and `raw` (as read). */
export function targetRangeOf(y: ArrayLike<number>, raw: ArrayLike<number>): TargetRange {
  const span = (v: ArrayLike<number>) => {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < v.length; i++) {
      if (v[i]! < min) min = v[i]!;
      if (v[i]! > max) max = v[i]!;
    }
    return v.length > 0 ? { min, max } : { min: 0, max: 0 };
  };
  return { learned: span(y), raw: span(raw) };
}

export interface EngagementPart {
  readonly task: EngagementTask;
  readonly target: TargetInfo;
  readonly targetRange: TargetRange | null;
  /** Classification: class 1 means a raw target above this. */
  readonly threshold: number | null;
  /** The fitted feature builder: which columns, read how, scaled and encoded how. */
  readonly features: FeatureParams;
  readonly forest: PackedForest;
  /** Mean training target at each split node: for the "what pushed it" contributions. */
  readonly nodeMeans: PackedNodeMeans;
  readonly cv: CvSummary;
  readonly metrics: RegressionReport | ClassificationReport;
  readonly mlp?: MlpPart;
}

export interface AnalysisBundle {
  readonly format: typeof BUNDLE_FORMAT;
  readonly schemaVersion: number;
  readonly appVersion: string;
  /** ISO 8601. */
  readonly createdAt: string;
  /** Name of the dataset the parts were trained on ('' when unknown). */
  readonly dataset: string;
  readonly fingerprint: BundleFingerprint;
  /** The dataset's preprocessing choices when the models were trained. */
  readonly preprocessing: PreprocessSpec | null;
  readonly sentiment?: SentimentPart;
  readonly topics?: TopicsPart;
  readonly engagement?: EngagementPart;
}

/** A bundle with an engagement model: what the Engagement view keeps and the draft box reads. */
export type ModelBundle = AnalysisBundle & { readonly engagement: EngagementPart };

/** The engagement model as a training run hands it over: the forest as serializeForest writes it, node means as base64 float32. */
export interface EngagementTraining {
  readonly task: EngagementTask;
  readonly target: TargetInfo;
  /** targetRangeOf(the training rows' y, their raw target). */
  readonly targetRange: TargetRange;
  readonly threshold: number | null;
  readonly forest: SerializedForest;
  readonly nodeMeans: string;
  readonly cv: CvSummary;
  readonly metrics: RegressionReport | ClassificationReport;
  readonly mlp?: MlpPart;
}

/** What createBundle needs for an engagement bundle; the envelope is filled in. */
export interface BundleParts {
  readonly appVersion: string;
  readonly fingerprint: BundleFingerprint;
  readonly features: FeatureParams;
  readonly preprocessing: PreprocessSpec | null;
  readonly engagement: EngagementTraining;
  readonly dataset?: string;
  /** Default now. */
  readonly createdAt?: Date;
}

/** What createAnalysisBundle needs: any of the parts. */
export interface AnalysisBundleParts {
  readonly appVersion: string;
  readonly fingerprint: BundleFingerprint;
  readonly dataset: string;
  readonly preprocessing: PreprocessSpec | null;
  readonly sentiment?: SentimentPart | null;
  readonly topics?: TopicsPart | null;
  readonly engagement?: EngagementPart | null;
  /** Default now. */
  readonly createdAt?: Date;
}

/** A bundle of the given parts (absent or null parts are left out). */
export function createAnalysisBundle(parts: AnalysisBundleParts): AnalysisBundle {
  return {
    format: BUNDLE_FORMAT,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    appVersion: parts.appVersion,
    createdAt: (parts.createdAt ?? new Date()).toISOString(),
    dataset: parts.dataset,
    fingerprint: parts.fingerprint,
    preprocessing: parts.preprocessing,
    ...(parts.sentiment ? { sentiment: parts.sentiment } : {}),
    ...(parts.topics ? { topics: parts.topics } : {}),
    ...(parts.engagement ? { engagement: parts.engagement } : {}),
  };
}

/**
 * The engagement part of a training run, with the forest packed. Throws on a forest that does not
 * deserialize or node means that do not fit it: a training run hands over what it just made.
 */
export function engagementPartOf(
  features: FeatureParams,
  training: EngagementTraining,
): EngagementPart {
  const forest = deserializeForest(training.forest);
  if (!forest.ok) throw new Error(`engagementPartOf: ${forest.error.message}`);
  const means = base64ToFloat32(training.nodeMeans);
  if (!means || means.length !== forest.value.feature.length)
    throw new Error('engagementPartOf: the node means do not fit the forest');
  const { forest: _forest, nodeMeans: _means, mlp, ...rest } = training;
  return {
    ...rest,
    features,
    forest: packForest(forest.value, training.forest),
    nodeMeans: packNodeMeans(forest.value, means),
    ...(mlp ? { mlp } : {}),
  };
}

/** An engagement bundle from a training run (the Engagement view and `murmur train --save`). */
export function createBundle(parts: BundleParts): ModelBundle {
  const engagement = engagementPartOf(parts.features, parts.engagement);
  const bundle = createAnalysisBundle({ ...parts, dataset: parts.dataset ?? '', engagement });
  return { ...bundle, engagement };
}

/** The parts a bundle holds, in display order. */
export function bundleParts(bundle: AnalysisBundle): BundlePart[] {
  return BUNDLE_PARTS.filter((p) => bundle[p] !== undefined);
}

export function serializeLayers(model: MlpModel): SerializedLayer[] {
  return model.layers.map((l) => ({
    inputs: l.inputs,
    units: l.units,
    activation: l.activation,
    kernel: floatsToBase64(l.kernel),
    bias: floatsToBase64(l.bias),
  }));
}

/** The network of an MlpPart, or null when its weights do not fit its shape. */
export function deserializeMlp(part: MlpPart): MlpModel | null {
  const layers = [];
  for (const l of part.layers) {
    const kernel = base64ToFloat32(l.kernel);
    const bias = base64ToFloat32(l.bias);
    if (!kernel || !bias || kernel.length !== l.inputs * l.units || bias.length !== l.units)
      return null;
    layers.push({ inputs: l.inputs, units: l.units, activation: l.activation, kernel, bias });
  }
  return {
    task: part.task,
    layers,
    ...(part.task === 'classification' ? { classes: ['0', '1'] } : {}),
  };
}
