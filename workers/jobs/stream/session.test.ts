import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReplayChunk, ReplayPlan, StreamSnapshot, StreamView } from '../../api/stream.ts';
import type { Result } from '../../core/errors/index.ts';
import type { ActiveModel } from './activeModel.ts';
import type { SocketLike } from './feedSocket.ts';
import { flippedModel } from '../../core/stream/classifier.testutil.ts';
import { StreamSession } from './session.ts';

class FakeSocket implements SocketLike {
  binaryType = 'blob';
  onopen: SocketLike['onopen'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;
  closed = false;
  constructor(readonly url: string) {}
  close(): void {
    this.closed = true;
  }
  open(): void {
    this.onopen?.({});
  }
  send(data: unknown): void {
    this.onmessage?.({ data });
  }
  drop(): void {
    this.onclose?.({ code: 1006, reason: '' });
  }
}

const SENTIMENT_ONLY: ActiveModel = {
  loaded: null,
  status: { name: null, parts: [], note: 'sentiment only' },
};
const VIEW: StreamView = { window: 0, cloud: 'hashtags', unit: 'minute', maxPostsPerSecond: null };
const T0 = Date.UTC(2025, 5, 1, 12);

function post(n: number, text = `post ${n} is great`): string {
  return JSON.stringify({
    did: 'did:plc:me',
    time_us: T0 * 1000 + n,
    kind: 'commit',
    commit: {
      operation: 'create',
      collection: 'app.bsky.feed.post',
      rkey: `r${n}`,
      record: {
        text: `${text} #tag`,
        langs: ['en'],
        facets: [
          {
            index: { byteStart: text.length + 1, byteEnd: text.length + 5 },
            features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'tag' }],
          },
        ],
      },
    },
  });
}

let sockets: FakeSocket[];
let snapshots: StreamSnapshot[];
let session: StreamSession;

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const last = () => snapshots[snapshots.length - 1]!;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
  sockets = [];
  snapshots = [];
  session = new StreamSession({
    createSocket: (url) => {
      const s = new FakeSocket(url);
      sockets.push(s);
      return s;
    },
    readModel: async () => SENTIMENT_ONLY,
    now: () => Date.now(),
  });
  void session.watch(VIEW, (s) => snapshots.push(s));
});

afterEach(() => {
  session.stop();
  vi.useRealTimers();
});

