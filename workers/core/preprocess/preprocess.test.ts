import { describe, expect, it } from 'vitest';
import { applyPreprocess, featureNames, fitPreprocess } from './preprocess.ts';
import type { PreprocessOutput, PreprocessParams, PreprocessSpec } from './types.ts';

const train = {
  followers: Float64Array.from([100, NaN, 300, 500, 0]),
  likes: Float64Array.from([0, 9, 99, NaN, 3]),
  platform: ['X', 'TikTok', 'X', '', 'Bluesky'],
  text: ['I LOVE this &amp; that!', "Isn't great @bob", '', 'Never again 😡', 'meh https://t.co/x'],
  hashtags: [['#AI', '#Tech'], [], ['#ai'], ['#Climate'], []],
};

const spec: PreprocessSpec = {
  columns: [
    { name: 'followers', kind: 'numeric', missing: 'median', log1p: true, scale: 'zscore' },
    { name: 'likes', kind: 'numeric', missing: 'drop', scale: 'minmax' },
    { name: 'platform', kind: 'categorical', topN: 2 },
    { name: 'text', kind: 'text' },
    { name: 'hashtags', kind: 'hashtags' },
  ],
};

function fitted(): PreprocessParams {
  const r = fitPreprocess(train, spec);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function applied(
  params: PreprocessParams,
  input: Parameters<typeof applyPreprocess>[1],
): PreprocessOutput {
  const r = applyPreprocess(params, input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const column = (out: PreprocessOutput, name: string): number[] => {
  const c = out.matrix.names.indexOf(name);
  return Array.from(out.matrix.data.subarray(c * out.matrix.rows, (c + 1) * out.matrix.rows));
};

describe('fitPreprocess', () => {
  it('fits on the rows left after dropping, and stores plain values', () => {
    const p = fitted();
    // row 3 (likes missing) is dropped; followers left: 100, NaN, 300, 0 → median of 0, 100, 300 = 100
    expect(p.fittedRows).toBe(5);
    expect(p.droppedRows).toBe(1);
    const followers = p.columns[0]!;
    expect(followers).toMatchObject({ kind: 'numeric', fill: 100, log1p: true });
    // log1p of [100, 100 (filled), 300, 0]
    const logs = [Math.log(101), Math.log(101), Math.log(301), 0];
    const m = logs.reduce((a, b) => a + b) / 4;
    const std = Math.sqrt(logs.reduce((a, b) => a + (b - m) ** 2, 0) / 4);
    expect(followers.kind === 'numeric' && followers.scaler).toEqual({
      method: 'zscore',
      mean: expect.closeTo(m, 14),
      std: expect.closeTo(std, 14),
    });
    expect(p.columns[1]).toMatchObject({
      fill: null,
      scaler: { method: 'minmax', min: 0, max: 99 },
    });
    // platform on kept rows: X, TikTok, X, Bluesky → X 2, then the tie Bluesky < TikTok
    expect(p.columns[2]).toMatchObject({
      levels: ['X', 'Bluesky'],
      otherColumn: true,
      fill: '__missing__',
    });
  });

  it('names the output features in spec order', () => {
    expect(featureNames(fitted())).toEqual([
      'followers',
      'likes',
      'platform=X',
      'platform=Bluesky',
      'platform=__other__',
    ]);
  });
});

describe('applyPreprocess', () => {
  it('re-applies the fitted steps to the training rows', () => {
    const out = applied(fitted(), train);
    expect(Array.from(out.rowIndex)).toEqual([0, 1, 2, 4]);
    expect(out.droppedRows).toBe(1);
    expect(out.matrix.rows).toBe(4);
    expect(out.matrix.cols).toBe(5);
    expect(column(out, 'likes')).toEqual([0, 9 / 99, 1, 3 / 99].map((x) => expect.closeTo(x, 15)));
    expect(column(out, 'platform=X')).toEqual([1, 0, 1, 0]);
    expect(column(out, 'platform=Bluesky')).toEqual([0, 0, 0, 1]);
    expect(column(out, 'platform=__other__')).toEqual([0, 1, 0, 0]);
    expect(out.tokens.text).toEqual([['love'], ["isn't", 'great'], [], ['meh']]);
    expect(out.hashtags.hashtags).toEqual([['ai', 'tech'], [], ['ai'], []]);
  });

  it('scores a single new post: fills, unseen categories, cleaning', () => {
    const out = applied(fitted(), {
      followers: [NaN],
      likes: [49.5],
      platform: ['Mastodon'],
      text: ['NOT bad at all 👍🏽'],
      hashtags: ['#AI #NewTag'],
    });
    const p = fitted().columns[0]!;
    const z =
      p.kind === 'numeric' && p.scaler.method === 'zscore'
        ? (Math.log(101) - p.scaler.mean) / p.scaler.std
        : NaN;
    expect(column(out, 'followers')).toEqual([z]);
    expect(column(out, 'likes')).toEqual([0.5]);
    expect(column(out, 'platform=__other__')).toEqual([1]);
    expect(out.tokens.text).toEqual([['not', 'bad', '👍🏽']]);
    expect(out.hashtags.hashtags).toEqual([['ai', 'newtag']]);
  });

  it('gives the same output after a JSON round trip of the params', () => {
    const params = fitted();
    const revived = JSON.parse(JSON.stringify(params)) as PreprocessParams;
    expect(revived).toEqual(params);
    const a = applied(params, train);
    const b = applied(revived, train);
    expect(b.matrix.names).toEqual(a.matrix.names);
    expect(Array.from(b.matrix.data)).toEqual(Array.from(a.matrix.data));
    expect(b.tokens).toEqual(a.tokens);
  });

  it('refuses negative counts under log1p in new data, naming the row', () => {
    const r = applyPreprocess(fitted(), {
      ...train,
      followers: Float64Array.from([1, 2, -5, 4, 5]),
    });
    expect(!r.ok && r.error.code).toBe('COLUMN_WRONG_TYPE');
    expect(!r.ok && r.error.message).toContain('row 3');
  });
});

describe('fitPreprocess failures', () => {
  it('names a column that is not in the data', () => {
    const r = fitPreprocess(train, { columns: [{ name: 'views', kind: 'numeric' }] });
    expect(!r.ok && r.error.code).toBe('COLUMN_NOT_FOUND');
    expect(!r.ok && r.error.hint).toContain('followers, likes, platform, text, hashtags');
  });

  it('refuses a column of the wrong kind, infinities and unequal lengths', () => {
    const wrong = fitPreprocess(train, { columns: [{ name: 'platform', kind: 'numeric' }] });
    expect(!wrong.ok && wrong.error.code).toBe('COLUMN_WRONG_TYPE');
    const inf = fitPreprocess({ x: [1, Infinity] }, { columns: [{ name: 'x', kind: 'numeric' }] });
    expect(!inf.ok && inf.error.code).toBe('NON_FINITE_VALUES');
    const ragged = fitPreprocess(
      { x: [1, 2], y: ['a'] },
      {
        columns: [
          { name: 'x', kind: 'numeric' },
          { name: 'y', kind: 'categorical' },
        ],
      },
    );
    expect(!ragged.ok && ragged.error.code).toBe('INVALID_OPTIONS');
  });

  it('refuses bad options', () => {
    const twice = fitPreprocess(train, {
      columns: [
        { name: 'likes', kind: 'numeric' },
        { name: 'likes', kind: 'numeric' },
      ],
    });
    expect(!twice.ok && twice.error.message).toContain('twice');
    const topN = fitPreprocess(train, {
      columns: [{ name: 'platform', kind: 'categorical', topN: 0 }],
    });
    expect(!topN.ok && topN.error.code).toBe('INVALID_OPTIONS');
    expect(fitPreprocess(train, { columns: [] }).ok).toBe(false);
  });

  it('refuses a median of a column with no values', () => {
    const r = fitPreprocess({ x: [NaN, NaN] }, { columns: [{ name: 'x', kind: 'numeric' }] });
    expect(!r.ok && r.error.message).toContain('every row is missing');
  });
});

describe('missing-value strategies end to end', () => {
  it('fills categoricals with the mode or a constant and numbers with the mean or a constant', () => {
    const input = { c: ['a', '', 'b', 'b', 'null'], n: [1, NaN, 2, 6, NaN] };
    const r = fitPreprocess(input, {
      columns: [
        { name: 'c', kind: 'categorical', missing: 'mode', encoding: 'ordinal' },
        { name: 'n', kind: 'numeric', missing: 'mean' },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const out = applied(r.value, input);
    // levels sorted: a=0, b=1; missing → mode 'b' → 1; mean of 1, 2, 6 = 3
    expect(Array.from(out.matrix.data)).toEqual([0, 1, 1, 1, 1, 1, 3, 2, 6, 3]);
    const constant = fitPreprocess(input, {
      columns: [{ name: 'n', kind: 'numeric', missing: 'constant', fillValue: -1 }],
    });
    expect(constant.ok && Array.from(applied(constant.value, input).matrix.data)).toEqual([
      1, -1, 2, 6, -1,
    ]);
  });

  it('drops rows without hashtags or text when asked', () => {
    const input = { t: ['hi there', '', 'yo'], h: [['a'], ['b'], []] };
    const r = fitPreprocess(input, {
      columns: [
        { name: 't', kind: 'text', missing: 'drop' },
        { name: 'h', kind: 'hashtags', missing: 'drop' },
      ],
    });
    expect(r.ok && Array.from(applied(r.value, input).rowIndex)).toEqual([0]);
  });
});
