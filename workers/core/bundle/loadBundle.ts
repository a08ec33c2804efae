/**
 * Loading a bundle: refuse forbidden keys, migrate an older version, validate the schema, then
 * decode every part and check that its pieces fit together (array lengths against the declared
 * shapes, centres over the vocabulary, the forest over the feature builder's columns). The result
 * is ready to score with; load once, score many times.
 */
import { parseTopicModel, type TopicModel } from '../cluster/topicModel.ts';
import { fail, ok, toAppError, type Result } from '../errors/index.ts';
import { buildFeatures, sourceColumns } from '../features/featureBuilder.ts';
import type { FeatureParams } from '../features/types.ts';
import type { ForestModel } from '../forest/forest.ts';
import type { MlpModel } from '../nn/types.ts';
import { parsePreprocessParams } from '../preprocess/paramsSchema.ts';
import { parseTfidfModel } from '../text/tfidfModel.ts';
import {
  bundleParts,
  deserializeMlp,
  type AnalysisBundle,
  type BundlePart,
  type ModelBundle,
  type SentimentPart,
  type TopicsPart,
} from './bundle.ts';
import { bundleSchema, describeIssues } from './bundleSchema.ts';
import {
  checkFeatureAlignment,
  checkForestValues,
  checkMlpWeights,
  checkTimeFill,
} from './engagementChecks.ts';
import { migrateBundle } from './migrate.ts';
import { unpackForest, unpackNodeMeans } from './packedForest.ts';
import { refuseForbiddenKeys } from './safeJson.ts';
import { base64ToFloat32 } from './typedBase64.ts';
import { LINEAR_CLASSIFIER_KIND } from './linearClassifier.ts';
import { LANGUAGE_CLASSIFIER_KIND } from './languageClassifier.ts';
import type { Detector } from '../language/detectLanguage.ts';
import { readyClassifier, type ReadyClassifier } from './sentimentClassifier.ts';

export interface LoadedSentiment {
  readonly part: SentimentPart;
  readonly classifier: ReadyClassifier | null;
}

export interface LoadedTopics {
  readonly part: TopicsPart;
  readonly model: TopicModel;
}

/** A bundle's engagement model, decoded and ready to predict with. */
export interface LoadedEngagement {
  readonly bundle: ModelBundle;
  readonly forest: ForestModel;
  readonly nodeMeans: Float32Array;
  readonly mlp: MlpModel | null;
}

export interface LoadedBundle {
  /** The bundle at the current schema version (migrated when it was older). */
  readonly bundle: AnalysisBundle;
  /** The schema version it was read from. */
  readonly migratedFrom: number;
  readonly parts: readonly BundlePart[];
  readonly sentiment: LoadedSentiment | null;
  readonly topics: LoadedTopics | null;
  readonly engagement: LoadedEngagement | null;
}

const INVALID_HINT = 'Export the model again from Murmur.';
const invalid = <T>(message: string): Result<T> => fail('BUNDLE_INVALID', message, INVALID_HINT);
const n = (x: number): string => x.toLocaleString('en-US');
const lengths = (path: string, expected: number, found: number, what = 'entries'): string =>
  `${path}: expected ${n(expected)} ${what}, found ${n(found)}`;

/** Checks a topic model's sizes agree (messages name the path), then its remaining rules. */
function checkTopicModel(model: TopicModel, path: string): Result<TopicModel> {
  const { tfidf, centroids, topTerms } = model;
  const vocabulary = tfidf.vocabulary.length;
  if (tfidf.idf.length !== vocabulary)
    return invalid(
      lengths(
        `${path}.tfidf.idf`,
        vocabulary,
        tfidf.idf.length,
        'entries (one per vocabulary term)',
      ),
    );
  if (centroids.cols !== vocabulary)
    return invalid(
      `${path}.centroids.cols: expected ${n(vocabulary)} (the vocabulary size), found ${n(centroids.cols)}`,
    );
  if (centroids.centroids.length !== centroids.k)
    return invalid(
      lengths(
        `${path}.centroids.centroids`,
        centroids.k,
        centroids.centroids.length,
        'centres (k)',
      ),
    );
  if (centroids.sizes.length !== centroids.k)
    return invalid(lengths(`${path}.centroids.sizes`, centroids.k, centroids.sizes.length));
  if (topTerms.length !== centroids.k)
    return invalid(lengths(`${path}.topTerms`, centroids.k, topTerms.length, 'term lists (k)'));
  for (const [c, centre] of centroids.centroids.entries()) {
    if (centre.values.length !== centre.indices.length)
      return invalid(
        lengths(
          `${path}.centroids.centroids.${c}.values`,
          centre.indices.length,
          centre.values.length,
        ),
      );
    const out = centre.indices.findIndex(
      (t, p) => t >= vocabulary || (p > 0 && t <= centre.indices[p - 1]!),
    );
    if (out >= 0)
      return invalid(
        `${path}.centroids.centroids.${c}.indices.${out}: ${centre.indices[out]} is out of order or not below the vocabulary size ${n(vocabulary)}`,
      );
    // a mean of unit-length TF-IDF rows is no longer than 1
    const norm = Math.sqrt(centre.values.reduce((s, v) => s + v * v, 0));
    if (!(norm <= 1 + 1e-6))
      return invalid(
        `${path}.centroids.centroids.${c}: its length is ${norm.toPrecision(6)}, but a centre of TF-IDF rows is at most 1 long`,
      );
  }
  const parsed = parseTopicModel(model);
  return parsed.ok ? parsed : invalid(`${path}: ${parsed.error.message}`);
}

