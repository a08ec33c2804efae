/**
 * The stream's pipeline after parsing: counts every frame, skips duplicates, keeps a uniform
 * sample when posts come faster than they are scored (counting what it drops), scores in
 * micro-batches and feeds the windows, then answers snapshots for the page. Every store is
 * bounded (reservoir, rings, dictionary, latest posts), so memory stays flat on a long stream.
 */
import type { Result } from '../errors/index.ts';
import { ok } from '../errors/index.ts';
import { createRng, type Rng } from '../random/rng.ts';
import { declaredLanguage, UNKNOWN_LANGUAGE } from '../language/detectLanguage.ts';
import { normalizeHashtag } from '../text/hashtags.ts';
import { cloudWords } from './cloudWords.ts';
import { LatestRing } from './latestRing.ts';
import { RecentKeys } from './recentKeys.ts';
import { Reservoir, sampleInOrder } from './reservoir.ts';
import { risingInWindow } from './risingWindow.ts';
import type { ScoredBatch } from './scorePosts.ts';
import { SeriesRing } from './seriesRing.ts';
import {
  UNIT_MS,
  WINDOW_LENGTHS,
  type DashboardSnapshot,
  type LanguageMix,
  type LatestPost,
  type StreamCounters,
  type WindowStats,
  type WindowUnit,
} from './snapshot.ts';
import { TermRing } from './termRing.ts';
import { SKIP_REASONS, type FrameOutcome, type SkipReason, type StreamPost } from './types.ts';

export interface DashboardOptions {
  /** Unit of the 1/5/15 windows. Default 'minute'. */
  readonly unit?: WindowUnit;
  /** Posts kept between two scoring rounds (the reservoir). Default 4,096. */
  readonly reservoir?: number;
  /** Latest posts remembered. Default 50. */
  readonly latest?: number;
  /** Seed of the sampling. Default 1. */
  readonly seed?: number;
  /** A post time later than its arrival plus this is taken as its arrival (a feed's clock error must not blank the windows). Default Infinity (replays keep their times). */
  readonly maxAheadMs?: number;
}

/** What the page chooses to see. */
export interface SnapshotView {
  /** Index into WINDOW_LENGTHS. */
  readonly window: number;
  /** Cloud of the text's words or of hashtags. */
  readonly cloud: 'words' | 'hashtags';
  /** Latest posts sent. Default 20. */
  readonly latest?: number;
}

/** Languages named in the language mix; the rest are summed as `other`. */
const MIX_LANGUAGES = 6;

/** A post waiting to be scored, with the time it counts at. */
interface Pending {
  readonly post: StreamPost;
  readonly timeMs: number;
}

const POINTS = 60;
/** Numeric buckets per unit, term buckets per unit. */
const SERIES_PER_UNIT = 60;
const TERMS_PER_UNIT = 4;
const LONGEST = WINDOW_LENGTHS[WINDOW_LENGTHS.length - 1]!;
const MAX_TEXT = 500;

const zeroSkips = (): Record<SkipReason, number> =>
  Object.fromEntries(SKIP_REASONS.map((r) => [r, 0])) as Record<SkipReason, number>;

export class StreamDashboard {
  unit: WindowUnit;
  private readonly rng: Rng;
  private readonly reservoir: Reservoir<Pending>;
  private readonly keys = new RecentKeys();
  private readonly latest: LatestRing<LatestPost>;
  private readonly maxAheadMs: number;
  private series: SeriesRing;
  private hashtags: TermRing;
  private words: TermRing;
  /** Posts per declared language (every post read, before sampling and the language filter). */
  private languages: TermRing;
  private languageFilter: ReadonlySet<string> | null = null;
  private topicTerms: readonly (readonly string[])[] | null = null;
  private counts = { frames: 0, posts: 0, duplicates: 0, scored: 0, dropped: 0, filtered: 0 };
  private skipped = zeroSkips();
  /** Stream time: the latest post time scored, and the first. */
  private latestMs = NaN;
  private firstMs = NaN;

  constructor(options: DashboardOptions = {}) {
    this.unit = options.unit ?? 'minute';
    this.rng = createRng(options.seed ?? 1);
    this.reservoir = new Reservoir<Pending>(options.reservoir ?? 4096, this.rng);
    this.latest = new LatestRing<LatestPost>(options.latest ?? 50);
    this.maxAheadMs = options.maxAheadMs ?? Infinity;
    this.series = new SeriesRing(1, 1);
    this.hashtags = new TermRing({ bucketMs: 1, buckets: 1 });
    this.words = new TermRing({ bucketMs: 1, buckets: 1 });
    this.languages = new TermRing({ bucketMs: 1, buckets: 1 });
    this.setUnit(this.unit);
  }

