import { describe, expect, it } from 'vitest';
import { extent, linear, niceTicks, spreadTicks } from './scale.ts';

describe('niceTicks', () => {
  it('gives exact decimals, never float noise such as 0.6000000000000001', () => {
    expect(niceTicks(0, 0.7)).toEqual([0, 0.2, 0.4, 0.6]);
    expect(niceTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 0.3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceTicks(0, 0.0007)).toEqual([0, 0.0002, 0.0004, 0.0006]);
    expect(niceTicks(1e-9, 3e-9)).toEqual([1e-9, 1.5e-9, 2e-9, 2.5e-9, 3e-9]);
    // as text (React keys, labels) too
    expect(niceTicks(0.1, 0.9).map(String)).toEqual(['0.2', '0.4', '0.6', '0.8']);
  });

  it('steps by 1, 2, 2.5 or 5 times a power of ten, at least a count-th of the range', () => {
    expect(niceTicks(0, 100)).toEqual([0, 20, 40, 60, 80, 100]); // 20 ≥ 100 / 5
    expect(niceTicks(0, 7.3)).toEqual([0, 2, 4, 6]); // 2 ≥ 1.46
    expect(niceTicks(0.3, 0.31)).toEqual([0.3, 0.3025, 0.305, 0.3075, 0.31]); // 0.0025 ≥ 0.002
    expect(niceTicks(-1, 1)).toEqual([-1, -0.5, 0, 0.5, 1]); // 0.5 ≥ 0.4
    expect(niceTicks(3, 1_234_567)).toEqual([250_000, 500_000, 750_000, 1_000_000]);
    expect(niceTicks(-2.5, 12.5, 6)).toEqual([-2.5, 0, 2.5, 5, 7.5, 10, 12.5]);
  });

  it('keeps only ticks inside the range, the ends included, on either side of zero', () => {
    expect(niceTicks(-0.35, 0.35)).toEqual([-0.2, 0, 0.2]);
    expect(niceTicks(-7, -3)).toEqual([-7, -6, -5, -4, -3]);
    // an end a rounding error past a tick still gets it
    expect(niceTicks(0.1 + 0.2, 0.7)).toEqual([0.3, 0.4, 0.5, 0.6, 0.7]);
  });

  it('gives the one value of an empty range, and no tick for an end that is not finite', () => {
    expect(niceTicks(5, 5)).toEqual([5]);
    expect(niceTicks(2, 1)).toEqual([2]);
    expect(niceTicks(0, NaN)).toEqual([]);
    expect(niceTicks(-Infinity, 1)).toEqual([]);
  });
});

describe('extent', () => {
  it('spans the finite values of every array, skipping NaN and infinities', () => {
    expect(extent([3, NaN, -2], new Float64Array([7, Infinity]))).toEqual([-2, 7]);
  });

  it('widens a single value by one each way, and gives [0, 1] when there is none', () => {
    expect(extent([4, 4])).toEqual([3, 5]);
    expect(extent([], [NaN])).toEqual([0, 1]);
  });
});

describe('linear', () => {
  it('maps the domain onto the range, reversed ranges (SVG y) included', () => {
    const y = linear(0, 10, 200, 0);
    expect([y(0), y(2.5), y(10), y(12)]).toEqual([200, 150, 0, -40]);
  });

  it('maps an empty domain as if it were one unit wide', () => {
    expect(linear(3, 3, 0, 100)(4)).toBe(100);
  });
});

describe('spreadTicks', () => {
  it('spreads six indices over the periods, the first and the last included', () => {
    // 35 periods: 34 / 5 = 6.8 apart, rounded
    expect(spreadTicks(35)).toEqual([0, 7, 14, 20, 27, 34]);
  });

  it('labels each period once when there are fewer than six', () => {
    expect(spreadTicks(3)).toEqual([0, 1, 2]);
  });

  it('labels the only period', () => {
    expect(spreadTicks(1)).toEqual([0]);
  });
});
