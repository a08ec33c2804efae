/**
 * The model bundle: one JSON value that carries a trained analysis to another tab, machine or the
 * command line. Versioned (`format`, `schemaVersion`), JSON-safe (typed arrays as base64), and
 * tied to the data it was trained on by a fingerprint. This issue writes the engagement part; the
 * Models issue adds sentiment and topics parts, zod validation, the registry and import/export.
 */
import { fail, ok, type Result } from '../errors/index.ts';
import type { EngagementTask, TargetInfo } from '../features/engagementData.ts';
import type { ClassificationReport, RegressionReport } from '../features/evaluation.ts';
import type { FeatureParams } from '../features/types.ts';
import type { ForestModel } from '../forest/forest.ts';
import type { ForestOptions } from '../forest/params.ts';
import { deserializeForest, type SerializedForest } from '../forest/serialize.ts';
import type { Scoring } from '../forest/scoring.ts';
import type { Activation, MlpModel } from '../nn/types.ts';
import type { PreprocessSpec } from '../preprocess/types.ts';
import { base64ToFloat32, floatsToBase64 } from './typedBase64.ts';

export const BUNDLE_FORMAT = 'murmur-bundle';
export const BUNDLE_SCHEMA_VERSION = 1;

/** What the model was trained on: enough to warn when it is applied to different data. */
export interface BundleFingerprint {
  readonly rows: number;
  readonly columns: readonly string[];
  /** FNV-1a 64 of the header and every cell (see fingerprintTable). */
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

export interface EngagementPart {
  readonly task: EngagementTask;
  readonly target: TargetInfo;
  /** Classification: class 1 means a raw target above this. */
  readonly threshold: number | null;
  readonly forest: SerializedForest;
  /** Mean training target at each split node (float32, base64): for the "what pushed it" contributions. */
  readonly nodeMeans: string;
  readonly cv: CvSummary;
  readonly metrics: RegressionReport | ClassificationReport;
  readonly mlp?: MlpPart;
}

export interface ModelBundle {
  readonly format: typeof BUNDLE_FORMAT;
  readonly schemaVersion: number;
  readonly appVersion: string;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly fingerprint: BundleFingerprint;
  readonly features: FeatureParams;
  /** The dataset's preprocessing choices when the model was trained. */
  readonly preprocessing: PreprocessSpec | null;
  readonly engagement: EngagementPart;
}

/** The parts a caller provides; the envelope is filled in. */
export interface BundleParts {
  readonly appVersion: string;
  readonly fingerprint: BundleFingerprint;
  readonly features: FeatureParams;
  readonly preprocessing: PreprocessSpec | null;
  readonly engagement: EngagementPart;
  /** Default now. */
  readonly createdAt?: Date;
}

export function createBundle(parts: BundleParts): ModelBundle {
  return {
    format: BUNDLE_FORMAT,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    appVersion: parts.appVersion,
    createdAt: (parts.createdAt ?? new Date()).toISOString(),
    fingerprint: parts.fingerprint,
    features: parts.features,
    preprocessing: parts.preprocessing,
    engagement: parts.engagement,
  };
}

export function serializeLayers(model: MlpModel): SerializedLayer[] {
  return model.layers.map((l) => ({ inputs: l.inputs, units: l.units, activation: l.activation, kernel: floatsToBase64(l.kernel), bias: floatsToBase64(l.bias) }));
}

/** The network of an MlpPart, or null when its weights do not fit its shape. */
export function deserializeMlp(part: MlpPart): MlpModel | null {
  const layers = [];
  for (const l of part.layers) {
    const kernel = base64ToFloat32(l.kernel);
    const bias = base64ToFloat32(l.bias);
    if (!kernel || !bias || kernel.length !== l.inputs * l.units || bias.length !== l.units) return null;
    layers.push({ inputs: l.inputs, units: l.units, activation: l.activation, kernel, bias });
  }
  return { task: part.task, layers, ...(part.task === 'classification' ? { classes: ['0', '1'] } : {}) };
}

/** A bundle's engagement model, decoded and ready to predict with. */
export interface LoadedEngagement {
  readonly bundle: ModelBundle;
  readonly forest: ForestModel;
  readonly nodeMeans: Float32Array;
  readonly mlp: MlpModel | null;
}

/**
 * Decodes a bundle's engagement model. Checks the envelope and that the parts agree (the full
 * zod schema comes with the Models issue). Fails with BUNDLE_INVALID, BUNDLE_TOO_NEW or BUNDLE_MISMATCH.
 */
export function loadEngagementBundle(value: unknown): Result<LoadedEngagement> {
  const invalid = (why: string): Result<LoadedEngagement> => fail('BUNDLE_INVALID', `This is not a Murmur engagement model: ${why}.`, 'Export the model again from Murmur.');
  if (typeof value !== 'object' || value === null) return invalid('it is not a JSON object');
  const b = value as Partial<ModelBundle>;
  if (b.format !== BUNDLE_FORMAT) return invalid('the format tag is missing');
  if (typeof b.schemaVersion !== 'number') return invalid('it has no schema version');
  if (b.schemaVersion > BUNDLE_SCHEMA_VERSION) return fail('BUNDLE_TOO_NEW', `The bundle uses schema version ${b.schemaVersion}; this Murmur reads up to ${BUNDLE_SCHEMA_VERSION}.`, 'Update Murmur to open it.');
  if (!b.engagement || !b.features || b.features.kind !== 'murmur.features' || !Array.isArray(b.features.names)) return invalid('it has no engagement model');
  const forest = deserializeForest(b.engagement.forest);
  if (!forest.ok) return forest;
  if (forest.value.nFeatures !== b.features.names.length) {
    return fail('BUNDLE_MISMATCH', `The forest reads ${forest.value.nFeatures} features but the feature builder makes ${b.features.names.length}.`, 'Export the model again from Murmur.');
  }
  const nodeMeans = base64ToFloat32(b.engagement.nodeMeans ?? '');
  if (!nodeMeans || nodeMeans.length !== forest.value.feature.length) return invalid('the split-node means do not match the forest');
  const mlp = b.engagement.mlp ? deserializeMlp(b.engagement.mlp) : null;
  if (b.engagement.mlp && !mlp) return invalid('the neural network weights do not match its layers');
  return ok({ bundle: b as ModelBundle, forest: forest.value, nodeMeans, mlp });
}
