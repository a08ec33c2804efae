import { describe, expect, it } from 'vitest';
import { datetimeSummary, timeHistogram } from './timeHistogram.ts';

const t = (iso: string): number => Date.parse(`${iso}Z`);

describe('timeHistogram', () => {
  it('chooses the finest calendar unit that fits the bins', () => {
    const hours = new Float64Array([
      t('2021-03-01T10:15:00'),
      t('2021-03-01T10:45:00'),
      t('2021-03-01T13:05:00'),
    ]);
    expect(timeHistogram(hours, hours[0]!, hours[2]!, 10)).toEqual({
      unit: 'hour',
      starts: [
        t('2021-03-01T10:00:00'),
        t('2021-03-01T11:00:00'),
        t('2021-03-01T12:00:00'),
        t('2021-03-01T13:00:00'),
      ],
      counts: [2, 0, 0, 1],
    });
  });

  it('starts weeks on Monday and months on the first', () => {
    // 2021-03-03 is a Wednesday; 2021-03-15 a Monday.
    const xs = new Float64Array([
      t('2021-03-03T00:00:00'),
      t('2021-03-15T00:00:00'),
      t('2021-03-21T23:00:00'),
    ]);
    const weeks = timeHistogram(xs, xs[0]!, xs[2]!, 3);
    expect(weeks).toEqual({
      unit: 'week',
      starts: [t('2021-03-01T00:00:00'), t('2021-03-08T00:00:00'), t('2021-03-15T00:00:00')],
      counts: [1, 0, 2],
    });
    const months = timeHistogram(xs, t('2020-11-20T00:00:00'), xs[2]!, 5);
    expect(months.unit).toBe('month');
    expect(months.starts).toEqual([
      t('2020-11-01T00:00:00'),
      t('2020-12-01T00:00:00'),
      t('2021-01-01T00:00:00'),
      t('2021-02-01T00:00:00'),
      t('2021-03-01T00:00:00'),
    ]);
  });
});

describe('datetimeSummary', () => {
  it('counts per hour of day and per weekday, Monday first', () => {
    const xs = new Float64Array([t('2021-03-01T10:15:00'), NaN, t('2021-03-07T23:59:00')]); // Monday, Sunday
    const s = datetimeSummary(xs)!;
    expect(s).toMatchObject({ count: 2, min: xs[0], max: xs[2] });
    expect(s.byHour[10]).toBe(1);
    expect(s.byHour[23]).toBe(1);
    expect(s.byWeekday).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(datetimeSummary(new Float64Array([NaN]))).toBeNull();
  });
});
