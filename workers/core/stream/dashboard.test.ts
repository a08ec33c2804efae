import { describe, expect, it } from 'vitest';
import { ok } from '../errors/index.ts';
import { StreamDashboard } from './dashboard.ts';
import { scoreSentimentOnly, type ScoredBatch } from './scorePosts.ts';
import type { StreamPost } from './types.ts';

const T0 = Date.UTC(2025, 0, 1, 12, 0, 0);
const S = 1000;
const post = (
  text: string,
  timeMs: number,
  hashtags: string[] = [],
  key: string | null = null,
): StreamPost => ({ key, text, hashtags, spans: [], lang: 'en', timeMs });

/** A scorer with known values: compound from the text ("+" 0.5, "-" −0.5, else 0), labels to match. */
function fixedScores(posts: readonly StreamPost[]) {
  const compound = Float64Array.from(posts, (p) =>
    p.text.startsWith('+') ? 0.5 : p.text.startsWith('-') ? -0.5 : 0,
  );
  const batch: ScoredBatch = {
    rows: posts.length,
    compound,
    label: Uint8Array.from(compound, (c) => (c > 0 ? 2 : c < 0 ? 0 : 1)),
    topic: null,
    topicTerms: null,
    engagement: null,
  };
  return ok(batch);
}

describe('StreamDashboard', () => {
  it('counts frames, skips by reason and duplicates, and scores each post once', () => {
    const d = new StreamDashboard();
    d.frame({ kind: 'post', post: post('+ a', T0, [], 'k1'), cursor: 1 }, T0);
    d.frame({ kind: 'post', post: post('+ a', T0, [], 'k1'), cursor: 1 }, T0);
    d.frame({ kind: 'skip', reason: 'malformed', cursor: null }, T0);
    d.frame({ kind: 'skip', reason: 'not-a-post', cursor: 2 }, T0);
    d.skip('binary');
    d.offer(post('- b', T0 + S), T0);
    expect(d.counters).toMatchObject({
      frames: 5,
      posts: 2,
      duplicates: 1,
      queued: 2,
      scored: 0,
      skipped: { malformed: 1, 'not-a-post': 1, binary: 1, 'too-large': 0, 'missing-fields': 0 },
    });
    expect(d.process(fixedScores)).toEqual(ok(2));
    expect(d.counters).toMatchObject({ scored: 2, dropped: 0, queued: 0 });
  });

  it('samples down to the allowance and counts the rest as dropped', () => {
    const d = new StreamDashboard({ reservoir: 100 });
    for (let i = 0; i < 1000; i++) d.offer(post('x', T0 + i), T0);
    expect(d.process(fixedScores, 40)).toEqual(ok(40));
    expect(d.counters).toMatchObject({ posts: 1000, scored: 40, dropped: 960, queued: 0 });
    // the 40 kept are spread over the flood, not its first or last posts
    const times = d
      .snapshot({ window: 0, cloud: 'words', latest: 50 })
      .latest.map((p) => p.timeMs - T0);
    expect(times).toHaveLength(40);
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(500);
  });

  it('sums each window of stream time: posts, rate, sentiment, labels, and the window before', () => {
    const d = new StreamDashboard();
    // 30 posts in the last minute (20 positive, 10 negative), 6 in the minute before
    for (let i = 0; i < 30; i++) d.offer(post(i < 20 ? '+ good' : '- bad', T0 - i * S), T0);
    for (let i = 0; i < 6; i++) d.offer(post('neutral', T0 - 61 * S - i * S), T0);
    d.process(fixedScores);
    const snap = d.snapshot({ window: 0, cloud: 'words' }, T0);
    const [one, five] = snap.windows;
    expect(one).toMatchObject({
      length: 1,
      lengthMs: 60_000,
      posts: 30,
      previousPosts: 6,
      labels: [10, 0, 20],
      postsPerSecond: 0.5,
    });
    expect(one!.meanCompound).toBeCloseTo((20 * 0.5 - 10 * 0.5) / 30, 12);
    expect(five).toMatchObject({ posts: 36, labels: [10, 6, 20] });
    // the stream covers 66 s of the 5-minute window
    expect(five!.postsPerSecond).toBeCloseTo(36 / 66, 9);
    // 60 one-second steps ending with the last complete second: the post at T0 is in the current second
    expect(snap.series.stepMs).toBe(1000);
    expect(snap.series.posts).toHaveLength(60);
    expect(snap.series.posts.reduce((a, b) => a + b, 0)).toBe(29);
    expect(snap.series.startMs).toBe(T0 - 60 * S);
  });

  it('lists rising hashtags, the window’s top hashtags, cloud words without stopwords, and the newest posts first', () => {
    const d = new StreamDashboard();
    // 5 earlier minutes with one #calm post each, then this minute with eight #Launch posts
    for (let m = 5; m >= 1; m--) d.offer(post('the calm before', T0 - m * 60 * S, ['calm']), T0);
    // (term windows move in quarter units: this minute's window is the current 15 s and the 45 s before)
    for (let i = 0; i < 8; i++)
      d.offer(
        post(`Rocket launch ${i} is not here`, T0 - 40 * S + i * S, ['Launch', 'launch']),
        T0,
      );
    d.process(fixedScores);
    const snap = d.snapshot({ window: 0, cloud: 'words', latest: 3 }, T0);
    expect(snap.risingBaseline).toBe(3);
    // launch: 8 posts now, none before: growth (8 + 5) / (0 + 5)
    expect(snap.rising).toEqual([
      { term: 'launch', recent: 8, previous: 0, baseline: 0, growth: 13 / 5 },
    ]);
    expect(snap.topHashtags).toEqual([{ term: 'launch', count: 8 }]);
    expect(snap.cloudWords.slice(0, 2)).toEqual([
      { term: 'launch', count: 8 },
      { term: 'rocket', count: 8 },
    ]);
    expect(snap.cloudWords.map((w) => w.term)).not.toContain('is');
    expect(snap.cloudWords.map((w) => w.term)).not.toContain('not');
    expect(snap.latest.map((p) => p.text)).toEqual([
      'Rocket launch 7 is not here',
      'Rocket launch 6 is not here',
      'Rocket launch 5 is not here',
    ]);
    expect(d.snapshot({ window: 2, cloud: 'hashtags' }, T0).cloudWords).toEqual([
      { term: 'launch', count: 8 },
      { term: 'calm', count: 5 },
    ]);
  });

  it('windows of hours for a sparse dataset', () => {
    const d = new StreamDashboard({ unit: 'hour' });
    for (let h = 0; h < 10; h++) d.offer(post('x', T0 - h * 3_600_000), T0);
    d.process((p) => ok(scoreSentimentOnly(p)));
    const snap = d.snapshot({ window: 1, cloud: 'words' }, T0);
    expect(snap.windows.map((w) => w.posts)).toEqual([1, 5, 10]);
    expect(snap.series.stepMs).toBe(5 * 60_000);
  });

  it('holds a bounded number of terms and keys however long it runs', () => {
    const d = new StreamDashboard({ reservoir: 512 });
    const held: number[] = [];
    // 40 minutes of stream time at 50 posts/s, every post with new words and a new hashtag
    for (let s = 0; s < 2400; s++) {
      for (let k = 0; k < 50; k++) {
        const i = s * 50 + k;
        d.offer(
          post(
            `word${i} other${i % 7} common`,
            T0 + s * S + k * 10,
            [`tag${i}`, 'shared'],
            `key${i}`,
          ),
          T0 + s * S,
        );
      }
      d.process(fixedScores);
      if (s % 600 === 599) held.push(d.held.terms);
    }
    expect(d.counters).toMatchObject({ posts: 120_000, scored: 120_000, dropped: 0 });
    expect(d.held.keys).toBeLessThanOrEqual(65_536);
    // the word ring spans 15 minutes and the hashtag ring an hour: each level off at ≤ 256 terms a bucket
    expect(held[held.length - 1]).toBeLessThanOrEqual(240 * 256 + 61 * 256 + 2 * 20_000);
    expect(held[3]! - held[2]!).toBeLessThan(held[1]! - held[0]! + 1);
  });

  it('shows the mix of declared languages over the window, and scores only the chosen ones', () => {
    const d = new StreamDashboard();
    const inLang = (lang: string | null, at: number): StreamPost => ({
      ...post('+ x', at),
      lang,
    });
    // first quarter-minute: 2 en, 1 de; second: 1 pt-BR, 1 with no language
    d.offer(inLang('en', T0), T0);
    d.offer(inLang('en', T0 + S), T0);
    d.offer(inLang('de', T0 + 2 * S), T0);
    d.offer(inLang('pt-BR', T0 + 16 * S), T0);
    d.offer(inLang(null, T0 + 17 * S), T0);
    d.process(fixedScores);
    const mix = d.snapshot({ window: 0, cloud: 'words' }, T0 + 59 * S).languageMix;
    expect(mix.stepMs).toBe(15 * S);
    expect(mix.startMs).toBe(T0);
    expect(mix.languages).toEqual(['en', 'de', 'pt', 'unknown']);
    expect(mix.counts).toEqual([
      [2, 0, 0, 0],
      [1, 0, 0, 0],
      [0, 1, 0, 0],
      [0, 1, 0, 0],
    ]);

    d.setLanguages(['de', 'pt']);
    d.offer(inLang('en', T0 + 50 * S), T0);
    d.offer(inLang('de', T0 + 51 * S), T0);
    expect(d.process(fixedScores)).toEqual(ok(1));
    expect(d.counters).toMatchObject({ scored: 6, filtered: 1 });
    const after = d.snapshot({ window: 0, cloud: 'words' }, T0 + 59 * S);
    expect(after.languageFilter).toEqual(['de', 'pt']);
    // left out of scoring, still in the mix
    expect(after.languageMix.counts.slice(0, 2)).toEqual([
      [2, 0, 0, 1],
      [1, 0, 0, 1],
    ]);
  });
});
