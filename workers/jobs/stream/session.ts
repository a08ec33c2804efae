/**
 * The stream worker's one session: a source (a live feed's socket or a replay), the dashboard it
 * feeds, and a loop that every 20 ms releases due replay rows, scores what waits (within the
 * scoring budget) and, about every 100 ms, sends the page a snapshot. Frames are parsed as they arrive,
 * on this worker's thread, never on the page's.
 */
import type { AppError } from '../../api/common.ts';
import type {
  FeedConfig,
  FeedOptions,
  FeedStatus,
  ReplayChunk,
  ReplayPlan,
  ReplayStatus,
  StreamSnapshot,
  StreamView,
} from '../../api/stream.ts';
import { fail, ok, type Result } from '../../core/errors/index.ts';
import { createRng } from '../../core/random/rng.ts';
import { StreamDashboard } from '../../core/stream/dashboard.ts';
import { genericReader, parseGenericFrame } from '../../core/stream/genericFeed.ts';
import { jetstreamUrl, parseJetstreamFrame } from '../../core/stream/jetstream.ts';
import { RateMeter } from '../../core/stream/rateMeter.ts';
import { validSpeed, type ReplaySpeed } from '../../core/stream/replayClock.ts';
import {
  feedClassifier,
  withClassifierLabels,
  type FeedClassifierModel,
  type FeedClassifier,
} from '../../core/stream/classifierLabels.ts';
import { scoreSentimentOnly, scoreStreamPosts } from '../../core/stream/scorePosts.ts';
import { loadLexicons, type LanguageLexicons } from '../../core/sentiment/byLanguage.ts';
import { LEXICON_LANGUAGES } from '../../core/sentiment/languageLexicons.ts';
import type { FrameOutcome, StreamPost } from '../../core/stream/types.ts';
import type { WordCloudLayout } from '../../core/wordcloud/layout.ts';
import { layoutWordCloud } from '../../core/wordcloud/layout.ts';
import { modelFields, readStreamModel, type ActiveModel } from './activeModel.ts';
import { FeedSocket, type SocketLike } from './feedSocket.ts';
import { ReplaySource } from './replaySource.ts';

const TICK_MS = 20;
/**
 * A snapshot every 60–80 ms: the dashboard redraws 12 to 16 times a second, so it stays above 10
 * when a busy worker (scoring 7,000 posts/s, laying out the cloud once a second) runs ticks late.
 */
const SNAPSHOT_MS = 60;
/** Snapshots while nothing changes (a countdown to the next attempt still moves). */
const IDLE_SNAPSHOT_MS = 1000;
const CLOUD_MS = 1000;
/** A feed's post time may run this far ahead of its arrival before it is taken as the arrival. */
const FEED_MAX_AHEAD_MS = 60_000;

export interface SessionDeps {
  readonly createSocket: (url: string) => SocketLike;
  readonly readModel: () => Promise<ActiveModel>;
  readonly now: () => number;
}

const browserDeps: SessionDeps = {
  createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
  readModel: readStreamModel,
  now: () => Date.now(),
};

interface FeedSource {
  readonly kind: 'feed';
  readonly config: FeedConfig;
  /** Identifies the feed: the same one again resumes at its cursor. */
  readonly identity: string;
  readonly socket: FeedSocket;
  cursor: number | null;
}

interface ReplaySourceState {
  readonly kind: 'replay';
  readonly replay: ReplaySource;
}

export const DEFAULT_VIEW: StreamView = {
  window: 0,
  cloud: 'words',
  unit: 'minute',
  maxPostsPerSecond: null,
};

function badConfig<T>(message: string, hint: string): Result<T> {
  return fail('STREAM_BAD_CONFIG', message, hint);
}

