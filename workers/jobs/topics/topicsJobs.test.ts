import { afterEach, describe, expect, it } from 'vitest';
import type { DatasetMeta } from '../../api/dataset.ts';
import type { TopicFit, TopicsResult, TopicsSettings } from '../../api/topics.ts';
import { tableFromRows } from '../../core/csv/index.ts';
import type { Result } from '../../core/errors/index.ts';
import { defaultPreprocessSpec } from '../../core/preprocess/fromSchema.ts';
import { inferSchema, type ColumnSchema } from '../../core/schema/index.ts';
import { chooseSentiment } from '../shared/chosenSentiment.ts';
import { scoreStore } from '../shared/scores.ts';
import { setCurrent, type LoadedDataset } from '../shared/session.ts';
import { unpackDocuments } from './packedDocuments.ts';
import { topicsAnalysisJobs as analysis } from './analysisJobs.ts';
import { topicsComputeJobs as compute } from './computeJobs.ts';
import { topicsLiveJobs as live } from './liveJobs.ts';
import { DEFAULT_TOPICS_SETTINGS } from './topicsSettings.ts';

function load(
  header: string[],
  rows: string[][],
  roles: Record<string, ColumnSchema['role']> = {},
): LoadedDataset {
  const table = tableFromRows(header, rows);
  const schema = inferSchema(table).map((c) =>
    roles[c.name] ? { ...c, role: roles[c.name]! } : c,
  );
  const meta = {
    id: 'ds-test',
    name: 'topics-test',
    fileName: 't.csv',
    rows: table.rowCount,
    columns: header.length,
  } as DatasetMeta;
  const d = {
    meta,
    table,
    schema,
    mapping: Object.fromEntries(schema.map((c) => [c.name, c.role])),
    mappingRemembered: false,
    preprocessing: defaultPreprocessSpec(schema),
    cache: new Map(),
  };
  setCurrent(d);
  return d;
}

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const code = (r: Result<unknown>): string => (r.ok ? 'ok' : r.error.code);

/**
 * Three topics of 12 posts: each post has its topic's tag and one tag of its own (so no topic
 * splits cleanly in two), texts that VADER scores positive, neutral and negative, times over 9
 * days; and one post without tags.
 */
const MAIN = ['Vaccine', 'beach', 'rust'];
const SECOND = [
  ['pfizer', 'jab', 'moderna', 'booster'],
  ['sun', 'surf', 'sand', 'waves'],
  ['bug', 'code', 'crate', 'cargo'],
];
const TEXT = [
  'I love getting the jab, great news',
  'The bus to the beach leaves at noon',
  'This bug is awful and I hate it',
];

/** Row rep × 12 + g × 4 + i: topic g, its i-th tag, repeat rep. */
function posts(): string[][] {
  const rows: string[][] = [];
  for (let rep = 0; rep < 3; rep++) {
    for (let g = 0; g < 3; g++) {
      for (let i = 0; i < 4; i++)
        rows.push([
          `${TEXT[g]} (${rep}${i})`,
          `#${MAIN[g]} #${SECOND[g]![i]}${rep}`,
          new Date(Date.UTC(2025, 0, 1 + rep * 3 + (g === 2 ? 2 : 0), i)).toISOString(),
        ]);
    }
  }
  rows.push(['A plain post with no tags at all here', '', '2025-01-05T00:00:00Z']);
  return rows;
}

const SETTINGS: TopicsSettings = { ...DEFAULT_TOPICS_SETTINGS, kMin: 2, kMax: 5, nInit: 4 };

async function run(
  settings: TopicsSettings,
  k?: number,
): Promise<{ fit: TopicFit; result: TopicsResult }> {
  const docs = value(await analysis.topicsDocuments({ terms: settings.terms }));
  const fit = value(
    await compute.fitTopics({ documents: docs.documents, settings, ...(k !== undefined && { k }) }),
  );
  const result = value(await analysis.topicsKeep({ fit, settings, refit: k !== undefined }));
  return { fit, result };
}

afterEach(() => setCurrent(null));

