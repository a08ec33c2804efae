/** Bundles for tests: a generated engagement model, a tiny hand-made topic model, a one-split forest. */
import type { TopicModel } from '../cluster/topicModel.ts';
import { tableFromRows } from '../csv/tableFromRows.ts';
import { splitNodeMeans } from '../features/contributions.ts';
import { prepareEngagementData } from '../features/engagementData.ts';
import { regressionReport } from '../features/evaluation.ts';
import { buildFeatures, fitFeatures, inputFromTable } from '../features/featureBuilder.ts';
import { generatePosts } from '../features/posts.testutil.ts';
import { fitForest, type ForestModel } from '../forest/forest.ts';
import { predict } from '../forest/predict.ts';
import { serializeForest } from '../forest/serialize.ts';
import { analyseTopics } from '../cluster/topicAnalysis.ts';
import { createCleaner, resolveCleanOptions } from '../preprocess/cleanText.ts';
import { createRng } from '../random/rng.ts';
import { fitTfidf } from '../text/tfidf.ts';
import {
  createAnalysisBundle,
  createBundle,
  targetRangeOf,
  type AnalysisBundle,
  type ModelBundle,
  type TopicsPart,
} from './bundle.ts';
import {
  CLASSIFIER_KIND,
  classifierTerms,
  type NetworkClassifierModel,
} from './sentimentClassifier.ts';
import { fingerprintTable } from './fingerprint.ts';
import { floatsToBase64 } from './typedBase64.ts';

const CV = {
  scoring: 'neg_mse' as const,
  folds: 5,
  bestParams: { nEstimators: 10 },
  bestScore: -1,
  points: 1,
};

/** A forest on generated posts (likes, log1p), its bundle and its test-set predictions. */
export function engagementBundle(
  rows = 120,
  trees = 10,
): {
  bundle: ModelBundle;
  forest: ForestModel;
  expected: Float64Array;
  posts: ReturnType<typeof generatePosts>;
} {
  const posts = generatePosts(rows);
  const data = prepareEngagementData(posts.table, posts.schema, {
    target: { expression: 'likes', log1p: true },
  });
  if (!data.ok) throw new Error(data.error.message);
  const d = data.value;
  const fit = fitForest(
    d.train.X,
    { kind: 'regression', y: d.train.y },
    { nEstimators: trees, maxDepth: 12 },
  );
  if (!fit.ok) throw new Error(fit.error.message);
  const pred = predict(fit.value, d.test.X);
  if (!pred.ok) throw new Error(pred.error.message);
  const bundle = createBundle({
    appVersion: '0.1.0',
    createdAt: new Date(0),
    fingerprint: fingerprintTable(posts.table),
    features: d.features,
    preprocessing: null,
    dataset: 'posts.csv',
    engagement: {
      task: 'regression',
      target: d.target,
      targetRange: targetRangeOf(d.train.y, d.train.raw),
      threshold: null,
      forest: serializeForest(fit.value),
      nodeMeans: floatsToBase64(Float32Array.from(splitNodeMeans(fit.value, d.train.X, d.train.y))),
      cv: CV,
      metrics: regressionReport(d.train.y, d.test.y, pred.value, true, d.train.raw, d.test.raw),
    },
  });
  return { bundle, forest: fit.value, expected: pred.value, posts };
}

/**
 * Topics over the vocabulary cat, dog, fish (idf 1): cluster 0 is all "cat", cluster 1 is
 * 0.6 "dog" + 0.8 "fish". "#dog" is nearer cluster 1 (squared distance 0.8 against 2), cosine 0.6.
 */
export function tinyTopics(): TopicsPart {
  const model: TopicModel = {
    kind: 'murmur.topics',
    version: 1,
    tfidf: {
      kind: 'murmur.tfidf',
      version: 1,
      vocabulary: ['cat', 'dog', 'fish'],
      idf: [1, 1, 1],
      pruning: {
        minDf: 1,
        maxDf: 1,
        maxFeatures: null,
        documents: 4,
        termsSeen: 3,
        termsKept: 3,
        droppedByMinDf: 0,
        droppedByMaxDf: 0,
        droppedByMaxFeatures: 0,
      },
    },
    centroids: {
      kind: 'murmur.centroids',
      version: 1,
      k: 2,
      cols: 3,
      centroids: [
        { indices: [0], values: [1] },
        { indices: [1, 2], values: [0.6, 0.8] },
      ],
      sizes: [3, 1],
    },
    topTerms: [['cat'], ['fish', 'dog']],
  };
  return {
    terms: 'hashtags',
    source: { kind: 'hashtag-column', column: 'hashtags' },
    model,
    settings: null,
    metrics: { k: 2, silhouette: 0.5, documents: 4, posts: 4 },
  };
}