describe('StreamSession: a live feed', () => {
  it('counts posts, duplicates and every kind of bad frame, and scores each post once', async () => {
    value(await session.connect({ kind: 'jetstream', host: 'ws://feed.test:1' }));
    expect(sockets[0]!.url).toBe('ws://feed.test:1/subscribe?wantedCollections=app.bsky.feed.post');
    sockets[0]!.open();
    for (const frame of [
      post(1),
      post(2),
      post(2),
      '{"kind":',
      new ArrayBuffer(4),
      JSON.stringify({ did: 'x', time_us: T0 * 1000 + 3, kind: 'identity' }),
      JSON.stringify({ kind: 'commit', time_us: 9, commit: { operation: 'create' } }),
    ])
      sockets[0]!.send(frame);
    await vi.advanceTimersByTimeAsync(150);
    expect(last().counters).toEqual({
      frames: 7,
      posts: 2,
      duplicates: 1,
      scored: 2,
      dropped: 0,
      queued: 0,
      filtered: 0,
      skipped: { malformed: 1, binary: 1, 'too-large': 0, 'not-a-post': 1, 'missing-fields': 1 },
    });
    expect(last().source).toMatchObject({
      kind: 'feed',
      feed: { state: 'open', cursor: T0 * 1000 + 3, connections: 1 },
    });
    expect(last().latest.map((p) => p.text)).toEqual([
      'post 2 is great #tag',
      'post 1 is great #tag',
    ]);
    expect(last().latest[0]!.spans).toEqual([[16, 20]]);
    expect(last().topHashtags).toEqual([{ term: 'tag', count: 2 }]);
    expect(last().model.note).toBe('sentiment only');
  });

  it("labels a feed's posts with the charts' classifier when Connect is given one", async () => {
    const { json, texts, flipped } = flippedModel();
    // a damaged model is refused before anything connects
    const bad = await session.connect(
      { kind: 'jetstream', host: 'ws://feed.test:1' },
      {},
      {
        ...json,
        linear: { ...json.linear, weights: 'AAAA' },
      },
    );
    expect(bad.ok ? null : bad.error.code).toBe('BUNDLE_INVALID');
    expect(sockets).toHaveLength(0);
    value(await session.connect({ kind: 'jetstream', host: 'ws://feed.test:1' }, {}, json));
    sockets[0]!.open();
    // complaints the model learned to call positive (its labels turned round), then praise
    const picks = [0, 1, 2].map((c) => flipped.indexOf(c));
    picks.forEach((i, n) => sockets[0]!.send(post(n + 1, texts[i]!)));
    await vi.advanceTimersByTimeAsync(150);
    expect(last().sentimentSource).toBe('classifier');
    expect(last().latest.map((p) => p.label)).toEqual([2, 1, 0]);
    // without one, VADER again
    value(await session.connect({ kind: 'jetstream', host: 'ws://other.test' }));
    await vi.advanceTimersByTimeAsync(150);
    expect(last().sentimentSource).toBe('vader');
  });

  it('reconnects after a drop from the last cursor and skips what the feed sends again', async () => {
    value(await session.connect({ kind: 'jetstream', host: 'ws://feed.test:1' }));
    sockets[0]!.open();
    sockets[0]!.send(post(1));
    sockets[0]!.send(post(2));
    sockets[0]!.drop();
    await vi.advanceTimersByTimeAsync(100);
    expect(last().source).toMatchObject({
      feed: {
        state: 'waiting',
        attempt: 1,
        lastError: 'feed.test:1 closed the connection (code 1006).',
      },
    });
    await vi.advanceTimersByTimeAsync(1000); // the first retry waits 250–500 ms
    expect(sockets).toHaveLength(2);
    expect(new URL(sockets[1]!.url).searchParams.get('cursor')).toBe(String(T0 * 1000 + 2));
    sockets[1]!.open();
    sockets[1]!.send(post(2)); // Jetstream replays from the cursor itself
    sockets[1]!.send(post(3));
    await vi.advanceTimersByTimeAsync(150);
    expect(last().counters).toMatchObject({ posts: 3, duplicates: 1, scored: 3 });
    expect(last().source).toMatchObject({
      feed: {
        state: 'open',
        connections: 2,
        attempt: 0,
        lastError: 'feed.test:1 closed the connection (code 1006).',
      },
    });
  });

  it('resumes the same feed at its cursor after Disconnect, and starts afresh on another', async () => {
    value(await session.connect({ kind: 'jetstream', host: 'ws://feed.test:1' }));
    sockets[0]!.open();
    sockets[0]!.send(post(5));
    expect(value(session.disconnect())).toEqual({ cursor: T0 * 1000 + 5 });
    expect(sockets[0]!.closed).toBe(true);
    expect(value(session.feedUrl({ kind: 'jetstream', host: 'ws://feed.test:1' }))).toEqual({
      url: `ws://feed.test:1/subscribe?wantedCollections=app.bsky.feed.post&cursor=${T0 * 1000 + 5}`,
      resumesAt: T0 * 1000 + 5,
    });
    value(await session.connect({ kind: 'jetstream', host: 'ws://feed.test:1' }));
    expect(sockets[1]!.url).toContain(`cursor=${T0 * 1000 + 5}`);
    await vi.advanceTimersByTimeAsync(150);
    expect(last().counters.posts).toBe(1);
    value(await session.connect({ kind: 'jetstream', host: 'ws://other.test' }));
    expect(sockets[2]!.url).not.toContain('cursor');
    await vi.advanceTimersByTimeAsync(150);
    expect(last().counters.posts).toBe(0);
  });

  it('scores at most the budget per second under a flood, counting the rest as dropped', async () => {
    session.setView({ ...VIEW, maxPostsPerSecond: 100 });
    value(await session.connect({ kind: 'jetstream', host: 'ws://feed.test:1' }));
    sockets[0]!.open();
    // 2,000 posts a second, 50 every 25 ms
    for (let n = 0; n < 2000; n++) {
      sockets[0]!.send(post(n));
      if (n % 50 === 49) await vi.advanceTimersByTimeAsync(25);
    }
    await vi.advanceTimersByTimeAsync(100);
    const c = last().counters;
    expect(c.posts).toBe(2000);
    expect(c.scored + c.dropped + c.queued).toBe(2000);
    // 1.1 s at 100 a second
    expect(c.scored).toBeGreaterThanOrEqual(95);
    expect(c.scored).toBeLessThanOrEqual(111);
    expect(c.dropped).toBeGreaterThan(1800);
  });

  it('refuses addresses and mappings it cannot use', async () => {
    const codes = async (feed: Parameters<StreamSession['connect']>[0]) => {
      const r = await session.connect(feed);
      return r.ok ? 'ok' : `${r.error.code}: ${r.error.message}`;
    };
    expect(await codes({ kind: 'jetstream', host: '' })).toMatch(
      /^STREAM_BAD_CONFIG: “” is not a Jetstream host/,
    );
    expect(
      await codes({ kind: 'generic', url: 'https://example.org/feed', mapping: { text: 'text' } }),
    ).toMatch(/not a WebSocket address \(it starts with https:\)/);
    expect(await codes({ kind: 'generic', url: 'ws://x', mapping: { text: '' } })).toMatch(
      /path of the post text/,
    );
    expect(sockets).toHaveLength(0);
  });
});

