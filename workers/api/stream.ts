/**
 * Stream: replay the active dataset as a live stream, or read a live feed (Bluesky's Jetstream,
 * or any JSON feed mapped by paths), score each post and watch windows of stream time.
 *
 * The analysis worker serves the dataset's rows in time order (never all at once); a worker of
 * the stream's own (`workers/stream.worker.ts`, `StreamWorkerApi`) holds the WebSocket, the
 * replay clock, the scoring and the windows, and sends the page one snapshot per 100 ms.
 */
import type { BundlePart } from '../core/bundle/bundle.ts';
import type { FeedClassifierModel } from '../core/stream/classifierLabels.ts';
import type { AppError } from '../core/errors/index.ts';
import type { BackoffOptions } from '../core/stream/backoff.ts';
import type { GenericMapping } from '../core/stream/genericFeed.ts';
import type { ReplaySpeed } from '../core/stream/replayClock.ts';
import type { DashboardSnapshot, WindowUnit } from '../core/stream/snapshot.ts';
import type { WordCloudLayout } from '../core/wordcloud/layout.ts';
import type { JobMethod } from './common.ts';

export type { BackoffOptions } from '../core/stream/backoff.ts';
export type { GenericMapping } from '../core/stream/genericFeed.ts';
export type { ReplaySpeed } from '../core/stream/replayClock.ts';
export type {
  DashboardSnapshot,
  LanguageMix,
  LatestPost,
  StreamCounters,
  WindowSeries,
  WindowStats,
  WindowUnit,
} from '../core/stream/snapshot.ts';
export type { TermCount } from '../core/stream/termRing.ts';
export type { SkipReason } from '../core/stream/types.ts';

/** The dataset as a replay: its rows in time order (rows without a readable time are left out). */
export interface ReplayPlan {
  /** Rows that will play. */
  readonly rows: number;
  /** False when the dataset has no timestamp column: rows play in file order, at a rate. */
  readonly timed: boolean;
  /** Epoch ms of the first and last post (NaN when not timed). */
  readonly startMs: number;
  readonly endMs: number;
  /** Rows left out because their time cannot be read. */
  readonly withoutTime: number;
  readonly textColumn: string;
  readonly hashtagColumn: string | null;
  readonly timeColumn: string | null;
  /** The window unit that gives the 15-unit window a few dozen posts or more. */
  readonly suggestedUnit: WindowUnit;
  /** Which sentiment the charts show for this dataset (the Sentiment view's choice) when the replay was planned; absent: VADER. */
  readonly sentimentSource?: 'vader' | 'classifier';
}

/** Consecutive rows of the replay, in columns. */
export interface ReplayChunk {
  /** Replay position of the first row. */
  readonly from: number;
  readonly count: number;
  readonly texts: readonly string[];
  /** Tags per row, without '#'. */
  readonly hashtags: readonly (readonly string[])[];
  /** Epoch ms per row, NaN when the dataset has no times. */
  readonly times: Float64Array;
  readonly langs: readonly (string | null)[] | null;
  /** Further cells by column name (what the active model's engagement part reads). */
  readonly fields: Readonly<Record<string, readonly string[]>>;
  /**
   * Per row, the class of the charts' chosen source (0 negative, 1 neutral, 2 positive) when it is
   * the classifier trained on the person's labels; absent when the charts show VADER.
   */
  readonly sentiment?: Uint8Array;
}

export interface StreamAnalysisApi {
  /** Orders the active dataset by time for a replay (kept until the dataset or its roles change). NO_DATASET, NO_TEXT_COLUMN. */
  streamReplayPlan: JobMethod<Record<string, never>, ReplayPlan>;
  /** Rows `from`..`from + limit` of the replay (limit 1 to 10,000), with the cells of `fields` (names that are not columns are left out). */
  streamReplayRows: JobMethod<
    { readonly from: number; readonly limit: number; readonly fields: readonly string[] },
    ReplayChunk
  >;
  /** The replay position of the first post at or after `timeMs` (the plan's rows when none). */
  streamReplaySeek: JobMethod<{ readonly timeMs: number }, { readonly index: number }>;
  /** The classifier the active dataset's charts show, to read a live feed's posts; null while they show VADER (or without a dataset). */
  streamFeedClassifier: JobMethod<Record<string, never>, FeedClassifierModel | null>;
}

/** A live feed: Bluesky's Jetstream by host, or any WebSocket of JSON messages with a field mapping. */
export type FeedConfig =
  | { readonly kind: 'jetstream'; readonly host: string }
  | { readonly kind: 'generic'; readonly url: string; readonly mapping: GenericMapping };

export interface FeedOptions {
  /** Give up on a connection attempt after this long, ms (1,000–120,000). Default 10,000. */
  readonly connectTimeoutMs?: number;
  readonly backoff?: BackoffOptions;
}

/** connecting: opening a socket; open: receiving; waiting: the next attempt is scheduled; closed: disconnected by the user. */
export type FeedState = 'connecting' | 'open' | 'waiting' | 'closed';

