/** What the stream reads: a post from any source, and why a frame was not one. */

/** A post read from a live feed or a replayed row, before scoring. */
export interface StreamPost {
  /** Identity for spotting a post delivered twice (Jetstream: `did/rkey`); null when the source has none. */
  readonly key: string | null;
  /** '' for a post without text (an image post). */
  readonly text: string;
  /** Hashtags as written, without '#', in order. */
  readonly hashtags: readonly string[];
  /** Where each hashtag sits in `text`, as string indices [start, end) (for highlighting); may be fewer than `hashtags`. */
  readonly spans: readonly (readonly [number, number])[];
  /** BCP-47 language tag, e.g. 'en', or null. */
  readonly lang: string | null;
  /** Epoch ms of the post (stream time); NaN when the source gives none (the arrival time is used). */
  readonly timeMs: number;
  /** Further cells by column name, for an engagement model (replayed rows). */
  readonly fields?: Readonly<Record<string, string>>;
  /**
   * The class the dataset's chosen sentiment source gives this post (0 negative, 1 neutral,
   * 2 positive): a replayed row when the charts show the trained classifier. Absent: VADER decides.
   */
  readonly chosenLabel?: number;
}

/** Why a frame did not give a post; each is counted and shown. */
export type SkipReason = 'malformed' | 'binary' | 'too-large' | 'not-a-post' | 'missing-fields';

export const SKIP_REASONS: readonly SkipReason[] = [
  'malformed',
  'binary',
  'too-large',
  'not-a-post',
  'missing-fields',
];

/**
 * One frame read: a post, or a skip with its reason. `cursor` is where a reconnect resumes
 * (Jetstream's `time_us`, also on events that are not posts), null when the frame has none.
 */
export type FrameOutcome =
  | { readonly kind: 'post'; readonly post: StreamPost; readonly cursor: number | null }
  | { readonly kind: 'skip'; readonly reason: SkipReason; readonly cursor: number | null };
