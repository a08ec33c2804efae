/**
 * Train/test splits and cross-validation folds that keep copies together: rows that share a
 * normalised text (`textGroups`) are one group, and a group never sits on both sides. For the
 * engagement models (grouped, time), the sentiment classifiers (stratified and grouped), and the
 * overlap a random split leaves (`splitOverlap`).
 */
export type { Split, SplitInfo, SplitKind } from './types.ts';
export { textGroups, groupsByKey, denseGroups, groupCount, splitOverlap } from './groups.ts';
export { groupKFold } from './groupKFold.ts';
export { groupShuffleSplit } from './groupShuffleSplit.ts';
export { groupTimeSplit, type TimeSplit } from './timeSplit.ts';
export { stratifiedGroupKFold, stratifiedGroupShuffleSplit } from './stratifiedGroups.ts';
export {
  findDuplicates,
  keptRows,
  type DropDuplicates,
  type DuplicateCounts,
  type DuplicateExample,
  type DuplicateReport,
  type Duplicates,
} from './duplicates.ts';
