import { describe, expect, it } from 'vitest';
import { binFeatures, splitThreshold } from './binning.ts';
import { matrixFromColumns } from './matrix.ts';

describe('binFeatures', () => {
  it('gives a low-cardinality feature one bin per distinct value', () => {
    const b = binFeatures(matrixFromColumns([[3, 1, 2, 1, 3]]), 256);
    expect([...b.codes]).toEqual([2, 0, 1, 0, 2]);
    expect(b.binCount[0]).toBe(3);
    expect([b.binLow[0], b.binLow[1], b.binLow[2]]).toEqual([1, 2, 3]);
    expect([b.binHigh[0], b.binHigh[1], b.binHigh[2]]).toEqual([1, 2, 3]);
  });

  it('cuts a continuous feature at quantiles into equally filled bins', () => {
    // 1000 distinct values 0..999 in 4 bins: edges at sorted[250], [500], [750]
    const col = Array.from({ length: 1000 }, (_, i) => (i * 7) % 1000);
    const b = binFeatures(matrixFromColumns([col]), 4);
    expect(b.binCount[0]).toBe(4);
    const counts = [0, 0, 0, 0];
    col.forEach((v, r) => {
      counts[b.codes[r]!]!++;
      expect(b.codes[r]).toBe(Math.floor(v / 250));
    });
    expect(counts).toEqual([250, 250, 250, 250]);
    expect([b.binLow[1], b.binHigh[1]]).toEqual([250, 499]);
  });

  it('keeps a heavily repeated value in one bin and shares the rest evenly', () => {
    // 900 zeros, then 1..100; 4 bins. Zeros fill bin 0; 100 rows remain for 3 bins (33.3 each):
    // 1..34 close at 34 rows, then 33 rows remain per bin: 35..67, 68..100.
    const col = [
      ...new Array<number>(900).fill(0),
      ...Array.from({ length: 100 }, (_, i) => i + 1),
    ];
    const b = binFeatures(matrixFromColumns([col]), 4);
    expect(b.binCount[0]).toBe(4);
    expect(b.codes.slice(0, 900).every((c) => c === 0)).toBe(true);
    expect([1, 34, 35, 67, 68, 100].map((v) => b.codes[899 + v])).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it('bins each column separately in a column-major matrix', () => {
    const b = binFeatures(
      matrixFromColumns([
        [5, 6],
        [9, 9],
      ]),
      256,
    );
    expect([...b.codes]).toEqual([0, 1, 0, 0]);
    expect([...b.binCount]).toEqual([2, 1]);
    expect([...b.binStart]).toEqual([0, 2, 3]);
    expect(b.binLow[2]).toBe(9);
  });
});

describe('splitThreshold', () => {
  it('splits halfway between the neighbouring values, as sklearn', () => {
    const b = binFeatures(matrixFromColumns([[1, 2, 4]]), 256);
    expect(splitThreshold(b, 0, 0, 1)).toBe(1.5);
    expect(splitThreshold(b, 0, 1, 2)).toBe(3);
    expect(splitThreshold(b, 0, 0, 2)).toBe(2.5); // bin 1 empty in the node
  });
  it('falls back to the lower value when the midpoint rounds up to the upper one', () => {
    const next = 1 + Number.EPSILON; // the float right after 1: their midpoint rounds to it
    const b = binFeatures(matrixFromColumns([[1, next]]), 256);
    expect(splitThreshold(b, 0, 0, 1)).toBe(1);
  });
});
