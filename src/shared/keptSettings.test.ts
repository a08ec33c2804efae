import { describe, expect, it } from 'vitest';
import { keptSettings } from './keptSettings.ts';

const defaults = {
  targetColumn: 'likes',
  text: 'text' as string | null,
  hashtags: null as string | null,
  numeric: ['followers'] as readonly string[],
  grid: { nEstimators: '50', maxDepth: 'none' },
  folds: 5,
  log1p: true,
};

describe('settings kept with a dataset', () => {
  it('lays kept settings over the defaults, field by field, ignoring what does not fit', () => {
    const kept = keptSettings(defaults, {
      targetColumn: 'shares',
      text: null,
      hashtags: 'tags',
      numeric: ['followers', 'hour'],
      grid: { nEstimators: '20', maxDepth: 'none, 8' },
      folds: 'five',
      log1p: false,
      gone: 1,
    });
    expect(kept).toEqual({
      targetColumn: 'shares',
      text: null,
      hashtags: 'tags',
      numeric: ['followers', 'hour'],
      grid: { nEstimators: '20', maxDepth: 'none, 8' },
      folds: 5,
      log1p: false,
    });
    expect(keptSettings(defaults, 'nonsense')).toBe(defaults);
    expect(keptSettings(defaults, { grid: { nEstimators: 20 } }).grid).toEqual(defaults.grid);
  });
});
