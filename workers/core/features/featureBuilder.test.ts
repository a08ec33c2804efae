import { describe, expect, it } from 'vitest';
import { tableFromRows } from '../csv/tableFromRows.ts';
import { inferSchema } from '../schema/inferSchema.ts';
import { draftInput } from './draft.ts';
import { buildFeatures, fitFeatures, inputFromTable } from './featureBuilder.ts';
import { featureSpecFromSchema } from './fromSchema.ts';
import { generatePosts } from './posts.testutil.ts';
import type { FeatureParams } from './types.ts';

const header = ['created_at', 'platform', 'followers', 'text', 'hashtags', 'likes'];
const rows = [
  ['2024-03-04 20:15:00', 'X', '99', 'Great day! @ann http://x.y 👍', '#a #b', '5'],
  ['2024-03-10 08:00:00', 'TikTok', '', 'what?', '', '1'],
  ['2024-12-31 23:59:00', 'X', '0', 'ok', '#c', '0'],
  ['', 'Instagram', '9', '', '', '2'],
];
const table = tableFromRows(header, rows);
const schema = inferSchema(table);

function fitted(): FeatureParams {
  const chosen = featureSpecFromSchema(
    schema,
    null,
    { numeric: ['followers'], categorical: ['platform'] },
    ['likes'],
  );
  if (!chosen.ok) throw new Error(chosen.error.message);
  const p = fitFeatures(inputFromTable(table), chosen.value.spec);
  if (!p.ok) throw new Error(p.error.message);
  return p.value;
}

describe('the feature builder', () => {
  it('builds the text, time, numeric and one-hot columns by hand-checked values', () => {
    const params = fitted();
    expect(params.names).toEqual([
      'vader_compound',
      'vader_pos',
      'vader_neg',
      'char_len',
      'word_count',
      'hashtag_count',
      'mention_count',
      'url_count',
      'exclamation_count',
      'question_count',
      'emoji_count',
      'hour',
      'day_of_week',
      'month',
      'year',
      'log1p_followers',
      'platform=X',
      'platform=Instagram',
      'platform=TikTok',
      'platform=__other__', // X is most frequent; ties in code-point order
    ]);
    const m = buildFeatures(params, inputFromTable(table));
    if (!m.ok) throw new Error(m.error.message);
    const row = (r: number) =>
      Object.fromEntries(params.names.map((n, c) => [n, m.value.data[c * 4 + r]]));
    expect(row(0)).toMatchObject({
      char_len: 28,
      word_count: 5,
      hashtag_count: 2,
      mention_count: 1,
      url_count: 1,
      exclamation_count: 1,
      question_count: 0,
      emoji_count: 1,
      hour: 20,
      day_of_week: 0,
      month: 3,
      year: 2024,
      'platform=X': 1,
      'platform=__other__': 0,
    });
    expect(row(0)['log1p_followers']).toBeCloseTo(Math.log(100), 12);
    expect(row(0)['vader_compound']).toBeGreaterThan(0.5);
    expect(row(1)).toMatchObject({ question_count: 1, day_of_week: 6, 'platform=TikTok': 1 });
    // a missing follower count is the training median (9) before log1p
    expect(row(1)['log1p_followers']).toBeCloseTo(Math.log(10), 12);
    // a missing time takes each part's training median; empty text scores 0
    expect(row(3)).toMatchObject({
      hour: 20,
      day_of_week: 1,
      month: 3,
      year: 2024,
      char_len: 0,
      vader_compound: 0,
    });
  });

  it('rebuilds a typed draft exactly as the same post in a file', () => {
    const params = fitted();
    const fromTable = buildFeatures(params, inputFromTable(table));
    const draft = buildFeatures(
      params,
      draftInput(params, {
        text: rows[0]![3],
        hashtags: 'a, #b',
        time: '2024-03-04T20:15',
        numbers: { followers: 99 },
        categories: { platform: 'X' },
      }),
    );
    if (!fromTable.ok || !draft.ok) throw new Error('build failed');
    expect(Array.from(draft.value.data)).toEqual(
      params.names.map((_, c) => fromTable.value.data[c * 4]),
    );
  });

  it('sends an unseen category to __other__ and survives a JSON round trip', () => {
    const params = JSON.parse(JSON.stringify(fitted())) as FeatureParams;
    const m = buildFeatures(
      params,
      draftInput(params, { text: 'hi', categories: { platform: 'Mastodon' } }),
    );
    if (!m.ok) throw new Error(m.error.message);
    const at = (name: string) => m.value.data[params.names.indexOf(name)];
    expect([
      at('platform=X'),
      at('platform=Instagram'),
      at('platform=TikTok'),
      at('platform=__other__'),
    ]).toEqual([0, 0, 0, 1]);
  });

  it('keeps a column of 10,000 categories to its top 10 + __other__ and says so', () => {
    const t = tableFromRows(
      ['city', 'likes'],
      Array.from({ length: 10_000 }, (_, i) => [`city ${i}`, String(i % 7)]),
    );
    const s = inferSchema(t);
    const chosen = featureSpecFromSchema(
      s,
      null,
      { text: null, hashtags: null, timestamp: null, categorical: ['city'] },
      ['likes'],
    );
    if (!chosen.ok) throw new Error(chosen.error.message);
    expect(chosen.value.notes[0]).toContain('the 10 most frequent get a column each');
    const p = fitFeatures(inputFromTable(t), chosen.value.spec);
    expect(p.ok && p.value.names.length).toBe(11);
  });

  it('refuses a one-hot wider than 100 columns', () => {
    const t = tableFromRows(['city'], [['a'], ['b']]);
    const s = inferSchema(t);
    const r = fitFeatures(inputFromTable(t), {
      text: null,
      hashtags: null,
      timestamp: null,
      numeric: [],
      categorical: [
        {
          column: { name: 'city', type: 'category', format: {} },
          spec: { name: 'city', kind: 'categorical', topN: 500 },
        },
      ],
    });
    expect(r.ok ? null : r.error.code).toBe('INVALID_OPTIONS');
    expect(s.length).toBe(1);
  });

  it('names the column when a numeric feature holds an infinite value', () => {
    const t = tableFromRows(
      ['followers', 'likes'],
      [
        ['10', '1'],
        ['1e999', '2'],
        ['3', '0'],
      ],
    );
    const chosen = featureSpecFromSchema(
      inferSchema(t),
      null,
      { text: null, hashtags: null, timestamp: null, numeric: ['followers'], categorical: [] },
      ['likes'],
    );
    if (!chosen.ok) throw new Error(chosen.error.message);
    const r = fitFeatures(inputFromTable(t), chosen.value.spec);
    expect(r.ok ? null : r.error.code).toBe('NON_FINITE_VALUES');
    if (!r.ok) expect(r.error.message).toContain('"followers"');
  });

  it('fails with NO_FEATURES when nothing is known before posting', () => {
    const t = tableFromRows(
      ['id', 'likes'],
      [
        ['1', '3'],
        ['2', '4'],
      ],
    );
    const chosen = featureSpecFromSchema(inferSchema(t), null, {}, ['likes']);
    if (!chosen.ok) throw new Error(chosen.error.message);
    const r = fitFeatures(inputFromTable(t), chosen.value.spec);
    expect(r.ok ? null : r.error.code).toBe('NO_FEATURES');
  });

  it('refuses a leaky feature chosen by the user', () => {
    const { schema: s } = generatePosts(50);
    const r = featureSpecFromSchema(s, null, { numeric: ['author_followers', 'shares'] }, [
      'likes',
    ]);
    expect(r.ok ? null : r.error.code).toBe('LEAKY_FEATURE');
  });
});
