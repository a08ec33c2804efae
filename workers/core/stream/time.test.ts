import { describe, expect, it } from 'vitest';
import { readTimeMs } from './time.ts';

describe('readTimeMs', () => {
  it('reads epoch seconds, milliseconds and microseconds by their size', () => {
    // 2024-09-09T19:46:02.329Z in each unit
    expect(readTimeMs(1725911162.329)).toBe(1725911162329);
    expect(readTimeMs(1725911162329)).toBe(1725911162329);
    expect(readTimeMs(1725911162329308)).toBe(1725911162329.308);
    expect(readTimeMs('1725911162329')).toBe(1725911162329);
  });

  it('reads ISO 8601 date-times and nothing else', () => {
    expect(readTimeMs('2024-09-09T19:46:02.102Z')).toBe(Date.UTC(2024, 8, 9, 19, 46, 2, 102));
    expect(readTimeMs('yesterday')).toBeNaN();
    expect(readTimeMs('')).toBeNaN();
    expect(readTimeMs(-5)).toBeNaN();
    expect(readTimeMs(null)).toBeNaN();
    expect(readTimeMs(Infinity)).toBeNaN();
  });
});
