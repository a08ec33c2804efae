/**
 * Rising and new terms: use in the latest time window against the windows before it.
 *
 * With W the window length and `end` the latest post time, the latest window is (end − W, end]
 * and the previous windows are (end − (j+1)W, end − jW] for j = 1..m, where m is the number of
 * previous windows asked for (default 3), fewer when the data start sooner (at least 1; a window
 * the data only partly cover counts as a whole one). For each term:
 *
 *   recent   = posts using it in the latest window
 *   baseline = posts using it in the m previous windows / m
 *   growth   = (recent + PRIOR) / (baseline + PRIOR),  PRIOR = 5 posts
 *
 * PRIOR is the small-count guard: it damps ratios of tiny counts, so 1 → 3 posts scores
 * (3 + 5) / (1 + 5) = 1.33 while 10 → 40 scores 45 / 15 = 3. A term is rising when
 * recent ≥ minRecent (default 3) and recent > baseline; the list is by growth, then recent.
 * A term is new when its first post in the data falls in the latest window.
 */
import { fail, ok, type Result } from '../errors/index.ts';
import { compareCodePoints } from '../text/codePointOrder.ts';
import type { TermIndex } from './termIndex.ts';
import { timeSpan, trendUnitFor, unitMs, type TrendUnit } from './timeBuckets.ts';

/** Pseudo-count added to both sides of the growth ratio (see the module comment). */
export const GROWTH_PRIOR = 5;

export interface RisingOptions {
  /** Window length in ms; default `defaultWindowMs` of the span. */
  readonly windowMs?: number;
  /** Previous windows to compare with, integer ≥ 1. Default 3. */
  readonly previousWindows?: number;
  /** Posts a term needs in the latest window to be listed as rising. Default 3. */
  readonly minRecent?: number;
  /** Terms listed (rising and new each). Default 20. */
  readonly top?: number;
}

export interface RisingTerm {
  readonly term: string;
  readonly recent: number;
  /** Posts in all previous windows, and per window on average. */
  readonly previous: number;
  readonly baseline: number;
  readonly growth: number;
}

export interface NewTerm {
  readonly term: string;
  /** Posts using it in the latest window. */
  readonly recent: number;
  /** Epoch ms of its first post. */
  readonly firstSeen: number;
}

export interface TrendWindow {
  /** Epoch ms: the latest window is (end − length, end]. */
  readonly end: number;
  readonly length: number;
  /** Previous windows compared with. */
  readonly previousWindows: number;
  /** Dated posts in the latest window and in the previous windows. */
  readonly recentPosts: number;
  readonly previousPosts: number;
  /** True when the length was chosen from the span. */
  readonly auto: boolean;
}

export interface RisingTerms {
  readonly window: TrendWindow;
  readonly rising: readonly RisingTerm[];
  readonly fresh: readonly NewTerm[];
  readonly prior: number;
  readonly minRecent: number;
}

/**
 * A tenth of the span, rounded to whole units of the span's trend unit (at least one): an hour
 * for a day of posts, a week or two for a few months.
 */
export function defaultWindowMs(spanMs: number): number {
  const unit: TrendUnit = trendUnitFor(spanMs);
  const u = unitMs(unit);
  return Math.max(1, Math.round(spanMs / 10 / u)) * u;
}

/**
 * Rising and new terms of the posts' terms `index` with epoch-ms `times` (NaN = missing).
 * Fails with INVALID_OPTIONS on bad options, TOO_FEW_ROWS when no time is readable or the window
 * leaves no earlier posts to compare with.
 */
export function risingTerms(
  index: TermIndex,
  times: ArrayLike<number>,
  options: RisingOptions = {},
): Result<RisingTerms> {
  const previousWindows = options.previousWindows ?? 3;
  const minRecent = options.minRecent ?? 3;
  const top = options.top ?? 20;
  if (!Number.isInteger(previousWindows) || previousWindows < 1)
    return fail(
      'INVALID_OPTIONS',
      `previousWindows must be a whole number ≥ 1, not ${previousWindows}.`,
    );
  if (!(minRecent >= 1)) return fail('INVALID_OPTIONS', `minRecent must be ≥ 1, not ${minRecent}.`);
  if (
    options.windowMs !== undefined &&
    !(options.windowMs > 0 && Number.isFinite(options.windowMs))
  )
    return fail(
      'INVALID_OPTIONS',
      `The window must be a positive length of time, not ${options.windowMs} ms.`,
    );
  const span = timeSpan(times);
  if (!span)
    return fail(
      'TOO_FEW_ROWS',
      'No post has a readable time, so nothing can rise or be new.',
      'Map the column with the post time to the role "timestamp" in the Dataset view.',
    );
  const length = options.windowMs ?? defaultWindowMs(span.max - span.min);
  const end = span.max;
  const start = end - length;
  if (span.min > start) {
    return fail(
      'TOO_FEW_ROWS',
      'The latest window covers the whole time span: there are no earlier posts to compare with.',
      'Choose a shorter window.',
    );
  }
  const m = Math.min(previousWindows, Math.max(1, Math.ceil((start - span.min) / length)));
  const from = start - m * length;

  const n = index.terms.length;
  const recent = new Uint32Array(n);
  const previous = new Uint32Array(n);
  const firstSeen = new Float64Array(n).fill(Infinity);
  let recentPosts = 0;
  let previousPosts = 0;
  for (let post = 0; post + 1 < index.ptr.length; post++) {
    const t = times[post]!;
    if (!Number.isFinite(t)) continue;
    // windows are open on the left: a post at exactly `start` belongs to the previous window
    const inRecent = t > start;
    const inPrevious = !inRecent && t > from;
    if (inRecent) recentPosts++;
    else if (inPrevious) previousPosts++;
    for (let p = index.ptr[post]!; p < index.ptr[post + 1]!; p++) {
      const id = index.ids[p]!;
      if (t < firstSeen[id]!) firstSeen[id] = t;
      if (inRecent) recent[id]!++;
      else if (inPrevious) previous[id]!++;
    }
  }

  const rising: RisingTerm[] = [];
  const fresh: NewTerm[] = [];
  for (let id = 0; id < n; id++) {
    const r = recent[id]!;
    if (r === 0) continue;
    const baseline = previous[id]! / m;
    if (r >= minRecent && r > baseline) {
      rising.push({
        term: index.terms[id]!,
        recent: r,
        previous: previous[id]!,
        baseline,
        growth: (r + GROWTH_PRIOR) / (baseline + GROWTH_PRIOR),
      });
    }
    if (firstSeen[id]! > start)
      fresh.push({ term: index.terms[id]!, recent: r, firstSeen: firstSeen[id]! });
  }
  rising.sort(
    (a, b) => b.growth - a.growth || b.recent - a.recent || compareCodePoints(a.term, b.term),
  );
  fresh.sort((a, b) => b.recent - a.recent || compareCodePoints(a.term, b.term));
  return ok({
    window: {
      end,
      length,
      previousWindows: m,
      recentPosts,
      previousPosts,
      auto: options.windowMs === undefined,
    },
    rising: rising.slice(0, top),
    fresh: fresh.slice(0, top),
    prior: GROWTH_PRIOR,
    minRecent,
  });
}