function loadSentiment(part: SentimentPart, detector?: Detector): Result<LoadedSentiment> {
  const c = part.classifier;
  if (!c) return ok({ part, classifier: null });
  if (new Set(c.classes).size !== c.classes.length)
    return invalid('sentiment.classifier.classes: a class is listed twice');
  if (c.kind === LINEAR_CLASSIFIER_KIND || c.kind === LANGUAGE_CLASSIFIER_KIND) {
    const linear = readyClassifier(c, detector);
    return typeof linear === 'string'
      ? invalid(`sentiment.classifier.${linear}`)
      : ok({ part, classifier: linear });
  }
  const { tfidf } = c.features;
  if (tfidf.idf.length !== tfidf.vocabulary.length)
    return invalid(
      lengths(
        'sentiment.classifier.features.tfidf.idf',
        tfidf.vocabulary.length,
        tfidf.idf.length,
        'entries (one per vocabulary term)',
      ),
    );
  const parsed = parseTfidfModel(tfidf);
  if (!parsed.ok) return invalid(`sentiment.classifier.features.tfidf: ${parsed.error.message}`);
  if (new Set(c.classes).size !== c.classes.length)
    return invalid('sentiment.classifier.classes: a class is listed twice');
  const ready = readyClassifier(c);
  return typeof ready === 'string'
    ? invalid(`sentiment.classifier.${ready}`)
    : ok({ part, classifier: ready });
}

function loadTopics(part: TopicsPart): Result<LoadedTopics> {
  const model = checkTopicModel(part.model, 'topics.model');
  if (!model.ok) return model;
  if (part.metrics.k !== model.value.centroids.k)
    return invalid(
      `topics.metrics.k: expected ${model.value.centroids.k} (the model's clusters), found ${part.metrics.k}`,
    );
  const k = part.metrics.k;
  const groups: unknown = part.groups;
  if (
    groups !== undefined &&
    !(
      Array.isArray(groups) &&
      groups.length === k &&
      groups.every(
        (g: { topic?: unknown; name?: unknown; hidden?: unknown } | null) =>
          typeof g === 'object' &&
          g !== null &&
          Number.isInteger(g.topic) &&
          (g.topic as number) >= 0 &&
          (g.topic as number) < k &&
          typeof g.name === 'string' &&
          typeof g.hidden === 'boolean',
      )
    )
  )
    return invalid(`topics.groups: expected one {topic, name, hidden} per cluster (${k})`);
  return ok({ part, model: model.value });
}

/** Builds the features of one blank post: proves the builder's spec, fitted params and names agree. */
function dryRun(features: FeatureParams): Result<true> {
  const cells: Record<string, string[]> = {};
  for (const name of sourceColumns(features.spec)) cells[name] = [''];
  const built = buildFeatures(features, { rows: 1, cells, sentiment: new Float64Array(4) });
  return built.ok
    ? ok(true)
    : fail('BUNDLE_MISMATCH', `engagement.features: ${built.error.message}`, INVALID_HINT);
}