describe('topics jobs', () => {
  it('reads the hashtags column and says so', async () => {
    load(['text', 'hashtags', 'created_at'], posts());
    const s = value(await analysis.topicsStatus({}));
    expect(s).toMatchObject({
      rows: 37,
      textColumn: 'text',
      timestampColumn: 'created_at',
      last: null,
    });
    expect(s.hashtags).toEqual({
      source: { kind: 'hashtag-column', column: 'hashtags' },
      postsWithTerms: 36,
      distinctTerms: 39,
    });
    expect(s.defaults).toEqual(DEFAULT_TOPICS_SETTINGS);
    const docs = value(await analysis.topicsDocuments({ terms: 'hashtags' }));
    expect(unpackDocuments(docs.documents).slice(0, 2)).toEqual([
      ['vaccine', 'pfizer0'],
      ['vaccine', 'jab0'],
    ]);
  });

  it('finds the three topics, keeps every post’s cluster and draws the map with each post’s hashtags', async () => {
    load(['text', 'hashtags', 'created_at'], posts());
    const { fit, result } = await run(SETTINGS);
    expect(result.sweep.map((e) => e.k)).toEqual([2, 3, 4, 5]);
    expect(result.recommendedK).toBe(3);
    expect(result.k).toBe(3);
    expect(fit.labels[36]).toBe(-1);
    // every group in one cluster of its own
    const byGroup = [0, 1, 2].map(
      (g) =>
        new Set(
          Array.from({ length: 3 }, (_, rep) =>
            [0, 1, 2, 3].map((i) => fit.labels[rep * 12 + g * 4 + i]),
          ).flat(),
        ),
    );
    byGroup.forEach((s) => expect(s.size).toBe(1));
    expect(new Set(byGroup.map((s) => [...s][0])).size).toBe(3);
    const vaccine = result.clusters.find((c) => c.topByPosts[0]!.term === 'vaccine')!;
    expect(vaccine.size).toBe(12);
    // then its own tags, one post each, in code-point order
    expect(vaccine.topByPosts.slice(0, 3)).toEqual([
      { term: 'vaccine', count: 12 },
      { term: 'booster0', count: 1 },
      { term: 'booster1', count: 1 },
    ]);
    expect(vaccine.topTerms[0]!.term).toBe('vaccine');
    expect(result.map!.points).toHaveLength(36);
    expect(result.map!.points.find((p) => p.row === 0)!.terms).toBe('#vaccine #pfizer0');
    expect(result.silhouettePlot!.scored).toBe(36);
    // the clusters are separate: every silhouette is positive
    expect(Math.min(...result.silhouettePlot!.bars.map((b) => b.value))).toBeGreaterThan(0);
    expect(result.timeline!.unit).toBe('day');
    expect(result.timeline!.counts.flat().reduce((a, b) => a + b, 0)).toBe(36);
    expect(result.model).toEqual({
      dataset: 'topics-test',
      terms: 'hashtags',
      k: 3,
      documents: 36,
      vocabulary: 39,
    });
    expect(value(await analysis.topicsStatus({})).last).toEqual(result);
  });

  it('refits one k for the k picker and keeps the sweep of the run before', async () => {
    load(['text', 'hashtags', 'created_at'], posts());
    const first = await run(SETTINGS);
    const { result } = await run(SETTINGS, 2);
    expect(result.k).toBe(2);
    expect(result.clusters).toHaveLength(2);
    expect(result.sweep).toEqual(first.result.sweep);
    expect(result.recommendedK).toBe(3);
    const sweepAt2 = first.result.sweep.find((e) => e.k === 2)!;
    expect(Math.max(...result.clusters.map((c) => c.size))).toBe(sweepAt2.maxClusterSize);
  });

  it('lays out word clouds of all posts, of a cluster and of a sentiment label, and lists the posts of a word', async () => {
    load(['text', 'hashtags', 'created_at'], posts());
    const all = value(await analysis.topicsWordCloud({ words: 'hashtags', scope: 'all' }));
    expect(all).toMatchObject({
      posts: 37,
      postsWithWords: 36,
      distinctWords: 39,
      measured: 'estimate',
    });
    // three tags on 12 posts each: ties in code-point order
    expect(all.layout.words.slice(0, 3).map((w) => [w.text, w.count])).toEqual([
      ['#beach', 12],
      ['#rust', 12],
      ['#vaccine', 12],
    ]);
    expect(code(await analysis.topicsWordCloud({ words: 'hashtags', scope: 'cluster:0' }))).toBe(
      'INVALID_OPTIONS',
    );
    const { fit } = await run(SETTINGS);
    const c = fit.labels[0]!;
    const cluster = value(
      await analysis.topicsWordCloud({ words: 'hashtags', scope: `cluster:${c}` }),
    );
    expect(cluster.posts).toBe(12);
    expect(cluster.layout.words[0]).toMatchObject({ text: '#vaccine', count: 12 });
    expect(cluster.layout.words).toHaveLength(13);
    // VADER: the "love ... great" posts are positive, the "awful ... hate" posts negative, and so is "no tags at all"
    const negative = value(
      await analysis.topicsWordCloud({ words: 'hashtags', scope: 'negative' }),
    );
    expect(negative).toMatchObject({ posts: 13, postsWithWords: 12 });
    expect(negative.layout.words[0]).toMatchObject({ text: '#rust', count: 12 });
    const terms = value(await analysis.topicsWordCloud({ words: 'terms', scope: 'positive' }));
    expect(terms.layout.words.map((w) => w.text)).toContain('jab');

    const page = value(
      await analysis.topicsWordPosts({
        words: 'hashtags',
        word: '#vaccine',
        scope: 'all',
        offset: 10,
        limit: 4,
      }),
    );
    expect(page.total).toBe(12);
    expect(page.posts.map((p) => p.row)).toEqual([26, 27]);
    expect(page.posts[0]).toMatchObject({
      terms: ['#vaccine', '#moderna2'],
      label: 'positive',
      cluster: c,
    });
    expect(page.posts[0]!.text).toBe('I love getting the jab, great news (22)');
    expect(
      value(
        await analysis.topicsWordPosts({
          words: 'hashtags',
          word: 'vaccine',
          scope: 'negative',
          offset: 0,
          limit: 4,
        }),
      ).total,
    ).toBe(0);
  });

  it('takes sentiment scores the Sentiment view already computed', async () => {
    const d = load(
      ['text', 'hashtags'],
      [
        ['Great day for it today', '#a'],
        ['Another post goes here', '#a'],
      ],
    );
    // The Sentiment view has scored row 0 only (an invented score, to tell it from VADER's).
    scoreStore(
      d,
      d.schema.find((c) => c.name === 'text')!,
    ).add(0, Float32Array.from([0.5, 0.5, 0, -0.75]));
    const page = value(
      await analysis.topicsWordPosts({
        words: 'hashtags',
        word: 'a',
        scope: 'all',
        offset: 0,
        limit: 10,
      }),
    );
    // row 0 from the store (not VADER's positive score), row 1 scored here (neutral text)
    expect(page.posts.map((p) => [p.label, p.compound])).toEqual([
      ['negative', -0.75],
      ['neutral', 0],
    ]);
  });

  it('gives trends of the hashtags: frequency per day, rising and new ones, sentiment per hashtag', async () => {
    load(['text', 'hashtags', 'created_at'], posts());
    const t = value(await analysis.topicsTrends({ words: 'hashtags', windowMs: 3 * 86_400_000 }));
    expect(t.timestampColumn).toBe('created_at');
    expect(t.overTime!.unit).toBe('day');
    expect(t.overTime!.series[0]).toMatchObject({ term: 'beach', total: 12 });
    expect(t.rising!.window.previousWindows).toBe(2);
    const sentiment = Object.fromEntries(t.sentiment!.map((s) => [s.term, s]));
    expect(sentiment.rust).toMatchObject({ posts: 12, negative: 12 });
    expect(sentiment.vaccine).toMatchObject({ posts: 12, positive: 12 });
    expect(sentiment.beach).toMatchObject({ posts: 12, neutral: 12 });
    expect(code(await analysis.topicsTrends({ words: 'hashtags', windowMs: -5 }))).toBe(
      'INVALID_OPTIONS',
    );
    const long = value(
      await analysis.topicsTrends({ words: 'hashtags', windowMs: 100 * 86_400_000 }),
    );
    expect(long.rising).toBeNull();
    expect(long.risingUnavailable).toMatch(/whole time span/);
  });

  it('passes the model to the live worker, which finds the nearest topic of typed hashtags', async () => {
    load(['text', 'hashtags', 'created_at'], posts());
    value(await live.setTopicModel({ model: null }));
    expect(code(await live.topicForHashtags({ text: '#vaccine' }))).toBe('MODEL_NOT_FOUND');
    expect(value(await live.topicModelInfo({}))).toBeNull();
    const { fit, result } = await run(SETTINGS);
    expect(value(await live.setTopicModel({ model: fit.model, info: result.model }))).toEqual({
      active: true,
    });
    const t = value(await live.topicForHashtags({ text: '#Vaccine #pfizer0 #unknowntag' }));
    expect(t.known).toEqual(['vaccine', 'pfizer0']);
    expect(t.unknown).toEqual(['unknowntag']);
    expect(t.match).toMatchObject({ cluster: fit.labels[0], size: 12 });
    expect(t.match!.topTerms[0]).toBe('vaccine');
    // idf: vaccine ln(37/13) + 1, pfizer0 ln(37/2) + 1 → row (0.4629, 0.8864); the centre has
    // 0.4629 for vaccine and 0.8864 / 12 for each own tag, so cos = ‖centre‖ = 0.5289
    expect(t.match!.similarity).toBeCloseTo(0.5289, 3);
    // bare words work too
    expect(value(await live.topicForHashtags({ text: 'surf beach' })).match!.cluster).toBe(
      fit.labels[4],
    );
    expect(value(await live.topicForHashtags({ text: '#nothingknown' })).match).toBeNull();
    expect(code(await live.setTopicModel({ model: '{"kind":"other"}' }))).toBe('BUNDLE_INVALID');
    expect(code(await live.setTopicModel({ model: 'not json' }))).toBe('BUNDLE_INVALID');
  });

  it('breaks topics down by sentiment (the chosen source) and by a category, merged and hidden as the user edited them, in clouds and the live box too', async () => {
    const d = load(
      ['text', 'hashtags', 'created_at', 'platform'],
      posts().map((r, i) => [...r, i % 3 === 0 ? 'web' : 'app']),
      { platform: 'category' },
    );
    expect(value(await analysis.topicsStatus({})).categoryColumns).toEqual(['platform']);
    expect(code(await analysis.topicsBreakdown({ by: 'sentiment' }))).toBe('INVALID_OPTIONS');
    const { fit, result } = await run(SETTINGS);
    const id = (tag: string) => result.clusters.find((c) => c.topByPosts[0]!.term === tag)!.id;
    const [vaccine, beach, rust] = [id('vaccine'), id('beach'), id('rust')];
    // the texts: vaccine posts positive, beach neutral, rust negative (VADER)
    const vader = value(await analysis.topicsBreakdown({ by: 'sentiment' }));
    expect(vader).toMatchObject({ by: 'sentiment', column: 'text', source: 'vader', missing: 0 });
    expect(vader.classes).toEqual(['negative', 'neutral', 'positive']);
    const counts = (b: typeof vader) => Object.fromEntries(b.rows.map((r) => [r.topic, r.counts]));
    expect(counts(vader)).toEqual({
      [vaccine]: [0, 0, 12],
      [beach]: [0, 12, 0],
      [rust]: [12, 0, 0],
    });
    // rust merged into vaccine and renamed, beach hidden
    const edited = value(
      await analysis.topicsEdit({
        edits: {
          names: { [vaccine]: 'Jabs and bugs' },
          mergedInto: { [rust]: vaccine },
          hidden: [beach],
        },
      }),
    );
    expect(edited.model.groups![rust]).toEqual({
      topic: vaccine,
      name: 'Jabs and bugs',
      hidden: false,
    });
    expect(edited.model.groups![beach]!.hidden).toBe(true);
    expect(counts(value(await analysis.topicsBreakdown({ by: 'sentiment' })))).toEqual({
      [vaccine]: [12, 0, 12],
    });
    // rows 0, 3, 6, … are on the web: 0, 3, 12, 15, 24, 27 (vaccine) and 9, 21, 33 (rust)
    const platform = value(await analysis.topicsBreakdown({ by: 'category', column: 'platform' }));
    expect(platform.classes).toEqual(['app', 'web']);
    expect(counts(platform)).toEqual({ [vaccine]: [15, 9] });
    expect(code(await analysis.topicsBreakdown({ by: 'category', column: 'nope' }))).toBe(
      'COLUMN_NOT_FOUND',
    );
    // the classifier chosen in the Sentiment view: its classes, not VADER's
    chooseSentiment(d, {
      source: 'classifier',
      classes: new Uint8Array(37).fill(1),
      textColumn: 'text',
    });
    const trained = value(await analysis.topicsBreakdown({ by: 'sentiment' }));
    expect(trained.source).toBe('classifier');
    expect(counts(trained)).toEqual({ [vaccine]: [0, 24, 0] });
    // a word cloud of the merged topic covers both clusters' posts
    const cloud = value(
      await analysis.topicsWordCloud({ words: 'hashtags', scope: `cluster:${vaccine}` }),
    );
    expect(cloud.posts).toBe(24);
    // the live box names a match by the topic it counts in
    value(await live.setTopicModel({ model: fit.model, info: result.model }));
    value(await live.setTopicGroups({ groups: edited.model.groups! }));
    const t = value(await live.topicForHashtags({ text: '#rust #bug0' }));
    expect(t.match!.cluster).toBe(rust);
    expect(t.info.groups![rust]).toEqual({ topic: vaccine, name: 'Jabs and bugs', hidden: false });
    value(await live.setTopicGroups({ groups: null }));
    expect(value(await live.topicModelInfo({}))!.groups).toBeUndefined();
  });
});

