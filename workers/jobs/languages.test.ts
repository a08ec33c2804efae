import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../api/common.ts';
import { tableFromRows } from '../core/csv/index.ts';
import { inferSchema } from '../core/schema/index.ts';
import { deleteDbForTests } from '../storage/db.ts';
import { markDefaultOffered } from '../storage/models.ts';
import { analysisApi as analysis } from './analysisApi.ts';
import { computeApi as compute } from './computeApi.ts';
import { activeDataset } from './shared/session.testutil.ts';

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

// Written for this test: two English, two German, one Spanish, one Russian and one Japanese post.
const POSTS: [text: string, day: string, platform: string][] = [
  ['I love this new phone, the camera is amazing', '01', 'X'],
  ['The train was late again, this is terrible service', '01', 'Bluesky'],
  ['Das Konzert gestern war wunderbar, ich bin so glücklich', '01', 'X'],
  ['Der Zug hatte wieder Verspätung, das ist wirklich schrecklich', '02', 'Bluesky'],
  ['El servicio fue horrible, nunca más vuelvo a esta tienda', '02', 'X'],
  ['Отличный день, наконец-то солнце и тепло!', '02', 'Bluesky'],
  ['今日は最高の一日でした！ありがとう', '02', 'X'],
];

function load(): void {
  const table = tableFromRows(
    ['text', 'created_at', 'platform'],
    POSTS.map(([text, day, platform]) => [text, `2025-03-${day}T10:00:00Z`, platform]),
  );
  activeDataset(table, inferSchema(table), 'multilingual.csv');
}

async function scoreAll(): Promise<void> {
  const plan = value(await analysis.sentimentPlan({ workers: 1 }));
  for (const [from, to] of plan.pending) {
    const texts = value(
      await analysis.sentimentChunkTexts({ textColumn: plan.textColumn, from, to }),
    );
    const scores = value(await compute.scoreSentimentChunk(texts));
    value(await analysis.sentimentAddScores({ textColumn: plan.textColumn, from, scores }));
  }
}

beforeEach(async () => {
  await deleteDbForTests();
  await markDefaultOffered();
});

describe('posts read in their own language', () => {
  it('count posts we cannot read apart in every chart once languages are read, never as neutral', async () => {
    load();
    await scoreAll();
    const vader = value(
      await analysis.sentimentSummary({ categoryColumn: 'platform', timeUnit: 'day' }),
    );
    expect(vader.byLanguage).toBe(false);
    expect(vader.unscored).toBe(0);
    // English VADER calls the Russian and Japanese posts neutral (and German's too, roughly).
    expect(vader.counts.neutral).toBeGreaterThanOrEqual(2);

    value(await analysis.sentimentLanguages({}));
    const s = value(
      await analysis.sentimentSummary({ categoryColumn: 'platform', timeUnit: 'day' }),
    );
    expect(s.byLanguage).toBe(true);
    expect(s.unscored).toBe(2);
    expect(s.counts).toEqual({ positive: 2, neutral: 0, negative: 3 });
    expect(s.counted).toBe(7);
    // the histogram holds only the posts we read
    expect(s.histogram.counts.reduce((a, b) => a + b, 0)).toBe(5);
    // day 1: en+, en-, de+; day 2: de-, es-, ru?, ja?
    expect(s.overTime!.buckets.map((b) => [b.positive, b.neutral, b.negative, b.unscored])).toEqual(
      [
        [2, 0, 1, 0],
        [0, 0, 2, 2],
      ],
    );
    const bluesky = s.byCategory!.groups.find((g) => g.value === 'Bluesky')!;
    expect([bluesky.total, bluesky.unscored, bluesky.neutral]).toEqual([3, 1, 0]);
    // word clouds by sentiment, every language mixed: the Russian and Japanese posts are in no label's cloud
    const cloud = async (scope: 'positive' | 'neutral' | 'negative' | 'all') =>
      value(
        await analysis.topicsWordCloud({ words: 'terms', scope, maxWords: 20, language: 'mixed' }),
      ).posts;
    expect([await cloud('positive'), await cloud('neutral'), await cloud('negative')]).toEqual([
      2, 0, 3,
    ]);
    expect(await cloud('all')).toBe(7);
    // unasked, a cloud shows one language: the most common (German and English tie: code order)
    const one = value(await analysis.topicsWordCloud({ words: 'terms', scope: 'all' }));
    expect([one.posts, one.languages?.shown]).toEqual([2, 'de']);
    const page = value(await analysis.sentimentRows({ filter: 'unscored', offset: 0, limit: 10 }));
    expect(page.rows.map((p) => [p.row, p.label, p.language])).toEqual([
      [5, 'unscored', 'ru'],
      [6, 'unscored', 'ja'],
    ]);
    expect(page.rows.every((p) => p.neg + p.neu + p.pos + p.compound === 0)).toBe(true);
    // a German post: its language, and the German word list's scores, not VADER's
    const all = value(await analysis.sentimentRows({ filter: 'all', offset: 0, limit: 10 }));
    const german = all.rows.find((p) => p.row === 3)!;
    expect(german.language).toBe('de');
    expect(german.label).toBe('negative');
    expect(german.neg).toBeGreaterThan(0);
    expect(german.compound).toBeLessThan(-0.05);
  });

  it('one language filter, set once, narrows the sentiment charts and the rows', async () => {
    load();
    await scoreAll();
    expect(value(await analysis.languageFacet({}))).toBeNull();
    const early = await analysis.setLanguageFilter({ languages: ['de'] });
    expect(early.ok ? 'ok' : early.error.code).toBe('NO_LANGUAGES');

    value(await analysis.sentimentLanguages({}));
    const facet = value(await analysis.languageFacet({}));
    expect(facet!.languages.map((l) => [l.language, l.posts])).toEqual([
      ['de', 2],
      ['en', 2],
      ['es', 1],
      ['ja', 1],
      ['ru', 1],
    ]);
    expect(facet!.chosen).toEqual([]);

    expect(value(await analysis.setLanguageFilter({ languages: ['es', 'de'] })).chosen).toEqual([
      'de',
      'es',
    ]);
    const s = value(await analysis.sentimentSummary({}));
    expect(s.languages).toEqual(['de', 'es']);
    expect([s.counted, s.unscored]).toEqual([3, 0]);
    expect(s.counts).toEqual({ positive: 1, neutral: 0, negative: 2 });
    const rows = value(await analysis.getRows({ offset: 0, limit: 10 }));
    expect([rows.total, rows.rowNumbers, rows.rowLanguages]).toEqual([
      3,
      [2, 3, 4],
      ['de', 'de', 'es'],
    ]);
    expect(rows.rows[0]![0]).toContain('Konzert');
    const posts = value(await analysis.sentimentRows({ filter: 'all', offset: 0, limit: 10 }));
    expect(posts.rows.map((p) => p.row)).toEqual([2, 3, 4]);
    const clouds = value(
      await analysis.topicsWordCloud({ words: 'terms', scope: 'all', maxWords: 20 }),
    );
    expect(clouds.posts).toBe(3);

    // an empty choice counts every language again
    value(await analysis.setLanguageFilter({ languages: [] }));
    expect(value(await analysis.sentimentSummary({})).counted).toBe(7);
    expect(value(await analysis.getRows({ offset: 0, limit: 10 })).total).toBe(7);
  });
});
