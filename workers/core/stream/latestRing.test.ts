import { describe, expect, it } from 'vitest';
import { LatestRing } from './latestRing.ts';

describe('LatestRing', () => {
  it('returns the newest first and overwrites the oldest', () => {
    const r = new LatestRing<number>(3);
    [1, 2, 3, 4, 5].forEach((x) => r.push(x));
    expect(r.newest()).toEqual([5, 4, 3]);
    expect(r.newest(2)).toEqual([5, 4]);
    r.clear();
    expect(r.newest()).toEqual([]);
  });
});
