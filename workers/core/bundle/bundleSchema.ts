/**
 * The zod schema of a version-2 bundle: types, ranges (finite numbers, probabilities in [0, 1],
 * whole counts) and the shapes of every part. Lengths that depend on one another (kernel =
 * inputs × units, centres over the vocabulary, forest arrays) are checked when the parts are
 * decoded (loadBundle.ts), where the decoded lengths are known.
 */
import { z } from 'zod';
import { TEXT_FEATURES, TIME_PARTS } from '../features/types.ts';
import { MAX_BINS } from '../forest/binning.ts';
import { BUNDLE_FORMAT } from './format.ts';
import { PACKED_FOREST_FORMAT } from './packedForest.ts';
import { LINEAR_CLASSIFIER_KIND } from './linearClassifier.ts';
import {
  LANGUAGE_CLASSIFIER_KIND,
  LANGUAGE_CODE,
  MAX_LANGUAGE_MODELS,
} from './languageClassifier.ts';
import { CLASSIFIER_KIND } from './sentimentClassifier.ts';
import { cleanOptionsSchema } from '../preprocess/paramsSchema.ts';
import { tfidfModelSchema } from '../text/tfidfModel.ts';

const finite = z.number(); // zod 4 numbers refuse NaN and ±Infinity
const probability = z.number().min(0).max(1);
const count = z.number().int().nonnegative();
const positiveCount = z.number().int().positive();
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64 text');
const label = z.enum(['negative', 'neutral', 'positive']);
const activation = z.enum(['relu', 'linear', 'softmax', 'sigmoid']);

const packedUints = z.object({ bits: z.number().int().min(1).max(32), count, data: base64 });
const packedFloats = z.discriminatedUnion('encoding', [
  z.object({ encoding: z.literal('plain'), count, values: base64 }),
  z.object({ encoding: z.literal('dictionary'), count, table: base64, index: packedUints }),
]);

const layer = z.object({
  inputs: positiveCount,
  units: positiveCount,
  activation,
  kernel: base64,
  bias: base64,
});

const thresholds = z
  .object({ positive: finite.min(-1).max(1), negative: finite.min(-1).max(1) })
  .refine((t) => t.negative <= t.positive, {
    message: 'the negative cut-off must not exceed the positive one',
  });

const topicModel = z.object({
  kind: z.literal('murmur.topics'),
  version: z.literal(1),
  tfidf: tfidfModelSchema,
  centroids: z.object({
    kind: z.literal('murmur.centroids'),
    version: z.literal(1),
    k: positiveCount,
    cols: count,
    // k-means centres of unit-length TF-IDF rows: non-negative weights (their norms are checked in loadBundle)
    centroids: z.array(
      z.object({ indices: z.array(count), values: z.array(finite.nonnegative()) }),
    ),
    sizes: z.array(count),
  }),
  topTerms: z.array(z.array(z.string())),
});

const classScores = z.object({
  label: z.union([z.string(), z.number()]),
  precision: probability,
  recall: probability,
  f1: probability,
  support: count,
});
const labelCounts = z.object({ negative: count, neutral: count, positive: count });
const sentimentEvaluation = z.object({
  n: count,
  labels: z.array(label),
  accuracy: probability,
  macroF1: probability,
  weightedF1: probability,
  perClass: z.array(classScores),
  confusion: z.array(z.array(count)),
  truthCounts: labelCounts,
  predictedCounts: labelCounts,
});

const networkClassifier = z.object({
  kind: z.literal(CLASSIFIER_KIND),
  version: z.literal(1),
  classes: z.array(label).min(2).max(3),
  features: z.object({ clean: cleanOptionsSchema, bigrams: z.boolean(), tfidf: tfidfModelSchema }),
  layers: z.array(layer).min(1),
  training: z.object({
    trainedAt: finite,
    trainRows: count,
    heldOutRows: count,
    seed: count,
    epochs: count,
    bestEpoch: count,
    heldOutAccuracy: probability,
    heldOutMacroF1: probability,
  }),
});

const ngramRange = z.tuple([z.number().int().min(1).max(10), z.number().int().min(1).max(10)]);
const hashBits = z.number().int().min(1).max(24);
const linearClassifier = z.object({
  kind: z.literal(LINEAR_CLASSIFIER_KIND),
  version: z.literal(1),
  classes: z.array(label).min(2).max(3),
  features: z.object({
    ngrams: z.object({
      words: ngramRange,
      chars: ngramRange,
      wordBits: hashBits,
      charBits: hashBits,
    }),
    buckets: base64,
    idf: base64,
    wordFeatures: count,
  }),
  linear: z.object({
    loss: z.enum(['logistic', 'squared-hinge']),
    C: z.number().positive(),
    bias: finite,
    weights: base64,
  }),
  training: z.object({
    trainedAt: finite,
    trainRows: count,
    heldOutRows: count,
    seed: count,
    folds: count,
    heldOutAccuracy: probability,
    heldOutMacroF1: probability,
  }),
});

