/** Hashtag (or word) trends over time: per-post terms, calendar buckets, frequencies, rising and new terms, sentiment per term. */
export {
  postHashtags,
  postTerms,
  postTextTerms,
  type PostTerms,
  type TermKind,
  type TermSource,
} from './postTerms.ts';
export {
  bucketOf,
  bucketStart,
  bucketTimes,
  timeSpan,
  trendUnitFor,
  unitMs,
  type TimeBuckets,
  type TrendUnit,
} from './timeBuckets.ts';
export { countTerms, indexTerms, postsWithTerm, topIds, type TermIndex } from './termIndex.ts';
export { termsOverTime, type TermSeries, type TermsOverTime } from './frequency.ts';
export {
  defaultWindowMs,
  GROWTH_PRIOR,
  risingTerms,
  type NewTerm,
  type RisingOptions,
  type RisingTerm,
  type RisingTerms,
  type TrendWindow,
} from './rising.ts';
export { termSentiment, type TermSentiment, type TermSentimentOptions } from './termSentiment.ts';