function loadEngagement(bundle: ModelBundle): Result<LoadedEngagement> {
  const e = bundle.engagement;
  const { features } = e;
  if (features.preprocess) {
    const pre = parsePreprocessParams(features.preprocess);
    if (!pre.ok)
      return fail(
        pre.error.code,
        `engagement.features.preprocess: ${pre.error.message}`,
        pre.error.hint,
      );
  }
  if (features.spec.topics) {
    const topics = checkTopicModel(features.spec.topics, 'engagement.features.spec.topics');
    if (!topics.ok) return topics;
  }
  const forest = unpackForest(e.forest, 'engagement.forest');
  if (!forest.ok) return forest;
  if (forest.value.kind !== e.task)
    return invalid(
      `engagement.forest.kind: a ${forest.value.kind} forest cannot serve a ${e.task} task`,
    );
  if (forest.value.nFeatures !== features.names.length) {
    return fail(
      'BUNDLE_MISMATCH',
      `engagement.forest.nFeatures: the forest reads ${n(forest.value.nFeatures)} features but the feature builder makes ${n(features.names.length)}.`,
      INVALID_HINT,
    );
  }
  const aligned = checkFeatureAlignment(features, forest.value);
  if (!aligned.ok) return aligned;
  const times = checkTimeFill(features);
  if (!times.ok) return times;
  const built = dryRun(features);
  if (!built.ok) return built;
  const nodeMeans = unpackNodeMeans(e.nodeMeans, forest.value);
  if (typeof nodeMeans === 'string') return invalid(`engagement.nodeMeans: ${nodeMeans}`);
  const values = checkForestValues(e, forest.value, nodeMeans);
  if (!values.ok) return values;
  let mlp: MlpModel | null = null;
  if (e.mlp) {
    const width = features.names.length;
    if (e.mlp.featureMean.length !== width)
      return invalid(
        lengths(
          'engagement.mlp.featureMean',
          width,
          e.mlp.featureMean.length,
          'entries (one per feature)',
        ),
      );
    if (e.mlp.featureStd.length !== width)
      return invalid(
        lengths(
          'engagement.mlp.featureStd',
          width,
          e.mlp.featureStd.length,
          'entries (one per feature)',
        ),
      );
    let inputs = width;
    for (const [i, l] of e.mlp.layers.entries()) {
      const at = `engagement.mlp.layers.${i}`;
      if (l.inputs !== inputs)
        return invalid(`${at}.inputs: expected ${n(inputs)}, found ${n(l.inputs)}`);
      const kernel = base64ToFloat32(l.kernel)?.length ?? 0;
      if (kernel !== l.inputs * l.units)
        return invalid(
          lengths(
            `${at}.kernel`,
            l.inputs * l.units,
            kernel,
            `entries (${l.inputs} inputs × ${l.units} units)`,
          ),
        );
      const bias = base64ToFloat32(l.bias)?.length ?? 0;
      if (bias !== l.units) return invalid(lengths(`${at}.bias`, l.units, bias));
      inputs = l.units;
    }
    const weights = checkMlpWeights(e.mlp);
    if (!weights.ok) return weights;
    mlp = deserializeMlp(e.mlp);
  }
  return ok({ bundle, forest: forest.value, nodeMeans, mlp });
}

/**
 * A bundle ready to score with, from parsed JSON (or a stored object). Fails with BUNDLE_INVALID
 * (not a bundle, damaged, a forbidden key, an impossible value; the message names the path and
 * what is wrong), BUNDLE_TOO_NEW (a later schema version) or BUNDLE_MISMATCH (parts that do not
 * fit together). Never throws: whatever the value, the answer is a Result with a code.
 * @param options.detector tells each post's language to a sentiment classifier with a model per
 *   language (see {@link bundleNeedsLanguages}); without it, its all-language model reads every post.
 */
export function loadBundle(
  value: unknown,
  options: { readonly detector?: Detector } = {},
): Result<LoadedBundle> {
  try {
    return loadChecked(value, options.detector);
  } catch (e) {
    const error = toAppError(e);
    return invalid(
      `This bundle could not be read: ${error.code === 'INTERNAL' ? error.message.replace(/^Unexpected error: /, '') : error.message}.`,
    );
  }
}

function loadChecked(value: unknown, detector: Detector | undefined): Result<LoadedBundle> {
  const safe = refuseForbiddenKeys(value);
  if (!safe.ok) return safe;
  const migrated = migrateBundle(value);
  if (!migrated.ok) return migrated;
  const parsed = bundleSchema.safeParse(migrated.value.bundle);
  if (!parsed.success) return invalid(`This bundle is damaged: ${describeIssues(parsed.error)}.`);
  // the validated object itself: every field the code reads has been checked above
  const bundle = migrated.value.bundle as unknown as AnalysisBundle;
  const sentiment = bundle.sentiment ? loadSentiment(bundle.sentiment, detector) : null;
  if (sentiment && !sentiment.ok) return sentiment;
  const topics = bundle.topics ? loadTopics(bundle.topics) : null;
  if (topics && !topics.ok) return topics;
  const engagement = bundle.engagement ? loadEngagement(bundle as ModelBundle) : null;
  if (engagement && !engagement.ok) return engagement;
  const parts = bundleParts(bundle);
  if (parts.length === 0)
    return invalid('This bundle holds no model: it has no sentiment, topics or engagement part.');
  return ok({
    bundle,
    migratedFrom: migrated.value.from,
    parts,
    sentiment: sentiment?.value ?? null,
    topics: topics?.value ?? null,
    engagement: engagement?.value ?? null,
  });
}

/**
 * True when `value` (a bundle as parsed JSON) holds a sentiment classifier with a model per
 * language: load a language detector for {@link loadBundle} first.
 */
export function bundleNeedsLanguages(value: unknown): boolean {
  const sentiment =
    typeof value === 'object' && value !== null && 'sentiment' in value ? value.sentiment : null;
  const classifier =
    typeof sentiment === 'object' && sentiment !== null && 'classifier' in sentiment
      ? sentiment.classifier
      : null;
  return (
    typeof classifier === 'object' &&
    classifier !== null &&
    'kind' in classifier &&
    classifier.kind === LANGUAGE_CLASSIFIER_KIND
  );
}

/** A bundle's engagement model (the draft box, `murmur train` tests). BUNDLE_INVALID when the bundle has none. */
export function loadEngagementBundle(value: unknown): Result<LoadedEngagement> {
  const loaded = loadBundle(value);
  if (!loaded.ok) return loaded;
  return loaded.value.engagement
    ? ok(loaded.value.engagement)
    : invalid('This bundle has no engagement model.');
}
