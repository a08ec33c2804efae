import { describe, expect, it } from 'vitest';
import { formatLabel } from './formatLabel.ts';

describe('formatLabel', () => {
  it('says how the cells were read, in words, and nothing for plain values', () => {
    expect(formatLabel({})).toBe('');
    expect(formatLabel({ datetime: 'dmy' })).toBe('day first');
    expect(formatLabel({ datetime: 'month-name' })).toBe('month names');
    expect(formatLabel({ tags: 'python-list' })).toBe('Python lists');
    expect(formatLabel({ thousands: true, abbreviated: true })).toBe(
      'thousands grouped, 2.1K counts',
    );
    expect(formatLabel({ decimalComma: true, percent: true })).toBe('decimal comma, percent');
  });
});