  /** Changes the windows' unit: the windows start empty (counters, duplicate keys and latest posts stay). */
  setUnit(unit: WindowUnit): void {
    this.unit = unit;
    const unitMs = UNIT_MS[unit];
    this.series = new SeriesRing(unitMs / SERIES_PER_UNIT, 2 * LONGEST * SERIES_PER_UNIT);
    // hashtags: the longest window and the 3 before it (rising); words: the longest window
    this.hashtags = new TermRing({
      bucketMs: unitMs / TERMS_PER_UNIT,
      buckets: 4 * LONGEST * TERMS_PER_UNIT,
    });
    this.words = new TermRing({
      bucketMs: unitMs / TERMS_PER_UNIT,
      buckets: LONGEST * TERMS_PER_UNIT + 1,
    });
    this.languages = new TermRing({
      bucketMs: unitMs / TERMS_PER_UNIT,
      buckets: LONGEST * TERMS_PER_UNIT + 1,
    });
    this.firstMs = NaN;
  }

  /** Stream time of the latest scored post (NaN before any). */
  get latestTimeMs(): number {
    return this.latestMs;
  }

  /** Entries held by the bounded stores (for tests and the benchmark: they must level off). */
  get held(): { readonly terms: number; readonly keys: number; readonly queued: number } {
    return {
      terms: this.hashtags.dictionarySize + this.words.dictionarySize,
      keys: this.keys.size,
      queued: this.reservoir.size,
    };
  }

  get counters(): StreamCounters {
    return { ...this.counts, skipped: { ...this.skipped }, queued: this.reservoir.size };
  }

  /** Counts one frame of a feed and offers its post (when it is one and not a duplicate). */
  frame(outcome: FrameOutcome, arrivalMs: number): void {
    this.counts.frames++;
    if (outcome.kind === 'skip') this.skipped[outcome.reason]++;
    else this.offer(outcome.post, arrivalMs);
  }

  /** Counts a skipped frame whose content was never read (e.g. a binary frame). */
  skip(reason: SkipReason): void {
    this.counts.frames++;
    this.skipped[reason]++;
  }

  /**
   * Scores only posts whose declared language (ISO 639-1, `unknown` when the feed gives none) is in
   * `languages`; null or empty: every post. Posts left out still count in the language mix.
   */
  setLanguages(languages: readonly string[] | null): void {
    this.languageFilter = languages && languages.length > 0 ? new Set(languages) : null;
  }

  /** Offers one post: a duplicate key is counted and skipped; otherwise it waits in the reservoir for the next round. */
  offer(post: StreamPost, arrivalMs: number): void {
    if (post.key !== null && !this.keys.add(post.key)) {
      this.counts.duplicates++;
      return;
    }
    this.counts.posts++;
    const t = Number.isFinite(post.timeMs)
      ? Math.min(post.timeMs, arrivalMs + this.maxAheadMs)
      : arrivalMs;
    // The feed's declared language (Bluesky `langs`): detecting each post's would cost more than scoring it.
    const language = declaredLanguage(post.lang) ?? UNKNOWN_LANGUAGE;
    this.languages.add(t, [language]);
    if (this.languageFilter && !this.languageFilter.has(language)) {
      this.counts.filtered++;
      return;
    }
    this.reservoir.offer({ post, timeMs: t });
  }

  /** Counts rows read from a dataset (replay), which are frames of their own. */
  countFrames(n: number): void {
    this.counts.frames += n;
  }

  /**
   * One scoring round: takes the posts waiting (a uniform sample of at most `allowance` of them;
   * the rest are counted as dropped), scores them with `score` and adds them to the windows.
   * Returns the number scored, or the scorer's failure (the posts are then counted as dropped).
   */
  process(
    score: (posts: readonly StreamPost[]) => Result<ScoredBatch>,
    allowance = Infinity,
  ): Result<number> {
    const { items, offered } = this.reservoir.drain();
    const kept = sampleInOrder(items, Math.floor(allowance), this.rng);
    this.counts.dropped += offered - kept.length;
    if (kept.length === 0) return ok(0);
    const scored = score(kept.map((k) => k.post));
    if (!scored.ok) {
      this.counts.dropped += kept.length;
      return scored;
    }
    this.add(kept, scored.value);
    return ok(kept.length);
  }

  private add(kept: readonly Pending[], s: ScoredBatch): void {
    if (s.topicTerms) this.topicTerms = s.topicTerms;
    for (let r = 0; r < kept.length; r++) {
      const { post, timeMs } = kept[r]!;
      const topic = s.topic ? s.topic[r]! : -1;
      const engagement = s.engagement ? s.engagement[r]! : NaN;
      this.series.add(timeMs, s.compound[r]!, s.label[r]!, engagement, topic);
      this.hashtags.add(timeMs, post.hashtags.map(normalizeHashtag));
      this.words.add(timeMs, cloudWords(post.text));
      if (!(timeMs <= this.latestMs)) this.latestMs = timeMs;
      if (!(timeMs >= this.firstMs)) this.firstMs = timeMs;
      const cut = post.text.length > MAX_TEXT;
      this.latest.push({
        key: post.key ?? `${this.counts.scored + r}`,
        text: cut ? post.text.slice(0, MAX_TEXT) : post.text,
        truncated: cut,
        hashtags: post.hashtags,
        spans: cut ? post.spans.filter(([, e]) => e <= MAX_TEXT) : post.spans,
        lang: post.lang,
        timeMs,
        compound: s.compound[r]!,
        label: s.label[r]! as 0 | 1 | 2 | 3,
        topic: topic >= 0 ? topic : null,
        engagement: Number.isFinite(engagement) ? engagement : null,
      });
    }
    this.counts.scored += kept.length;
  }