/** A bundle with only the tiny topic model. */
export function topicsOnlyBundle() {
  return createAnalysisBundle({
    appVersion: '0.1.0',
    createdAt: new Date(0),
    dataset: 'pets.csv',
    fingerprint: { rows: 4, columns: ['text', 'hashtags'], hash: '0123456789abcdef' },
    preprocessing: null,
    topics: tinyTopics(),
  });
}

/**
 * One tree, one split on author_followers (1, 1, 100, 100 → likes 0, 0, 9, 9; log1p target):
 * 150 followers predict 9 likes, a missing count (filled with the median, 50.5 ≤ the split at 50.5) predicts 0.
 */
export function oneSplitBundle(): ModelBundle {
  const table = tableFromRows(
    ['text', 'author_followers', 'likes'],
    [
      ['a', '1', '0'],
      ['b', '1', '0'],
      ['c', '100', '9'],
      ['d', '100', '9'],
    ],
  );
  const column = { name: 'author_followers', type: 'integer' as const, format: {} };
  const features = fitFeatures(inputFromTable(table), {
    text: null,
    hashtags: null,
    timestamp: null,
    numeric: [{ column, spec: { name: column.name, kind: 'numeric' } }],
    categorical: [],
  });
  if (!features.ok) throw new Error(features.error.message);
  const X = buildFeatures(features.value, inputFromTable(table));
  if (!X.ok) throw new Error(X.error.message);
  const y = Float64Array.from([0, 0, 9, 9], Math.log1p);
  const fit = fitForest(
    X.value,
    { kind: 'regression', y },
    { nEstimators: 1, bootstrap: false, maxDepth: 1 },
  );
  if (!fit.ok) throw new Error(fit.error.message);
  return createBundle({
    appVersion: '0.1.0',
    createdAt: new Date(0),
    fingerprint: fingerprintTable(table),
    features: features.value,
    preprocessing: null,
    engagement: {
      task: 'regression',
      target: { expression: 'likes', columns: ['likes'], log1p: true, label: 'log1p(likes)' },
      targetRange: targetRangeOf(y, [0, 0, 9, 9]),
      threshold: null,
      forest: serializeForest(fit.value),
      nodeMeans: floatsToBase64(Float32Array.from(splitNodeMeans(fit.value, X.value, y))),
      cv: CV,
      metrics: regressionReport(y, y, y, true, [0, 0, 9, 9], [0, 0, 9, 9]),
    },
  });
}

/** A classifier over the generated posts' words with seeded random weights: a real model's shape, for exact round trips. */
export function randomClassifier(texts: readonly string[], seed = 7): NetworkClassifierModel {
  const clean = resolveCleanOptions({});
  const terms = classifierTerms(createCleaner(clean), true);
  const fit = fitTfidf(texts.map(terms), { maxFeatures: 200 });
  if (!fit.ok) throw new Error(fit.error.message);
  const rng = createRng(seed);
  const weights = (n: number) =>
    floatsToBase64(Float32Array.from({ length: n }, () => rng.next() * 2 - 1));
  const v = fit.value.model.vocabulary.length;
  return {
    kind: CLASSIFIER_KIND,
    version: 1,
    classes: ['negative', 'neutral', 'positive'],
    features: { clean, bigrams: true, tfidf: fit.value.model },
    layers: [
      { inputs: v, units: 8, activation: 'relu', kernel: weights(v * 8), bias: weights(8) },
      { inputs: 8, units: 3, activation: 'softmax', kernel: weights(24), bias: weights(3) },
    ],
    training: {
      trainedAt: 0,
      trainRows: texts.length,
      heldOutRows: 0,
      seed,
      epochs: 1,
      bestEpoch: 1,
      heldOutAccuracy: 0.5,
      heldOutMacroF1: 0.5,
    },
  };
}

/** All three parts trained on `rows` generated posts: the forest, hashtag topics (k = 4) and a seeded classifier. */
export function fullBundle(rows: number): {
  bundle: AnalysisBundle;
  posts: ReturnType<typeof generatePosts>;
} {
  const { bundle, posts } = engagementBundle(rows, 20);
  const textColumn = posts.table.columns[posts.table.header.indexOf('text')]!;
  const tagColumn = posts.table.columns[posts.table.header.indexOf('hashtags')]!;
  const topics = analyseTopics(
    tagColumn.map((c) => c.split(' ').filter((t) => t !== '')),
    { kMin: 4, kMax: 4, seed: 1 },
  );
  if (!topics.ok) throw new Error(topics.error.message);
  const a = topics.value;
  return {
    posts,
    bundle: {
      ...bundle,
      sentiment: {
        textColumn: 'text',
        thresholds: { positive: 0.1, negative: -0.1 },
        labelMapping: null,
        classifier: randomClassifier(textColumn),
        heldOut: null,
      },
      topics: {
        terms: 'hashtags',
        source: { kind: 'hashtag-column', column: 'hashtags' },
        model: a.model,
        settings: null,
        metrics: { k: a.k, silhouette: null, documents: a.documents, posts: a.posts },
      },
    },
  };
}
