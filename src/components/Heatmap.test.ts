import { describe, expect, it } from 'vitest';
import { numberChunks } from './Heatmap.tsx';

describe('a heatmap writes its numbers a few rows at a time', () => {
  it('covers every row once, about a hundred cells per turn', () => {
    expect(numberChunks(20, 20)).toEqual([
      [0, 5],
      [5, 10],
      [10, 15],
      [15, 20],
    ]);
    // a small matrix in one turn; a row wider than a turn is a turn of its own
    expect(numberChunks(3, 3)).toEqual([[0, 3]]);
    expect(numberChunks(2, 300)).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(numberChunks(0, 5)).toEqual([]);
  });
});
