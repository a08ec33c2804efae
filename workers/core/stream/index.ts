/**
 * Streams of posts: reading Jetstream and generic JSON feeds (UTF-8 facet offsets, JSON paths,
 * frame checks), reconnect backoff, duplicate keys, the replay clock, sampling under load, and
 * the bounded sliding windows a live dashboard reads. Pure: the socket and timers live in
 * workers/jobs/stream.
 */
export { backoffDelay, type BackoffOptions } from './backoff.ts';
export { StreamDashboard, type DashboardOptions, type SnapshotView } from './dashboard.ts';
export { asObject, MAX_FRAME_BYTES, readFrameJson } from './frame.ts';
export {
  genericReader,
  parseGenericFrame,
  type GenericMapping,
  type GenericReader,
} from './genericFeed.ts';
export { cloudWords } from './cloudWords.ts';
export {
  hashtagsFromFacets,
  jetstreamUrl,
  parseJetstreamFrame,
  POST_COLLECTION,
  TAG_FEATURE,
} from './jetstream.ts';
export { parseJsonPath, readJsonPath, type JsonPath } from './jsonPath.ts';
export { LatestRing } from './latestRing.ts';
export { RateMeter } from './rateMeter.ts';
export { RecentKeys } from './recentKeys.ts';
export {
  ReplayClock,
  validSpeed,
  type ReplayClockOptions,
  type ReplaySpeed,
} from './replayClock.ts';
export { tagSpans } from './tagSpans.ts';
export { replayOrder, seekIndex, suggestUnit, type ReplayOrder } from './replayOrder.ts';
export { Reservoir, sampleInOrder } from './reservoir.ts';
export { risingInWindow, type RisingWindow } from './risingWindow.ts';
export { scoreSentimentOnly, scoreStreamPosts, type ScoredBatch } from './scorePosts.ts';
export { SeriesRing, type SeriesTotals } from './seriesRing.ts';
export * from './snapshot.ts';
export { TermRing, type TermCount, type TermRingOptions } from './termRing.ts';
export { readTimeMs } from './time.ts';
export * from './types.ts';
export { utf8Length, utf8OffsetsToIndices } from './utf8.ts';