describe('topics jobs on awkward data', () => {
  it('without any hashtag: says so, defaults to text terms, and text terms work', async () => {
    const rows = Array.from({ length: 24 }, (_, i) => [
      [
        `Vaccine clinic opens, booster shots for everyone ${i}`,
        `Beach weather, surf and sunshine all day ${i}`,
        `Rust compiler bug fixed in the new release ${i}`,
      ][i % 3]!,
    ]);
    load(['text'], rows);
    const s = value(await analysis.topicsStatus({}));
    expect(s.hashtags).toEqual({
      source: { kind: 'text-hashtags', column: 'text' },
      postsWithTerms: 0,
      distinctTerms: 0,
    });
    expect(s.defaults.terms).toBe('terms');
    const none = await analysis.topicsDocuments({ terms: 'hashtags' });
    expect(code(none)).toBe('NO_HASHTAGS');
    expect(none.ok ? '' : none.error.hint).toMatch(/text terms/);
    const { result } = await run({ ...SETTINGS, terms: 'terms' });
    expect(result.source).toEqual({ kind: 'text-terms', column: 'text' });
    expect(result.recommendedK).toBe(3);
    expect(result.map!.points[0]!.terms).toBe('vaccine clinic opens booster shots');
    expect(result.clusters.map((c) => c.size).sort()).toEqual([8, 8, 8]);
    // the live box reads typed text as the posts were read, without its language's stop words
    const docs = value(await analysis.topicsDocuments({ terms: 'terms' }));
    const fit = value(
      await compute.fitTopics({
        documents: docs.documents,
        settings: { ...SETTINGS, terms: 'terms' },
        phrases: docs.phrases ?? [],
      }),
    );
    value(await live.setTopicModel({ model: fit.model, info: result.model }));
    const german = value(
      await live.topicForHashtags({
        text: 'Der Strand und die Sonne sind wunderbar, das Wetter ist perfekt zum Surfen',
      }),
    );
    const typed = [...german.known, ...german.unknown];
    expect(typed).toEqual(expect.arrayContaining(['strand', 'sonne', 'wetter']));
    for (const stop of ['der', 'und', 'die', 'sind', 'das', 'ist', 'zum'])
      expect(typed).not.toContain(stop);
  });

  it('a single distinct hashtag: a clear failure from the sweep, while clouds and trends still work', async () => {
    load(
      ['text', 'hashtags'],
      Array.from({ length: 5 }, (_, i) => [`Some post about vaccines ${i}`, '#Vaccine']),
      { hashtags: 'hashtags' },
    );
    const docs = value(await analysis.topicsDocuments({ terms: 'hashtags' }));
    const fit = await compute.fitTopics({ documents: docs.documents, settings: SETTINGS });
    expect(code(fit)).toBe('TOO_FEW_DOCUMENTS');
    expect(fit.ok ? '' : fit.error.message).toMatch(/same hashtags/);
    expect(
      value(await analysis.topicsWordCloud({ words: 'hashtags', scope: 'all' })).layout.words,
    ).toHaveLength(1);
  });

  it('k larger than the distinct documents is capped, with a note', async () => {
    load(
      ['text', 'hashtags'],
      Array.from({ length: 9 }, (_, i) => [
        `Post number ${i} with words`,
        ['#a', '#b', '#c'][i % 3]!,
      ]),
      { hashtags: 'hashtags' },
    );
    const { result } = await run({ ...SETTINGS, kMin: 2, kMax: 8 });
    expect(result.sweep.map((e) => e.k)).toEqual([2, 3]);
    expect(result.notes.join(' ')).toMatch(/k capped at 3/);
  });

  it('hashtags in many scripts and with emoji are clustered and shown as written (case-folded)', async () => {
    const tags = ['#東京2020 #オリンピック', '#Привет #мир', '#مرحبا #عالم', '#🙂 #Straße💉'];
    load(
      ['text', 'hashtags'],
      Array.from({ length: 16 }, (_, i) => [`A post in some language ${i}`, tags[i % 4]!]),
      { hashtags: 'hashtags' },
    );
    const { result } = await run({ ...SETTINGS, kMax: 3 });
    expect(result.documents).toBe(16);
    expect(result.clusters.flatMap((c) => c.topByPosts.map((t) => t.term)).sort()).toEqual(
      ['straße', 'мир', 'привет', 'عالم', 'مرحبا', 'オリンピック', '東京2020'].sort(),
    );
    const cloud = value(await analysis.topicsWordCloud({ words: 'hashtags', scope: 'all' }));
    expect(cloud.layout.words.map((w) => w.text)).toContain('#東京2020');
  });

  it('refuses settings out of range with the field named', async () => {
    load(
      ['text', 'hashtags'],
      posts().map((r) => r.slice(0, 2)),
    );
    const docs = value(await analysis.topicsDocuments({ terms: 'hashtags' }));
    const bad = await compute.fitTopics({
      documents: docs.documents,
      settings: { ...SETTINGS, kMin: 5, kMax: 3 },
    });
    expect(bad.ok ? '' : bad.error.message).toMatch(/k range/);
    const badDf = await compute.fitTopics({
      documents: docs.documents,
      settings: { ...SETTINGS, maxDf: 0 },
    });
    expect(badDf.ok ? '' : badDf.error.message).toMatch(/Max document share/);
  });
});

