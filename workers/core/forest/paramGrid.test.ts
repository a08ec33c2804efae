import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAM_GRID, expandGrid } from './paramGrid.ts';

describe('expandGrid', () => {
  it('sorts keys alphabetically and varies the last key fastest, as sklearn ParameterGrid', () => {
    expect(expandGrid({ nEstimators: [10, 20], maxDepth: [null, 3] })).toEqual([
      { maxDepth: null, nEstimators: 10 },
      { maxDepth: null, nEstimators: 20 },
      { maxDepth: 3, nEstimators: 10 },
      { maxDepth: 3, nEstimators: 20 },
    ]);
  });
  it('expands the default grid to the reference 27 points', () => {
    const points = expandGrid(DEFAULT_PARAM_GRID);
    expect(points).toHaveLength(27);
    expect(points[0]).toEqual({ maxDepth: null, maxFeatures: 'sqrt', nEstimators: 50 });
    expect(points[5]).toEqual({ maxDepth: null, maxFeatures: 0.5, nEstimators: 200 });
    expect(points[26]).toEqual({ maxDepth: 20, maxFeatures: 1, nEstimators: 200 });
  });
  it('gives one empty point for an empty grid and none when a key has no values', () => {
    expect(expandGrid({})).toEqual([{}]);
    expect(expandGrid({ maxDepth: [] })).toEqual([]);
  });
});
