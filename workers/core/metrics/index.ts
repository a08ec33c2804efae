export { type Label, sortedLabels } from './labels.ts';
export {
  mse,
  mae,
  r2,
  regressionScores,
  meanBaseline,
  type RegressionScores,
} from './regression.ts';
export {
  accuracy,
  confusionMatrix,
  precisionRecallF1,
  macroF1,
  weightedF1,
  type ClassScores,
} from './classification.ts';
export { rocAuc } from './rocAuc.ts';
export { meanAndStd } from './summary.ts';
export { adjustedRandIndex, normalizedMutualInfo } from './clusterAgreement.ts';
