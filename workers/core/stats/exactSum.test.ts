import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import { addExact, exactTotal, mergeExact } from './exactSum.ts';

const fsum = (xs: readonly number[]) => {
  const p: number[] = [];
  for (const x of xs) addExact(p, x);
  return exactTotal(p);
};

describe('exact sums', () => {
  it('gives the correctly rounded sum where a plain sum does not (values from Python’s math.fsum tests)', () => {
    expect(fsum(new Array<number>(10).fill(0.1))).toBe(1);
    expect(new Array<number>(10).fill(0.1).reduce((a, b) => a + b)).not.toBe(1);
    expect(fsum([1e100, 1, -1e100, 1])).toBe(2);
    expect(fsum([1, 1e100, 1, -1e100])).toBe(2);
    expect(fsum([2 ** 53, -0.5, -(2 ** -54)])).toBe(2 ** 53 - 1);
    expect(fsum([1.7976931348623157e308, -1.7976931348623157e308, 1e-300])).toBe(1e-300);
    expect(fsum([])).toBe(0);
  });

  it('does not depend on the order of the terms, nor on how they are split and merged', () => {
    const rng = createRng(11);
    const xs = Array.from({ length: 5000 }, () => (rng.next() - 0.3) * 10 ** (rng.int(12) - 4));
    const whole = fsum(xs);
    const shuffled = [...xs].sort(() => rng.next() - 0.5);
    expect(fsum(shuffled)).toBe(whole);
    const parts = [0, 7, 1234, 1235, 4000, 5000];
    const sums = parts.slice(1).map((to, i) => {
      const p: number[] = [];
      for (const x of xs.slice(parts[i], to)) addExact(p, x);
      return p;
    });
    expect(exactTotal(mergeExact(...sums.reverse()))).toBe(whole);
    // JSON keeps the partials exactly, so a manifest carries them
    expect(
      exactTotal(mergeExact(...sums.map((s) => JSON.parse(JSON.stringify(s)) as number[]))),
    ).toBe(whole);
  });

  it('keeps infinities and NaN as a plain sum would', () => {
    expect(fsum([1, Infinity, 2])).toBe(Infinity);
    expect(fsum([Infinity, -Infinity])).toBeNaN();
    expect(fsum([NaN, 1])).toBeNaN();
  });
});
