/** Engagement modelling data: features known before posting, targets, splits, metrics and explanations. */
export * from './types.ts';
export {
  fitFeatures,
  buildFeatures,
  inputFromTable,
  selectInputRows,
  sourceColumns,
  MAX_ONEHOT_LEVELS,
} from './featureBuilder.ts';
export {
  featureSpecFromSchema,
  featureCandidates,
  defaultFeatureChoices,
  sourceColumn,
  type FeatureChoices,
  type FeatureCandidates,
  type ChosenFeatures,
} from './fromSchema.ts';
export { leakReason, checkNoLeak } from './leakage.ts';
export {
  parseTargetExpression,
  evaluateTarget,
  expressionColumns,
  formatTarget,
  type TargetExpr,
} from './targetExpression.ts';
export { buildTarget, type TargetSpec, type BuiltTarget } from './target.ts';
export {
  prepareEngagementData,
  type EngagementData,
  type EngagementDataOptions,
  type EngagementRows,
  type EngagementTask,
  type TargetInfo,
} from './engagementData.ts';
export {
  regressionReport,
  classificationReport,
  predictionPoints,
  residualHistogram,
  type RegressionReport,
  type ClassificationReport,
  type ScaleScores,
  type PredictionPoints,
} from './evaluation.ts';
export { splitNodeMeans, treeContributions, type Contributions } from './contributions.ts';
export { featureCorrelation } from './correlation.ts';
export { draftInput, draftFields, type DraftPost, type DraftFields } from './draft.ts';
export { TEXT_COUNTS, codePointLength, wordCount, mentionCount, emojiCount } from './textCounts.ts';
