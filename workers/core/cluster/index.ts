/** Topics from hashtags: K-Means, silhouettes, a k sweep, a 2-D map and a serialisable topic model. */
export {
  centroidModel,
  nearestCluster,
  parseCentroidModel,
  type CentroidModel,
  type NearestCluster,
} from './centroidModel.ts';
export {
  fitKMeans,
  kmeans,
  prepareKMeans,
  type KMeansData,
  type KMeansFit,
  type KMeansOptions,
} from './kmeans.ts';
export {
  kSweep,
  RECOMMENDATION_RULE,
  type KSweep,
  type KSweepEntry,
  type KSweepOptions,
} from './kSweep.ts';
export type { ClusterProgress, LongRunOptions } from './progress.ts';
export { projectPca2d, type Projection2d, type ProjectionOptions } from './projection.ts';
export { silhouette, type SilhouetteOptions, type SilhouetteResult } from './silhouette.ts';
export {
  analyseTopics,
  mergeSweepParts,
  sweepTopicsPart,
  type TopicSweepPart,
  DEFAULT_MAX_FEATURES,
  type TopicAnalysis,
  type TopicAnalysisOptions,
  type TopicCluster,
} from './topicAnalysis.ts';
export { assignTerms, assignTopic, parseTopicModel, type TopicModel } from './topicModel.ts';
export { topTerms, type WeightedTerm } from './topTerms.ts';
export {
  classTfidf,
  clusterName,
  isMixed,
  LARGEST_SHARE_WARNING,
  MIXED_LABEL,
  representativeDocuments,
  type DistinctiveTerm,
} from './clusterNames.ts';
export { fitSphericalKMeans } from './sphericalKMeans.ts';
export { analyseTextTopics, textTopicOptions, type TextTopicAnalysis } from './textTopics.ts';
