import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import { backoffDelay } from './backoff.ts';

describe('backoffDelay', () => {
  it('doubles from the base, stays between half and all of its ceiling, and is capped', () => {
    const rng = createRng(5);
    for (let attempt = 0; attempt < 12; attempt++) {
      const ceiling = Math.min(30_000, 500 * 2 ** attempt);
      for (let k = 0; k < 50; k++) {
        const d = backoffDelay(attempt, rng);
        expect(d).toBeGreaterThanOrEqual(ceiling / 2);
        expect(d).toBeLessThanOrEqual(ceiling);
      }
    }
    expect(backoffDelay(1000, rng, { baseMs: 100, maxMs: 2000 })).toBeLessThanOrEqual(2000);
  });

  it('spreads clients retrying at the same attempt', () => {
    const rng = createRng(9);
    const delays = new Set(Array.from({ length: 20 }, () => backoffDelay(4, rng)));
    expect(delays.size).toBeGreaterThan(15);
  });
});
