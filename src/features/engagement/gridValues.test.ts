import { describe, expect, it } from 'vitest';
import { parseGrid, QUICK_GRID, REFERENCE_GRID } from './gridValues.ts';

describe('grid values as typed', () => {
  it('reads the reference grid as its 27 points', () => {
    const r = parseGrid(REFERENCE_GRID);
    if ('error' in r) throw new Error(r.error);
    expect(r.points).toBe(27);
    expect(r.grid).toEqual({
      nEstimators: [50, 100, 200],
      maxDepth: [null, 10, 20],
      maxFeatures: ['sqrt', 0.5, 1],
      minSamplesLeaf: [1],
    });
  });

  it('reads the quick grid as 4 points, dropping repeats and accepting spaces or semicolons', () => {
    const q = parseGrid(QUICK_GRID);
    expect('points' in q && q.points).toBe(4);
    const r = parseGrid({
      nEstimators: '20 20; 40',
      maxDepth: 'None',
      maxFeatures: 'log2, 3',
      minSamplesLeaf: '1,5',
    });
    expect('grid' in r && r.grid).toEqual({
      nEstimators: [20, 40],
      maxDepth: [null],
      maxFeatures: ['log2', 3],
      minSamplesLeaf: [1, 5],
    });
  });

  it('names the field and the value it cannot read', () => {
    expect(parseGrid({ ...QUICK_GRID, nEstimators: '50, many' })).toEqual({
      error: 'Trees: "many" is not a whole number ≥ 1.',
    });
    expect(parseGrid({ ...QUICK_GRID, maxDepth: '0' })).toMatchObject({
      error: expect.stringContaining('Max depth: "0"'),
    });
    expect(parseGrid({ ...QUICK_GRID, maxFeatures: '1.5' })).toMatchObject({
      error: expect.stringContaining('Max features: "1.5"'),
    });
    expect(parseGrid({ ...QUICK_GRID, minSamplesLeaf: ' ' })).toMatchObject({
      error: expect.stringContaining('at least one value'),
    });
  });
});