describe('topics jobs at scale', () => {
  it('200,000 distinct hashtags on 100,000 posts: the vocabulary is capped and the sweep completes', async () => {
    const topics = ['vaccine', 'beach', 'rust', 'music'];
    const rows = Array.from({ length: 100_000 }, (_, i) => [
      `post ${i}`,
      `#${topics[i % 4]} #u${i}a #u${i}b`,
    ]);
    load(['text', 'hashtags'], rows, { hashtags: 'hashtags', text: 'text' });
    const docs = value(await analysis.topicsDocuments({ terms: 'hashtags' }));
    const fit = value(
      await compute.fitTopics({
        documents: docs.documents,
        settings: { ...SETTINGS, kMin: 2, kMax: 5, nInit: 1 },
      }),
    );
    expect(fit.pruning).toMatchObject({
      termsSeen: 200_004,
      termsKept: 5000,
      droppedByMaxFeatures: 195_004,
    });
    expect(fit.notes.join(' ')).toMatch(/200004 to 5000/);
    expect(fit.recommendedK).toBe(4);
    expect(fit.silhouettePlot!.sampled).toBe(true);
    expect(fit.map!.posts).toHaveLength(1000);
    const result = value(
      await analysis.topicsKeep({
        fit,
        settings: { ...SETTINGS, kMin: 2, kMax: 5, nInit: 1 },
        refit: false,
      }),
    );
    expect(result.clusters.map((c) => c.topByPosts[0]!.count).sort()).toEqual([
      25_000, 25_000, 25_000, 25_000,
    ]);
  });
});