describe('StreamSession: a replay', () => {
  const plan: ReplayPlan = {
    rows: 4,
    timed: true,
    startMs: T0,
    endMs: T0 + 30_000,
    withoutTime: 0,
    textColumn: 'text',
    hashtagColumn: 'hashtags',
    timeColumn: 'created_at',
    suggestedUnit: 'minute',
  };
  const chunk = (from: number, count: number): ReplayChunk => ({
    from,
    count,
    texts: Array.from({ length: count }, (_, i) => `row ${from + i} is lovely`),
    hashtags: Array.from({ length: count }, () => ['x']),
    times: Float64Array.from({ length: count }, (_, i) => T0 + (from + i) * 10_000),
    langs: null,
    fields: {},
  });

  it('releases rows as the clock reaches them, pauses, seeks and reports the position', async () => {
    value(await session.replayStart(plan, { kind: 'multiplier', factor: 10 }));
    const wanted = session.replayFeed(chunk(0, 4));
    // the rest of the dataset fits in the buffer: no more is wanted until a seek
    await vi.advanceTimersByTimeAsync(50);
    expect(last().source).toMatchObject({
      kind: 'replay',
      replay: { state: 'playing', position: 1, total: 4 },
    });
    await vi.advanceTimersByTimeAsync(1100); // 10 s of stream time per wall second: past the second row
    expect(last().source).toMatchObject({ replay: { position: 2 } });
    value(session.replayControl({ action: 'pause' }));
    await vi.advanceTimersByTimeAsync(3000);
    expect(last().source).toMatchObject({ replay: { state: 'paused', position: 2 } });
    expect(last().counters).toMatchObject({ frames: 2, posts: 2, scored: 2 });
    value(session.replayControl({ action: 'seek', index: 1, timeMs: T0 + 10_000 }));
    expect(await wanted).toEqual({ ok: true, value: { next: 1 } });
    await vi.advanceTimersByTimeAsync(150);
    expect(last().latest).toEqual([]);
    value(session.replayControl({ action: 'play' }));
    void session.replayFeed(chunk(1, 3));
    await vi.advanceTimersByTimeAsync(2100);
    expect(last().source).toMatchObject({ replay: { state: 'ended', position: 4 } });
    expect(last().latest.map((p) => p.text)).toEqual([
      'row 3 is lovely',
      'row 2 is lovely',
      'row 1 is lovely',
    ]);
  });

  it("labels replayed rows with the charts' chosen source: the classifier's classes when the rows carry them", async () => {
    value(
      await session.replayStart(
        { ...plan, sentimentSource: 'classifier' },
        { kind: 'multiplier', factor: 1000 },
      ),
    );
    void session.replayFeed({ ...chunk(0, 4), sentiment: Uint8Array.of(0, 1, 0, 2) });
    await vi.advanceTimersByTimeAsync(3000);
    expect(last().source).toMatchObject({ replay: { state: 'ended', position: 4 } });
    // VADER reads every row as positive ("lovely"); the classifier's classes are what the charts count
    expect(last().latest.map((p) => p.label)).toEqual([2, 0, 1, 0]);
    expect(last().sentimentSource).toBe('classifier');
    // the person switched back to VADER: the rows come without classes
    value(await session.replayStart(plan, { kind: 'multiplier', factor: 1000 }));
    void session.replayFeed(chunk(0, 4));
    await vi.advanceTimersByTimeAsync(3000);
    expect(last().latest.map((p) => p.label)).toEqual([2, 2, 2, 2]);
    expect(last().sentimentSource).toBe('vader');
  });

  it('drops a chunk fetched before a seek and asks again from the new position', async () => {
    value(
      await session.replayStart({ ...plan, rows: 10_000 }, { kind: 'rate', postsPerSecond: 1 }),
    );
    value(session.replayControl({ action: 'seek', index: 5000, timeMs: T0 }));
    expect(await session.replayFeed(chunk(0, 10))).toEqual({ ok: true, value: { next: 5000 } });
  });

  it('refuses a speed in multiples of real time for a dataset without times', async () => {
    const r = await session.replayStart(
      { ...plan, timed: false, startMs: NaN, endMs: NaN },
      { kind: 'multiplier', factor: 60 },
    );
    expect(r.ok || r.error.code).toBe('INVALID_OPTIONS');
  });
});
