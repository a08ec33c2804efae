/**
 * `npm run make-default-bundle`: trains the default model on the bundled sample posts
 * (public/sample/murmur-sample.csv) with fixed seeds and writes public/models/default-bundle.json,
 * so live scoring works on a first visit, before any dataset. Same input, same bytes.
 *
 * - sentiment: VADER with its cut-offs ±0.05 (the sample's labels are not trained on here)
 * - topics: hashtag TF-IDF + k-means as the Topics view's defaults (k 2..12, n_init 10, seed 0)
 * - engagement: log1p(likes) from the default features, 50 trees of depth 12, 5-fold CV score
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createAnalysisBundle,
  engagementPartOf,
  targetRangeOf,
  type AnalysisBundle,
} from '../workers/core/bundle/bundle.ts';
import { fingerprintTable } from '../workers/core/bundle/fingerprint.ts';
import { bundleFileText } from '../workers/core/bundle/integrity.ts';
import { floatsToBase64 } from '../workers/core/bundle/typedBase64.ts';
import { analyseTopics } from '../workers/core/cluster/topicAnalysis.ts';
import { fail, ok, type Result } from '../workers/core/errors/index.ts';
import { splitNodeMeans } from '../workers/core/features/contributions.ts';
import { prepareEngagementData } from '../workers/core/features/engagementData.ts';
import { regressionReport } from '../workers/core/features/evaluation.ts';
import { gridSearch, predict, serializeForest } from '../workers/core/forest/index.ts';
import { defaultPreprocessSpec } from '../workers/core/preprocess/fromSchema.ts';
import { DEFAULT_THRESHOLDS } from '../workers/core/sentiment/label.ts';
import { postHashtags } from '../workers/core/trends/postTerms.ts';
import { readTableFile } from './cli/readTable.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SAMPLE = path.join(ROOT, 'public/sample/murmur-sample.csv');
export const DEFAULT_BUNDLE = path.join(ROOT, 'public/models/default-bundle.json');

/** The Topics view's default settings (workers/jobs/topics/topicsSettings.ts). */
const TOPICS = { kMin: 2, kMax: 12, seed: 0, nInit: 10, minDf: 1, maxDf: 1, maxFeatures: 5000 };
const FOREST = { nEstimators: 50, maxDepth: 12 };
/** A fixed date, so the file only changes when the sample or the code does. */
const CREATED_AT = new Date('2025-01-01T00:00:00.000Z');

function appVersion(): string {
  return (
    (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version?: string })
      .version ?? '0.0.0'
  );
}

/** The default bundle trained on the CSV at `sample`. */
export async function makeDefaultBundle(sample = SAMPLE): Promise<Result<AnalysisBundle>> {
  const read = await readTableFile(sample, 'train');
  if (!read.ok) return read;
  const { table, schema } = read.value;

  const tags = postHashtags(table, schema);
  if (!tags.ok) return tags;
  const topics = analyseTopics(tags.value.lists, TOPICS);
  if (!topics.ok) return topics;
  const t = topics.value;

  const preprocessing = defaultPreprocessSpec(schema);
  const data = prepareEngagementData(table, schema, {
    target: { expression: 'likes', log1p: true },
    task: 'regression',
    preprocessing,
    testSize: 0.2,
    seed: 0,
    folds: 5,
  });
  if (!data.ok) return data;
  const d = data.value;
  const searched = await gridSearch(
    d.train.X,
    { kind: 'regression', y: d.train.y },
    {
      grid: { nEstimators: [FOREST.nEstimators], maxDepth: [FOREST.maxDepth] },
      folds: 5,
      seed: 0,
      // folds that keep copies of a post together, as the app's grid search
      groups: d.split.trainGroups,
    },
  );
  if (!searched.ok) return searched;
  const forest = searched.value.model;
  if (!forest) return fail('INTERNAL', 'The grid search did not refit a model.');
  const predicted = predict(forest, d.test.X);
  if (!predicted.ok) return predicted;

  return ok(
    createAnalysisBundle({
      appVersion: appVersion(),
      createdAt: CREATED_AT,
      dataset: path.basename(sample),
      fingerprint: fingerprintTable(table),
      preprocessing,
      sentiment: {
        textColumn: 'text',
        thresholds: DEFAULT_THRESHOLDS,
        labelMapping: null,
        classifier: null,
        heldOut: null,
      },
      topics: {
        terms: 'hashtags',
        source: tags.value.source,
        model: t.model,
        settings: TOPICS,
        metrics: {
          k: t.k,
          silhouette: t.sweep.find((e) => e.k === t.k)?.silhouetteCosine ?? null,
          documents: t.documents,
          posts: t.posts,
        },
      },
      engagement: engagementPartOf(d.features, {
        task: 'regression',
        target: d.target,
        targetRange: targetRangeOf(d.train.y, d.train.raw),
        threshold: null,
        forest: serializeForest(forest),
        nodeMeans: floatsToBase64(Float32Array.from(splitNodeMeans(forest, d.train.X, d.train.y))),
        cv: {
          scoring: searched.value.scoring,
          folds: 5,
          bestParams: searched.value.bestParams,
          bestScore: searched.value.bestScore,
          points: 1,
        },
        metrics: regressionReport(
          d.train.y,
          d.test.y,
          predicted.value,
          true,
          d.train.raw,
          d.test.raw,
        ),
      }),
    }),
  );
}

async function main(): Promise<number> {
  const bundle = await makeDefaultBundle();
  if (!bundle.ok) {
    console.error(`make-default-bundle: ${bundle.error.message}`);
    return 1;
  }
  const json = await bundleFileText(bundle.value);
  mkdirSync(path.dirname(DEFAULT_BUNDLE), { recursive: true });
  writeFileSync(DEFAULT_BUNDLE, json);
  const e = bundle.value.engagement!;
  console.log(
    `wrote ${path.relative(ROOT, DEFAULT_BUNDLE)}: ${(json.length / 1024).toFixed(0)} KB; topics k = ${bundle.value.topics!.model.centroids.k}; ${e.forest.nTrees} trees, ${e.forest.splits.toLocaleString('en-US')} splits`,
  );
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then((code) => (process.exitCode = code));
}