const languageClassifier = z.object({
  kind: z.literal(LANGUAGE_CLASSIFIER_KIND),
  version: z.literal(1),
  classes: z.array(label).min(2).max(3),
  fallback: linearClassifier,
  languages: z
    .record(z.string().regex(LANGUAGE_CODE, 'expected an ISO 639-1 code'), linearClassifier)
    .refine((r) => Object.keys(r).length <= MAX_LANGUAGE_MODELS, {
      message: `at most ${MAX_LANGUAGE_MODELS} language models`,
    }),
  training: z.object({
    trainedAt: finite,
    trainRows: count,
    heldOutRows: count,
    seed: count,
    heldOutAccuracy: probability,
    heldOutMacroF1: probability,
  }),
});

const classifier = z.discriminatedUnion('kind', [
  networkClassifier,
  linearClassifier,
  languageClassifier,
]);

const sentiment = z.object({
  textColumn: z.string().nullable(),
  thresholds,
  labelMapping: z
    .object({
      column: z.string(),
      mapping: z.record(z.string(), z.enum(['negative', 'neutral', 'positive', 'ignore'])),
    })
    .nullable(),
  classifier: classifier.nullable(),
  heldOut: z
    .object({ n: count, model: sentimentEvaluation, vader: sentimentEvaluation })
    .nullable(),
});

const topics = z.object({
  terms: z.enum(['hashtags', 'terms']),
  source: z.object({
    kind: z.enum(['hashtag-column', 'text-hashtags', 'text-terms']),
    column: z.string(),
  }),
  model: topicModel,
  settings: z
    .object({
      kMin: positiveCount,
      kMax: positiveCount,
      seed: count,
      nInit: positiveCount,
      minDf: count,
      maxDf: z.number().gt(0).lte(1),
      maxFeatures: count.nullable(),
    })
    .nullable(),
  metrics: z.object({
    k: positiveCount,
    silhouette: finite.min(-1).max(1).nullable(),
    documents: count,
    posts: count,
  }),
});

const columnFormat = z.object({
  datetime: z
    .enum(['iso', 'dmy', 'mdy', 'unix-s', 'unix-ms', 'excel-serial', 'twitter', 'month-name'])
    .optional(),
  tags: z
    .enum(['hash-separated', 'comma-separated', 'pipe-separated', 'json-array', 'python-list'])
    .optional(),
  thousands: z.boolean().optional(),
  abbreviated: z.boolean().optional(),
  percent: z.boolean().optional(),
  decimalComma: z.boolean().optional(),
});
const sourceColumn = z.object({
  name: z.string().min(1),
  type: z.enum(['integer', 'number', 'boolean', 'datetime', 'category', 'text', 'tags', 'empty']),
  format: columnFormat,
});
const numericSpec = z.object({
  name: z.string(),
  kind: z.literal('numeric'),
  missing: z.enum(['drop', 'median', 'mean', 'mode', 'constant']).optional(),
  fillValue: finite.optional(),
  log1p: z.boolean().optional(),
  scale: z.enum(['none', 'zscore', 'minmax', 'robust']).optional(),
});
const categoricalSpec = z.object({
  name: z.string(),
  kind: z.literal('categorical'),
  missing: z.enum(['drop', 'mode', 'constant', 'category']).optional(),
  fillValue: z.string().optional(),
  encoding: z.enum(['onehot', 'ordinal']).optional(),
  topN: positiveCount.optional(),
  order: z.array(z.string()).optional(),
  otherColumn: z.enum(['always', 'when-seen']).optional(),
});
const featureParams = z.object({
  kind: z.literal('murmur.features'),
  version: z.literal(1),
  spec: z.object({
    text: sourceColumn.nullable(),
    textFeatures: z.array(z.enum(TEXT_FEATURES)).optional(),
    sentimentMode: z.enum(['social', 'reference']).optional(),
    hashtags: sourceColumn.nullable(),
    timestamp: sourceColumn.nullable(),
    timeParts: z.array(z.enum(TIME_PARTS)).optional(),
    numeric: z.array(z.object({ column: sourceColumn, spec: numericSpec })),
    categorical: z.array(
      z.object({
        column: sourceColumn,
        spec: categoricalSpec,
        levels: z.array(z.string()).optional(),
      }),
    ),
    topics: topicModel.nullable().optional(),
  }),
  // checked in full by parsePreprocessParams when the part is decoded
  preprocess: z.object({ version: z.number().int() }).loose().nullable(),
  timeFill: z.object(Object.fromEntries(TIME_PARTS.map((p) => [p, finite.optional()]))),
  names: z.array(z.string()).min(1),
  fittedRows: count,
});

