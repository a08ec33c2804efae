export {
  type Matrix,
  matrixFromColumns,
  matrixFromRows,
  selectRows,
  checkMatrix,
} from './matrix.ts';
export {
  type ForestOptions,
  type ForestParams,
  type ForestKind,
  type MaxFeatures,
  resolveParams,
  featuresPerSplit,
} from './params.ts';
export { type ForestTarget, selectTarget } from './target.ts';
export {
  type ForestModel,
  type FitControl,
  type ForestBuilder,
  createForestBuilder,
  fitForest,
  fitForestAsync,
} from './forest.ts';
export {
  predict,
  predictWithSpread,
  predictProba,
  predictLabels,
  type SpreadPrediction,
  type ClassProbabilities,
} from './predict.ts';
export {
  permutationImportance,
  rankedImportances,
  type PermutationImportance,
  type PermutationImportanceOptions,
} from './importance.ts';
export {
  serializeForest,
  deserializeForest,
  type SerializedForest,
  FOREST_FORMAT,
  FOREST_FORMAT_VERSION,
} from './serialize.ts';
export { type Scoring, defaultScoring, scoreModel } from './scoring.ts';
export { cvFolds, kFold, trainTestSplit, type Split } from './splits.ts';
export { expandGrid, DEFAULT_PARAM_GRID, type ParamGrid, type GridParam } from './paramGrid.ts';
export {
  runFold,
  summariseGrid,
  gridSearch,
  type GridSearchOptions,
  type GridSearchResult,
  type GridSummary,
  type GridPointResult,
  type GridProgress,
} from './gridSearch.ts';
export {
  halvingPlan,
  halvingSearch,
  subsampleSplit,
  summariseHalving,
  topCandidates,
  type HalvingRoundPlan,
  type HalvingRoundResult,
  type HalvingSearchOptions,
  type HalvingSearchResult,
} from './halving.ts';
export {
  learningCurve,
  type LearningCurveOptions,
  type LearningCurvePoint,
} from './learningCurve.ts';
export {
  readFeatureTable,
  type FeatureTable,
  type FeatureTableOptions,
  type FeatureRows,
} from './featureTable.ts';