/** The feed's reader and first address, or why it cannot be used. */
function feedReader(config: FeedConfig): Result<{
  parse: (data: unknown) => FrameOutcome;
  urlFor: (cursor: number | null) => string;
  identity: string;
}> {
  if (config.kind === 'jetstream') {
    const url = jetstreamUrl(config.host);
    if (!url)
      return badConfig(
        `“${config.host}” is not a Jetstream host.`,
        'Type a host name such as jetstream2.us-east.bsky.network, or a ws:// or wss:// address.',
      );
    return ok({
      parse: (d) => parseJetstreamFrame(d),
      urlFor: (cursor) => jetstreamUrl(config.host, cursor)!,
      identity: `jetstream ${url}`,
    });
  }
  let url: URL;
  try {
    url = new URL(config.url.trim());
  } catch {
    return badConfig(
      `“${config.url}” is not an address.`,
      'Type a WebSocket address such as wss://example.org/feed.',
    );
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:')
    return badConfig(
      `“${config.url}” is not a WebSocket address (it starts with ${url.protocol}).`,
      'Use a ws:// or wss:// address.',
    );
  const reader = genericReader(config.mapping);
  if (!reader.ok) return reader;
  return ok({
    parse: (d) => parseGenericFrame(d, reader.value),
    urlFor: () => url.href,
    identity: `generic ${url.href} ${JSON.stringify(config.mapping)}`,
  });
}

export class StreamSession {
  view: StreamView = DEFAULT_VIEW;
  private dashboard = new StreamDashboard();
  private source: FeedSource | ReplaySourceState | null = null;
  private model: ActiveModel | null = null;
  /** Where the labels come from: the classifier while a replay's rows carry its classes, else VADER. */
  private sentimentSource: StreamSnapshot['sentimentSource'] = 'vader';
  /** The classifier a live feed's posts are labelled with (the one the charts showed at Connect). */
  private feedClassifier: FeedClassifier | null = null;
  private modelLoading: Promise<ActiveModel> | null = null;
  /** Posts declared in German, Spanish, French, Italian, Portuguese or Arabic are read with these. */
  private lexicons: Promise<LanguageLexicons> | null = null;
  private lexiconsLoaded: LanguageLexicons | null = null;
  private onSnapshot: ((s: StreamSnapshot) => void) | null = null;
  private endWatch: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastTick = 0;
  private lastSnapshot = -Infinity;
  private dirty = true;
  private seq = 0;
  private credit = 0;
  private scoringError: AppError | null = null;
  private readonly rates = {
    frames: new RateMeter(),
    posts: new RateMeter(),
    scored: new RateMeter(),
  };
  private cloud: { key: string; at: number; layout: WordCloudLayout; sent: boolean } | null = null;
  /** For a feed's windows to slide in silence: the latest post time and when it was reached. */
  private anchor = { timeMs: NaN, wallMs: 0 };

  constructor(private readonly deps: SessionDeps = browserDeps) {}

  /** Loads the active model (once; again after `reloadModel`), and the word lists of other languages. */
  private loadModel(): Promise<ActiveModel> {
    this.modelLoading ??= Promise.all([
      this.deps.readModel(),
      (this.lexicons ??= loadLexicons(LEXICON_LANGUAGES)),
    ]).then(([m, lexicons]) => {
      this.lexiconsLoaded = lexicons;
      return (this.model = m);
    });
    return this.modelLoading;
  }

  /** The registry changed: score with the new active model from now on. */
  reloadModel(): void {
    this.modelLoading = null;
    void this.loadModel().then(() => (this.dirty = true));
  }

  /** Streams snapshots to `onSnapshot` until `stop` or another watch; resolves with how many were sent. */
  watch(view: StreamView, onSnapshot: (s: StreamSnapshot) => void): Promise<number> {
    this.endWatch?.();
    this.setView(view);
    this.onSnapshot = onSnapshot;
    void this.loadModel();
    this.startLoop();
    const first = this.seq;
    return new Promise((resolve) => {
      this.endWatch = () => {
        this.endWatch = null;
        resolve(this.seq - first);
      };
    });
  }

  setView(view: StreamView): void {
    if (view.unit !== this.dashboard.unit) this.dashboard.setUnit(view.unit);
    if (view.maxPostsPerSecond !== this.view.maxPostsPerSecond) this.credit = 0;
    this.dashboard.setLanguages(view.languages ?? null);
    this.view = view;
    this.dirty = true;
  }

  /** The exact address `connect(config)` would open now (with the cursor it would resume from), or why it cannot. */
  feedUrl(config: FeedConfig): Result<{ url: string; resumesAt: number | null }> {
    const reader = feedReader(config);
    if (!reader.ok) return reader;
    const s = this.source;
    const cursor = s?.kind === 'feed' && s.identity === reader.value.identity ? s.cursor : null;
    return ok({ url: reader.value.urlFor(cursor), resumesAt: cursor });
  }

  async connect(
    config: FeedConfig,
    options: FeedOptions = {},
    classifier: FeedClassifierModel | null = null,
  ): Promise<Result<{ url: string }>> {
    const reader = feedReader(config);
    if (!reader.ok) return reader;
    const reading = classifier ? feedClassifier(classifier) : ok(null);
    if (!reading.ok) return reading;
    const timeout = options.connectTimeoutMs;
    if (timeout !== undefined && !(timeout >= 1000 && timeout <= 120_000))
      return badConfig(
        `A connection timeout of ${timeout} ms is out of range.`,
        'Use 1,000 to 120,000 ms.',
      );
    await this.loadModel();
    const previous = this.source;
    const resume =
      previous?.kind === 'feed' && previous.identity === reader.value.identity
        ? previous.cursor
        : null;
    this.stopSource();
    if (!(previous?.kind === 'feed' && previous.identity === reader.value.identity))
      this.fresh(FEED_MAX_AHEAD_MS);
    // a live feed's posts are not the dataset's: the charts' classifier reads them when they show
    // it (its labels, VADER's compound for the line), else VADER
    this.feedClassifier = reading.value;
    this.sentimentSource = reading.value ? 'classifier' : 'vader';
    const { parse, urlFor, identity } = reader.value;
    const feed: FeedSource = {
      kind: 'feed',
      config,
      identity,
      cursor: resume,
      socket: new FeedSocket({
        urlFor: () => urlFor(feed.cursor),
        onMessage: (data) => {
          const outcome = parse(data);
          if (outcome.cursor !== null && !(outcome.cursor <= (feed.cursor ?? -Infinity)))
            feed.cursor = outcome.cursor;
          this.dashboard.frame(outcome, this.deps.now());
          this.dirty = true;
        },
        onChange: () => (this.dirty = true),
        ...(timeout !== undefined && { connectTimeoutMs: timeout }),
        ...(options.backoff && { backoff: options.backoff }),
        rng: createRng(Math.floor(this.deps.now()) >>> 0),
        create: this.deps.createSocket,
        now: this.deps.now,
      }),
    };
    this.source = feed;
    feed.socket.start();
    this.startLoop();
    return ok({ url: feed.socket.url });
  }

  disconnect(): Result<{ cursor: number | null }> {
    if (this.source?.kind !== 'feed') return ok({ cursor: null });
    this.source.socket.stop();
    this.dirty = true;
    return ok({ cursor: this.source.cursor });
  }

  async replayStart(
    plan: ReplayPlan,
    speed: ReplaySpeed,
    from = 0,
  ): Promise<Result<{ fields: string[] }>> {
    if (!validSpeed(speed))
      return fail(
        'INVALID_OPTIONS',
        'That replay speed is out of range.',
        'Choose 1× to 10,000,000× real time, or 0.1 to 1,000,000 posts per second.',
      );
    if (speed.kind === 'multiplier' && !plan.timed)
      return fail(
        'INVALID_OPTIONS',
        'This dataset has no timestamp column, so it cannot play at a multiple of real time.',
        'Choose a number of posts per second.',
      );
    const model = await this.loadModel();
    this.stopSource();
    this.fresh(Infinity);
    this.sentimentSource = plan.sentimentSource ?? 'vader';
    this.source = { kind: 'replay', replay: new ReplaySource(plan, speed, from, this.deps.now) };
    this.startLoop();
    return ok({ fields: modelFields(model.loaded) });
  }

  replayFeed(chunk: ReplayChunk): Promise<Result<{ next: number }>> {
    if (this.source?.kind !== 'replay')
      return Promise.resolve(fail('ABORTED', 'No replay is running.'));
    // the person may switch the source mid-replay: later chunks carry the new choice
    this.sentimentSource = chunk.sentiment ? 'classifier' : 'vader';
    return this.source.replay
      .feed(chunk)
      .then((next) => (next === null ? fail('ABORTED', 'The replay stopped.') : ok({ next })));
  }

  replayControl(
    action:
      | { action: 'play' }
      | { action: 'pause' }
      | { action: 'speed'; speed: ReplaySpeed }
      | { action: 'seek'; index: number; timeMs: number },
  ): Result<ReplayStatus> {
    if (this.source?.kind !== 'replay')
      return fail('INVALID_OPTIONS', 'No replay is running.', 'Press Play first.');
    const r = this.source.replay;
    if (action.action === 'play') r.play();
    else if (action.action === 'pause') r.pause();
    else if (action.action === 'speed') {
      if (!validSpeed(action.speed) || (action.speed.kind === 'multiplier' && !r.plan.timed))
        return fail('INVALID_OPTIONS', 'That replay speed cannot be used here.');
      r.setSpeed(action.speed);
    } else {
      // what waits belongs before the seek; then the windows start again
      this.process();
      this.dashboard.resetWindows();
      this.cloud = null;
      r.seek(action.index, action.timeMs);
    }
    this.dirty = true;
    return ok(r.status());
  }

  /** Ends the source and the watch. */
  stop(): void {
    this.stopSource();
    this.source = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.emit();
    this.endWatch?.();
    this.onSnapshot = null;
  }

  private stopSource(): void {
    if (this.source?.kind === 'feed') this.source.socket.stop();
    if (this.source?.kind === 'replay') this.source.replay.stop();
  }

  private fresh(maxAheadMs: number): void {
    this.dashboard = new StreamDashboard({ unit: this.view.unit, maxAheadMs });
    this.cloud = null;
    this.scoringError = null;
    this.anchor = { timeMs: NaN, wallMs: 0 };
    this.credit = 0;
    for (const r of Object.values(this.rates)) r.clear();
  }

  private startLoop(): void {
    if (this.timer !== null) return;
    this.lastTick = this.deps.now();
    const loop = () => {
      this.tick();
      this.timer = setTimeout(loop, TICK_MS);
    };
    this.timer = setTimeout(loop, TICK_MS);
  }

  private score = (batch: readonly StreamPost[]) => {
    const lexicons = this.lexiconsLoaded;
    const classifier = this.source?.kind === 'feed' ? this.feedClassifier : null;
    const posts = classifier ? withClassifierLabels(classifier, batch) : batch;
    const scored = scoreStreamPosts(this.model?.loaded ?? null, posts, undefined, lexicons);
    if (scored.ok) return scored;
    // the engagement model could not read these posts: keep their sentiment
    this.scoringError = scored.error;
    return ok(scoreSentimentOnly(posts, undefined, lexicons));
  };

  private process(): void {
    const max = this.view.maxPostsPerSecond;
    const done = this.dashboard.process(
      this.score,
      max === null ? Infinity : Math.floor(this.credit),
    );
    if (done.ok && max !== null) this.credit -= done.value;
  }

  /** One turn of the loop: release, score, maybe send. */
  tick(): void {
    const now = this.deps.now();
    const elapsed = now - this.lastTick;
    this.lastTick = now;
    if (this.source?.kind === 'replay') {
      const due = this.source.replay.release(elapsed);
      this.dashboard.countFrames(due.length);
      for (const post of due) this.dashboard.offer(post, now);
      if (this.source.replay.state === 'playing') this.dirty = true;
    }
    const max = this.view.maxPostsPerSecond;
    if (max !== null)
      this.credit = Math.min(this.credit + (elapsed / 1000) * max, Math.max(1, max));
    this.process();
    const since = now - this.lastSnapshot;
    if (since >= IDLE_SNAPSHOT_MS || (this.dirty && since >= SNAPSHOT_MS)) this.emit();
  }

  /** Stream time the windows end at. */
  private streamNow(now: number): number {
    if (this.source?.kind === 'replay') return this.source.replay.status().timeMs;
    const latest = this.dashboard.latestTimeMs;
    if (!Number.isFinite(latest)) return NaN;
    if (latest !== this.anchor.timeMs) this.anchor = { timeMs: latest, wallMs: now };
    // a feed's windows slide with the wall clock between posts
    return this.source?.kind === 'feed' && this.source.socket.state !== 'closed'
      ? latest + (now - this.anchor.wallMs)
      : latest;
  }

  private cloudLayout(
    snapshotWords: StreamSnapshot['cloudWords'],
    now: number,
  ): WordCloudLayout | null {
    const key = `${this.view.unit}|${this.view.window}|${this.view.cloud}`;
    const stale = !this.cloud || this.cloud.key !== key || now - this.cloud.at >= CLOUD_MS;
    if (stale) {
      const prefix = this.view.cloud === 'hashtags' ? '#' : '';
      const layout = layoutWordCloud(
        snapshotWords.map((w) => ({ text: prefix + w.term, count: w.count })),
        { width: 640, height: 280 },
      );
      this.cloud = { key, at: now, layout, sent: false };
    }
    if (this.cloud!.sent) return null;
    this.cloud!.sent = true;
    return this.cloud!.layout;
  }

  private sourceStatus(): StreamSnapshot['source'] {
    const s = this.source;
    if (!s) return { kind: 'idle' };
    if (s.kind === 'replay') return { kind: 'replay', replay: s.replay.status() };
    const k = s.socket;
    const feed: FeedStatus = {
      kind: s.config.kind,
      state: k.state,
      url: k.url,
      attempt: k.attempt,
      retryInMs: k.retryInMs,
      lastError: k.lastError,
      cursor: s.cursor,
      connections: k.connections,
    };
    return { kind: 'feed', feed };
  }

  private emit(): void {
    const now = this.deps.now();
    this.lastSnapshot = now;
    this.dirty = false;
    if (!this.onSnapshot) return;
    const base = this.dashboard.snapshot(
      { window: this.view.window, cloud: this.view.cloud },
      this.streamNow(now),
    );
    const c = base.counters;
    const snapshot: StreamSnapshot = {
      ...base,
      seq: ++this.seq,
      source: this.sourceStatus(),
      rates: {
        frames: this.rates.frames.sample(now, c.frames),
        posts: this.rates.posts.sample(now, c.posts),
        scored: this.rates.scored.sample(now, c.scored),
      },
      model: this.model?.status ?? { name: null, parts: [], note: 'Loading the active model…' },
      sentimentSource: this.sentimentSource,
      view: this.view,
      cloud: this.cloudLayout(base.cloudWords, now),
      scoringError: this.scoringError,
      held: this.dashboard.held,
    };
    this.onSnapshot(snapshot);
  }
}