const regressionScores = z.object({
  mse: finite.nonnegative(),
  mae: finite.nonnegative(),
  r2: finite,
});
const scaleScores = z.object({
  model: regressionScores,
  baseline: regressionScores.extend({ trainMean: finite }),
});
const report = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('regression'), fitted: scaleScores, raw: scaleScores.nullable() }),
  z.object({
    kind: z.literal('classification'),
    accuracy: probability,
    f1: probability,
    precision: probability,
    recall: probability,
    rocAuc: probability.nullable(),
    confusion: z.array(z.array(count)),
    baseline: z.object({
      accuracy: probability,
      f1: probability,
      majority: z.union([z.literal(0), z.literal(1)]),
    }),
  }),
]);

const forestParams = z.object({
  nEstimators: positiveCount,
  maxDepth: positiveCount.nullable(),
  minSamplesSplit: z.number().int().min(2),
  minSamplesLeaf: positiveCount,
  maxFeatures: z.union([z.enum(['sqrt', 'log2', 'all']), z.number().positive()]),
  bootstrap: z.boolean(),
  seed: count,
  maxBins: z.number().int().min(2).max(MAX_BINS),
});

const packedForest = z.object({
  format: z.literal(PACKED_FOREST_FORMAT),
  version: z.literal(1),
  kind: z.enum(['regression', 'classification']),
  nFeatures: positiveCount,
  featureNames: z.array(z.string()),
  classes: z.array(z.union([z.string(), z.number()])),
  nOutputs: positiveCount,
  nTrees: positiveCount,
  params: forestParams,
  splits: count,
  leaves: positiveCount,
  shape: packedUints,
  splitTable: z.object({ feature: packedUints, threshold: base64 }),
  split: packedUints,
  leafValue: packedFloats,
  featureImportances: base64,
});

const mlp = z.object({
  task: z.enum(['regression', 'classification']),
  layers: z.array(layer).min(1),
  featureMean: z.array(finite),
  featureStd: z.array(finite.positive()),
  targetMean: finite,
  targetStd: finite.positive(),
  bestEpoch: count,
  metrics: report,
});

const range = z
  .object({ min: finite, max: finite })
  .refine((r) => r.min <= r.max, { message: 'min must not exceed max' });

const engagement = z.object({
  task: z.enum(['regression', 'classification']),
  target: z.object({
    expression: z.string().min(1),
    columns: z.array(z.string()),
    log1p: z.boolean(),
    label: z.string(),
  }),
  targetRange: z.object({ learned: range, raw: range }).nullable(),
  threshold: finite.nullable(),
  features: featureParams,
  forest: packedForest,
  nodeMeans: z
    .object({ count, min: finite, max: finite, values: packedUints, roots: base64 })
    .refine((m) => m.min <= m.max, { message: 'min must not exceed max' }),
  cv: z.object({
    scoring: z.enum(['neg_mse', 'r2', 'accuracy']),
    folds: z.number().int().min(2),
    bestParams: forestParams.partial(),
    bestScore: finite,
    points: positiveCount,
  }),
  metrics: report,
  mlp: mlp.optional(),
});

/** A version-3 bundle (after migration), every part optional. */
export const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  schemaVersion: z.literal(3),
  appVersion: z.string().max(64),
  createdAt: z.iso.datetime(),
  dataset: z.string().max(1000),
  fingerprint: z.object({
    rows: count,
    columns: z.array(z.string()),
    hash: z.string().regex(/^[0-9a-f]{16}$/, 'expected 16 hex digits'),
  }),
  preprocessing: z
    .object({
      columns: z.array(
        z
          .object({
            name: z.string(),
            kind: z.enum(['numeric', 'categorical', 'text', 'hashtags']),
          })
          .loose(),
      ),
      missingTokens: z.array(z.string()).optional(),
    })
    .nullable(),
  sentiment: sentiment.optional(),
  topics: topics.optional(),
  engagement: engagement.optional(),
});

/** The first few problems of a failed parse, as "path: reason". */
export function describeIssues(error: z.ZodError, limit = 3): string {
  const shown = error.issues
    .slice(0, limit)
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : '(the bundle)'}: ${i.message}`);
  const more = error.issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}
