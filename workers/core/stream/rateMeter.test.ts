import { describe, expect, it } from 'vitest';
import { RateMeter } from './rateMeter.ts';

describe('RateMeter', () => {
  it('measures events per second over its span', () => {
    const m = new RateMeter(1000);
    expect(m.sample(0, 0)).toBe(0);
    expect(m.sample(500, 250)).toBe(500);
    expect(m.sample(1000, 500)).toBe(500);
    // the rate drops to 100/s: after a span only the new pace counts
    m.sample(1500, 550);
    m.sample(2000, 600);
    expect(m.sample(2500, 650)).toBeCloseTo(100, 5);
  });
});
