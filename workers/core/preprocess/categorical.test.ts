import { describe, expect, it } from 'vitest';
import { categoricalFeatureNames, encodeCategorical, fitLevels } from './categorical.ts';
import type { CategoricalColumnParams } from './types.ts';

function encode(params: CategoricalColumnParams, values: string[]): number[][] {
  const width = categoricalFeatureNames(params).length;
  const out = Array.from({ length: width }, () => new Float64Array(values.length));
  encodeCategorical(params, values, out);
  return out.map((c) => Array.from(c));
}

describe('one-hot encoding', () => {
  const values = ['x', 'ig', 'x', 'fb', 'tt', 'ig', 'x', 'fb', 'bsky'];

  it('keeps the top N by frequency, ties by value, and an other column', () => {
    // counts: x 3, fb 2, ig 2, bsky 1, tt 1 → top 3: x, then the tie fb < ig
    const { levels, otherColumn } = fitLevels(values, { encoding: 'onehot', topN: 3 });
    expect(levels).toEqual(['x', 'fb', 'ig']);
    expect(otherColumn).toBe(true);
    const params: CategoricalColumnParams = {
      name: 'platform',
      kind: 'categorical',
      missing: 'category',
      fill: '__missing__',
      encoding: 'onehot',
      levels,
      otherColumn,
    };
    expect(categoricalFeatureNames(params)).toEqual([
      'platform=x',
      'platform=fb',
      'platform=ig',
      'platform=__other__',
    ]);
    expect(encode(params, ['fb', 'tt', 'never-seen'])).toEqual([
      [0, 0, 0],
      [1, 0, 0],
      [0, 0, 0],
      [0, 1, 1],
    ]);
  });

  it('adds the other column only when seen, if asked to', () => {
    expect(
      fitLevels(['a', 'b'], { encoding: 'onehot', topN: 5, otherColumn: 'when-seen' }).otherColumn,
    ).toBe(false);
    expect(
      fitLevels(['a', 'b'], { encoding: 'onehot', topN: 1, otherColumn: 'when-seen' }).otherColumn,
    ).toBe(true);
    expect(fitLevels(['a', 'b'], { encoding: 'onehot', topN: 5 }).otherColumn).toBe(true);
  });

  it('never makes a level of a value literally called __other__', () => {
    expect(fitLevels(['__other__', '__other__', 'a'], { encoding: 'onehot' }).levels).toEqual([
      'a',
    ]);
  });
});

describe('ordinal encoding', () => {
  it('sorts levels by value and codes unknown values after them', () => {
    const { levels } = fitLevels(['medium', 'high', 'low', 'high'], { encoding: 'ordinal' });
    expect(levels).toEqual(['high', 'low', 'medium']);
    const params: CategoricalColumnParams = {
      name: 'tier',
      kind: 'categorical',
      missing: 'drop',
      fill: null,
      encoding: 'ordinal',
      levels,
      otherColumn: false,
    };
    expect(encode(params, ['low', 'high', 'extreme'])).toEqual([[1, 0, 3]]);
  });

  it('follows an explicit order', () => {
    expect(
      fitLevels(['b'], { encoding: 'ordinal', order: ['low', 'medium', 'high'] }).levels,
    ).toEqual(['low', 'medium', 'high']);
  });
});