  /** The figures for `view` with the windows ending at stream time `nowMs` (default: the latest post's time). */
  snapshot(view: SnapshotView, nowMs = this.latestMs): DashboardSnapshot {
    const unitMs = UNIT_MS[this.unit];
    const w = Math.min(Math.max(0, Math.floor(view.window)), WINDOW_LENGTHS.length - 1);
    const length = WINDOW_LENGTHS[w]!;
    const now = Number.isFinite(nowMs) ? nowMs : 0;
    this.hashtags.advance(now);
    this.words.advance(now);
    this.languages.advance(now);
    const windows = WINDOW_LENGTHS.map((len) => this.windowStats(len, now));
    const last = this.series.bucketAt(now) - 1;
    const steps = this.series.series(last, length, POINTS);
    const stepMs = (length * unitMs) / POINTS;
    const termLast = this.hashtags.bucketAt(now);
    const termBuckets = length * TERMS_PER_UNIT;
    const rising = risingInWindow(this.hashtags, termLast, termBuckets);
    const cloudRing = view.cloud === 'words' ? this.words : this.hashtags;
    return {
      nowMs,
      unit: this.unit,
      window: w,
      counters: this.counters,
      windows,
      series: {
        startMs: (last + 1) * this.series.bucketMs - POINTS * stepMs,
        stepMs,
        posts: steps.map((s) => s.posts),
        compound: steps.map((s) => s.meanCompound),
        negative: steps.map((s) => (s.posts > 0 ? s.labels[0] / s.posts : 0)),
        neutral: steps.map((s) => (s.posts > 0 ? s.labels[1] / s.posts : 0)),
        positive: steps.map((s) => (s.posts > 0 ? s.labels[2] / s.posts : 0)),
        unscored: steps.map((s) => (s.posts > 0 ? s.unscored / s.posts : 0)),
      },
      rising: rising.rising,
      risingBaseline: rising.previousWindows,
      topHashtags: this.hashtags.top(termLast - termBuckets + 1, termLast, 10),
      cloudWords: cloudRing.top(termLast - termBuckets + 1, termLast, 80),
      latest: this.latest.newest(view.latest ?? 20),
      languageMix: this.languageMix(termLast, termBuckets),
      languageFilter: this.languageFilter ? [...this.languageFilter].sort() : null,
      topicTerms: this.topicTerms,
    };
  }

  /** Posts per declared language in each term bucket of the window, the most common named. */
  private languageMix(last: number, buckets: number): LanguageMix {
    const first = last - buckets + 1;
    const named = this.languages.top(first, last, MIX_LANGUAGES + 1);
    const languages = named.length > MIX_LANGUAGES ? named.slice(0, MIX_LANGUAGES) : named;
    const index = new Map(languages.map((l, i) => [l.term, i]));
    const other = named.length > MIX_LANGUAGES;
    const counts = Array.from({ length: languages.length + (other ? 1 : 0) }, () =>
      new Array<number>(buckets).fill(0),
    );
    for (let b = first; b <= last; b++)
      for (const { term, count } of this.languages.top(b, b, Infinity)) {
        const i = index.get(term) ?? (other ? languages.length : -1);
        if (i >= 0) counts[i]![b - first]! += count;
      }
    return {
      startMs: first * this.languages.bucketMs,
      stepMs: this.languages.bucketMs,
      languages: [...languages.map((l) => l.term), ...(other ? ['other'] : [])],
      counts,
    };
  }

  private windowStats(length: number, now: number): WindowStats {
    const lengthMs = length * UNIT_MS[this.unit];
    const per = length * SERIES_PER_UNIT;
    const nb = this.series.bucketAt(now);
    const t = this.series.sum(nb - per + 1, nb);
    const before = this.series.sum(nb - 2 * per + 1, nb - per);
    // a stream younger than the window: the rate is over the part it covers
    const covered = Number.isFinite(this.firstMs)
      ? Math.min(lengthMs, Math.max(now - this.firstMs, this.series.bucketMs))
      : lengthMs;
    return {
      length,
      lengthMs,
      posts: t.posts,
      previousPosts: before.posts,
      postsPerSecond: t.posts / (covered / 1000),
      meanCompound: t.meanCompound,
      labels: t.labels,
      unscored: t.unscored,
      meanEngagement: t.meanEngagement,
      topics: t.topics,
    };
  }

  /** Forgets the windows and latest posts (a seek: call `process` first, so no post waits); counters and duplicate keys stay. */
  resetWindows(): void {
    this.series.clear();
    this.hashtags.clear();
    this.words.clear();
    this.languages.clear();
    this.latest.clear();
    this.latestMs = NaN;
    this.firstMs = NaN;
  }
}
