import { describe, expect, it } from 'vitest';
import { layoutLegend } from './legend.ts';

describe('layoutLegend', () => {
  it('puts short entries on one row, each after the previous label and its swatch', () => {
    // 'cosine' is 6 characters: 6 × 6.5 + 30 = 69
    expect(layoutLegend(['cosine', 'euclidean'], 50, 500)).toEqual({
      positions: [
        { x: 50, row: 0 },
        { x: 119, row: 0 },
      ],
      rows: 1,
    });
  });

  it('wraps an entry that would run past the right edge onto a new row', () => {
    // 20 characters: 160 wide; the third would end at 50 + 320 + 145 > 400
    const label = 'x'.repeat(20);
    expect(layoutLegend([label, label, label], 50, 400)).toEqual({
      positions: [
        { x: 50, row: 0 },
        { x: 210, row: 0 },
        { x: 50, row: 1 },
      ],
      rows: 2,
    });
  });

  it('keeps an entry wider than the whole row on a row of its own', () => {
    expect(layoutLegend(['y'.repeat(100), 'z'], 0, 100).positions).toEqual([
      { x: 0, row: 0 },
      { x: 0, row: 1 },
    ]);
  });

  it('has no rows without entries', () => {
    expect(layoutLegend([], 0, 100)).toEqual({ positions: [], rows: 0 });
  });
});
