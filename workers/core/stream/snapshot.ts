/** What the page draws from the stream: counts, windows, series, rising hashtags, words, latest posts. */
import type { RisingTerm } from '../trends/rising.ts';
import type { SeriesTotals } from './seriesRing.ts';
import type { TermCount } from './termRing.ts';
import type { SkipReason } from './types.ts';

/** The unit of the three windows (1, 5 and 15 of it): minutes for a live feed, longer for a sparse dataset. */
export type WindowUnit = 'minute' | 'hour' | 'day';

export const UNIT_MS: Readonly<Record<WindowUnit, number>> = {
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
};

/** Window lengths, in units. */
export const WINDOW_LENGTHS = [1, 5, 15] as const;

export interface StreamCounters {
  /** Frames from the socket, or rows read from the dataset. */
  readonly frames: number;
  /** Posts read (each once: duplicates are not counted here). */
  readonly posts: number;
  /** Posts delivered again (after a reconnect) and skipped. */
  readonly duplicates: number;
  /** Frames that were not posts, by reason. */
  readonly skipped: Readonly<Record<SkipReason, number>>;
  /** Posts kept and scored. */
  readonly scored: number;
  /** Posts sampled out because they came faster than they could be scored. */
  readonly dropped: number;
  /** Posts waiting to be scored. */
  readonly queued: number;
  /** Posts left out by the stream's language filter (not scored, still in the language mix). */
  readonly filtered: number;
}

/** Posts per declared language over the selected window, in steps (a quarter unit each), oldest first. */
export interface LanguageMix {
  readonly startMs: number;
  readonly stepMs: number;
  /** ISO 639-1 codes (`unknown`: the feed declared none), most posts first; `other` sums the rest. */
  readonly languages: readonly string[];
  /** Per language (as `languages`), posts per step. */
  readonly counts: readonly (readonly number[])[];
}

/** One window's figures: the series' sums over it (scored posts, mean compound, labels, mean engagement, topics) and more. */
export interface WindowStats extends SeriesTotals {
  /** In units (1, 5, 15). */
  readonly length: number;
  readonly lengthMs: number;
  /** Scored posts in the window before it. */
  readonly previousPosts: number;
  /** Scored posts per second of stream time over the part of the window the stream covers. */
  readonly postsPerSecond: number;
}

/** The selected window as `points` steps, oldest first (columns, cheap to send). */
export interface WindowSeries {
  /** Epoch ms where the first step starts, and each step's length. */
  readonly startMs: number;
  readonly stepMs: number;
  readonly posts: readonly number[];
  /** Mean compound per step (NaN for an empty step). */
  readonly compound: readonly number[];
  /** Share of the step's posts per label (0 for an empty step). */
  readonly negative: readonly number[];
  readonly neutral: readonly number[];
  readonly positive: readonly number[];
  /** Share of the step's posts in a language we have no word list for (in no label). */
  readonly unscored: readonly number[];
}

/** A scored post for the latest-posts list. */
export interface LatestPost {
  readonly key: string;
  /** At most 500 characters. */
  readonly text: string;
  readonly truncated: boolean;
  readonly hashtags: readonly string[];
  /** Hashtag spans in `text`, string indices [start, end). */
  readonly spans: readonly (readonly [number, number])[];
  readonly lang: string | null;
  readonly timeMs: number;
  /** NaN when unscored. */
  readonly compound: number;
  /** 0 negative, 1 neutral, 2 positive, 3 unscored (a language we have no word list for). */
  readonly label: 0 | 1 | 2 | 3;
  readonly topic: number | null;
  readonly engagement: number | null;
}

export interface DashboardSnapshot {
  /** Stream time the windows end at, epoch ms (NaN before the first post). */
  readonly nowMs: number;
  readonly unit: WindowUnit;
  /** Index into WINDOW_LENGTHS of the window the series, rising hashtags and cloud are for. */
  readonly window: number;
  readonly counters: StreamCounters;
  readonly windows: readonly WindowStats[];
  readonly series: WindowSeries;
  readonly rising: readonly RisingTerm[];
  /** Previous windows the rising hashtags were compared with (0: not enough stream yet). */
  readonly risingBaseline: number;
  /** Most used hashtags of the selected window. */
  readonly topHashtags: readonly TermCount[];
  /** Most used words (or hashtags) of the selected window, for the cloud. */
  readonly cloudWords: readonly TermCount[];
  /** Newest first. */
  readonly latest: readonly LatestPost[];
  /** Posts per declared language over the selected window. */
  readonly languageMix: LanguageMix;
  /** The languages the stream scores, or null for every one. */
  readonly languageFilter: readonly string[] | null;
  /** Each topic's heaviest terms, when a topic model scores the posts. */
  readonly topicTerms: readonly (readonly string[])[] | null;
}
