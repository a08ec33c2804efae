import { describe, expect, it } from 'vitest';
import { t975, wilson } from './intervals.ts';

describe('intervals', () => {
  it("gives Wilson's interval of the textbook (5 of 10: 0.237–0.763)", () => {
    const [lo, hi] = wilson(5, 10);
    expect(lo).toBeCloseTo(0.2366, 3);
    expect(hi).toBeCloseTo(0.7634, 3);
  });

  it('stays inside [0, 1] at the edges', () => {
    expect(wilson(0, 20)[0]).toBe(0);
    expect(wilson(0, 20)[1]).toBeCloseTo(0.1611, 3);
    expect(wilson(20, 20)[1]).toBe(1);
    expect(wilson(0, 0)).toEqual([0, 1]);
  });

  it("gives Student's t quantiles of the table and near 1.96 for many degrees of freedom", () => {
    expect(t975(1)).toBe(12.706);
    expect(t975(10)).toBe(2.228);
    expect(t975(60)).toBeCloseTo(2.0003, 2);
    expect(t975(1000)).toBeCloseTo(1.962, 2);
    expect(t975(0)).toBe(Infinity);
  });
});
