import { describe, expect, it } from 'vitest';
import { createRng, permutation, seededRows } from './rng.ts';

describe('seededRows', () => {
  it('gives every row, in order, when there are no more than asked for', () => {
    expect(Array.from(seededRows(4, 4, 9))).toEqual([0, 1, 2, 3]);
    expect(Array.from(seededRows(3, 10, 9))).toEqual([0, 1, 2]);
  });

  it('samples the first rows of the seeded permutation, increasing, the same for the same seed', () => {
    const rows = Array.from(seededRows(1000, 50, 7));
    expect(rows).toHaveLength(50);
    expect(new Set(rows).size).toBe(50);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(rows).toEqual(
      Array.from(permutation(1000, createRng(7)).slice(0, 50)).sort((a, b) => a - b),
    );
    expect(Array.from(seededRows(1000, 50, 8))).not.toEqual(rows);
  });
});