export interface FeedStatus {
  readonly kind: FeedConfig['kind'];
  readonly state: FeedState;
  /** The exact address connected to (or next), cursor included. */
  readonly url: string;
  /** Failed attempts in a row (0 once a message arrives). */
  readonly attempt: number;
  /** Wall ms until the next attempt, when waiting. */
  readonly retryInMs: number | null;
  /** Why the last connection ended or failed (kept after a reconnect), or null. */
  readonly lastError: string | null;
  /** Jetstream's `time_us` of the last event read: where a reconnect resumes. */
  readonly cursor: number | null;
  /** Connections opened so far in this session. */
  readonly connections: number;
}

export interface ReplayStatus {
  readonly state: 'playing' | 'paused' | 'ended';
  /** Rows released so far (the next position). */
  readonly position: number;
  readonly total: number;
  readonly timed: boolean;
  readonly startMs: number;
  readonly endMs: number;
  /** The replay clock, epoch ms (for a dataset without times: the time of the wall clock). */
  readonly timeMs: number;
  readonly speed: ReplaySpeed;
}

export interface StreamModelStatus {
  /** The active model's name, or null when none (sentiment only). */
  readonly name: string | null;
  readonly parts: readonly BundlePart[];
  /** What the posts are scored with, in words. */
  readonly note: string;
}

/** What the page chooses to see; changeable at any time. */
export interface StreamView {
  /** 0, 1, 2: the 1-, 5- or 15-unit window. */
  readonly window: number;
  readonly cloud: 'words' | 'hashtags';
  readonly unit: WindowUnit;
  /** Score at most this many posts per second (the rest are sampled out and counted as dropped); null: as many as the worker can. */
  readonly maxPostsPerSecond: number | null;
  /** Score only posts in these declared languages (ISO 639-1, `unknown`); absent, null or empty: all. */
  readonly languages?: readonly string[] | null;
}

/** One update for the page (about 10 a second while posts flow). */
export interface StreamSnapshot extends DashboardSnapshot {
  /** Increases with every snapshot. */
  readonly seq: number;
  readonly source:
    | { readonly kind: 'idle' }
    | { readonly kind: 'feed'; readonly feed: FeedStatus }
    | { readonly kind: 'replay'; readonly replay: ReplayStatus };
  /** Per second of wall time over the last 2 s. */
  readonly rates: { readonly frames: number; readonly posts: number; readonly scored: number };
  readonly model: StreamModelStatus;
  /** Where the labels of the charts come from: VADER, or the classifier trained on the person's labels (a replay of a dataset whose charts show it). */
  readonly sentimentSource: 'vader' | 'classifier';
  readonly view: StreamView;
  /** The cloud laid out (about once a second), or null when unchanged since the last snapshot that had one. */
  readonly cloud: WordCloudLayout | null;
  /** A scoring failure (posts were then scored for sentiment only), or null. */
  readonly scoringError: AppError | null;
  /** Entries in the bounded stores (terms of the windows, post ids for duplicates, posts waiting): they level off on a long stream. */
  readonly held: { readonly terms: number; readonly keys: number; readonly queued: number };
}

export interface StreamSummary {
  readonly snapshots: number;
}

/** The stream worker: one session at a time. */
export interface StreamWorkerApi {
  /** Sends snapshots through the progress callback until `streamStop` (or another watch) ends it. */
  streamWatch: JobMethod<{ readonly view: StreamView }, StreamSummary, StreamSnapshot>;
  streamSetView: JobMethod<{ readonly view: StreamView }, true>;
  /** The exact address Connect would open for `feed` now (with the cursor it would resume from); STREAM_BAD_CONFIG says what is wrong with it. */
  streamFeedUrl: JobMethod<
    { readonly feed: FeedConfig },
    { readonly url: string; readonly resumesAt: number | null }
  >;
  /** Connects to a feed (a different one than before starts a fresh dashboard; the same one resumes at its cursor). STREAM_BAD_CONFIG for an unusable address or mapping. */
  streamConnect: JobMethod<
    {
      readonly feed: FeedConfig;
      readonly options?: FeedOptions;
      /** Labels the feed’s posts instead of VADER (the classifier the charts show); BUNDLE_INVALID when it cannot be read. */
      readonly classifier?: FeedClassifierModel | null;
    },
    { readonly url: string }
  >;
  streamDisconnect: JobMethod<Record<string, never>, { readonly cursor: number | null }>;
  /** Starts a replay of `plan` (a fresh dashboard) at position `from`; returns the columns the active model reads beside text, tags and time. */
  streamReplayStart: JobMethod<
    { readonly plan: ReplayPlan; readonly speed: ReplaySpeed; readonly from?: number },
    { readonly fields: readonly string[] }
  >;
  /**
   * Hands the replay rows; resolves with the position it wants next once it has room for them
   * (held while the replay has enough, or has played to the end), ABORTED when the replay stops.
   */
  streamReplayFeed: JobMethod<{ readonly chunk: ReplayChunk }, { readonly next: number }>;
  streamReplayControl: JobMethod<
    | { readonly action: 'play' }
    | { readonly action: 'pause' }
    | { readonly action: 'speed'; readonly speed: ReplaySpeed }
    | { readonly action: 'seek'; readonly index: number; readonly timeMs: number },
    ReplayStatus
  >;
  /** Ends the source (closes the socket, stops the replay) and the watch. */
  streamStop: JobMethod<Record<string, never>, true>;
}
