import { describe, expect, it } from 'vitest';
import { replayOrder, seekIndex, suggestUnit } from './replayOrder.ts';

describe('replay order', () => {
  it('sorts rows by time, keeps file order for equal times and leaves out rows without one', () => {
    const o = replayOrder(Float64Array.from([30, NaN, 10, 30, 20]), 5);
    expect(Array.from(o.order)).toEqual([2, 4, 0, 3]);
    expect(Array.from(o.times)).toEqual([10, 20, 30, 30]);
    expect(o.withoutTime).toBe(1);
  });

  it('plays a dataset without times in file order', () => {
    const o = replayOrder(null, 3);
    expect(Array.from(o.order)).toEqual([0, 1, 2]);
    expect(o.times.every((t) => Number.isNaN(t))).toBe(true);
  });

  it('seeks to the first post at or after a time', () => {
    const t = Float64Array.from([10, 20, 30, 30, 40]);
    expect([0, 10, 11, 30, 31, 40, 41].map((x) => seekIndex(t, x))).toEqual([0, 0, 1, 2, 4, 4, 5]);
  });

  it('suggests minutes for a busy stream and days for posts an hour apart', () => {
    // 10,000 posts over an hour: 2,500 per 15 minutes
    expect(suggestUnit(10_000, 3_600_000)).toBe('minute');
    // 5,000 posts over 8 months: about 30 per 15 hours, 460 per 15 days
    expect(suggestUnit(5000, 243 * 86_400_000)).toBe('day');
    // 1,000 posts over 10 days: 62 per 15 hours
    expect(suggestUnit(1000, 10 * 86_400_000)).toBe('hour');
    expect(suggestUnit(0, 0)).toBe('minute');
  });
});
