/**
 * Analysis bundles: the versioned JSON a trained analysis travels in (sentiment, topics,
 * engagement), loading it safely, and scoring new posts with it.
 *
 *   const loaded = loadBundle(JSON.parse(text));          // once: validate, migrate, decode
 *   const scores = scoreWithBundle(loaded.value, posts);   // many times, in batches
 */
export * from './bundle.ts';
export { fingerprintTable } from './fingerprint.ts';
export { base64ToFloat32, base64ToFloat64, floatsToBase64 } from './typedBase64.ts';
export {
  loadBundle,
  loadEngagementBundle,
  type LoadedBundle,
  type LoadedEngagement,
  type LoadedSentiment,
  type LoadedTopics,
} from './loadBundle.ts';
export { migrateBundle } from './migrate.ts';
export {
  bundleDigest,
  bundleFileText,
  canonicalJson,
  checkIntegrity,
  INTEGRITY_ALGORITHM,
  MAX_JSON_DEPTH,
  type BundleIntegrity,
  type IntegrityCheck,
} from './integrity.ts';
export { readBundleText, type ReadBundle } from './readBundleFile.ts';
export {
  checkBundleSize,
  findForbiddenKey,
  findJsonHazard,
  MAX_BUNDLE_BYTES,
  parseBundleJson,
  refuseForbiddenKeys,
} from './safeJson.ts';
export {
  CLASSIFIER_KIND,
  classifierProbabilities,
  classifierTerms,
  readyClassifier,
  type ClassifierLayer,
  type NetworkClassifierModel,
  type ReadyClassifier,
  type SentimentClassifierModel,
} from './sentimentClassifier.ts';
export {
  encodeLinearClassifier,
  LINEAR_CLASSIFIER_KIND,
  type LinearClassifierModel,
} from './linearClassifier.ts';
export {
  packForest,
  unpackForest,
  packNodeMeans,
  unpackNodeMeans,
  type PackedForest,
  type PackedNodeMeans,
} from './packedForest.ts';
export {
  hashtagDocument,
  LABELS,
  parseTagText,
  postColumns,
  scoreColumns,
  scoreWithBundle,
  type BundlePost,
  type ClusterScore,
  type EngagementScore,
  type PostColumns,
  type PostScore,
  type ScoredColumns,
  type SentimentScore,
} from './scoreWithBundle.ts';
export { planTable, type TablePlan } from './tablePlan.ts';
export {
  csvCell,
  scoreTableToCsv,
  SCORE_CHUNK_ROWS,
  type ScoredCsv,
  type ScoredFile,
  type ScoreSummary,
} from './scoredCsv.ts';
export {
  scoreSource,
  shardRange,
  checkShard,
  SCHEMA_ROWS,
  type ScoreSourceOptions,
  type ScoreProgress,
  type ScoredSource,
  type Shard,
  type RowRange,
} from './scoreSource.ts';
export { mergeTallies, summaryOf, type ScoreTally, type TallyContext } from './scoreTally.ts';
export { summarizeBundle, type BundleSummary } from './summary.ts';
export { bundleFileName, fileNamePart } from './fileName.ts';
