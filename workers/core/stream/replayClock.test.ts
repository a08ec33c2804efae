import { describe, expect, it } from 'vitest';
import { ReplayClock, validSpeed } from './replayClock.ts';

const MIN = 60_000;
const times = [0, 30_000, 60_000, 90_000, 600_000].map((t) => 1_700_000_000_000 + t);
const at = (from: number) => (i: number) => times[from + i] ?? NaN;

describe('ReplayClock', () => {
  it('at 60× releases a minute of posts per wall second', () => {
    const c = new ReplayClock({ kind: 'multiplier', factor: 60 }, times[0]!);
    expect(c.step(0, 5, at(0))).toBe(1); // the first post is due at once
    expect(c.step(500, 4, at(1))).toBe(1); // 30 s of stream time
    expect(c.step(1000, 3, at(2))).toBe(2); // to 90 s
    expect(c.streamTimeMs).toBe(times[0]! + 1.5 * MIN);
  });

  it('skips a silence longer than the gap limit', () => {
    const c = new ReplayClock({ kind: 'multiplier', factor: 60 }, times[3]!, {
      maxGapWallMs: 5000,
    });
    // the next post is 8.5 minutes away: 8.5 s of wall time at 60×, more than 5 s
    expect(c.step(100, 1, at(4))).toBe(1);
    expect(c.streamTimeMs).toBe(times[4]);
  });

  it('at a rate releases that many posts per second, with no burst after a stall', () => {
    const c = new ReplayClock({ kind: 'rate', postsPerSecond: 10 }, times[0]!, {
      maxCatchUpMs: 1000,
    });
    expect(c.step(250, 100, () => NaN)).toBe(2); // 2.5 posts of credit
    expect(c.step(250, 100, () => NaN)).toBe(3); // 0.5 + 2.5
    // a 10 s stall earns at most a second's worth
    expect(c.step(10_000, 100, () => NaN)).toBe(10);
    // never more than are available
    expect(c.step(1000, 4, () => NaN)).toBe(4);
  });

  it('follows the released posts’ times in rate mode and restarts after a seek', () => {
    const c = new ReplayClock({ kind: 'rate', postsPerSecond: 4 }, times[0]!);
    expect(c.step(1000, 5, at(0))).toBe(4);
    expect(c.streamTimeMs).toBe(times[3]);
    c.seek(times[1]!);
    expect(c.streamTimeMs).toBe(times[1]);
    c.setSpeed({ kind: 'multiplier', factor: 120 });
    expect(c.step(250, 3, at(2))).toBe(1); // 30 s of stream time reaches times[2]
  });

  it('accepts speeds a person can choose', () => {
    expect(validSpeed({ kind: 'multiplier', factor: 60 })).toBe(true);
    expect(validSpeed({ kind: 'multiplier', factor: 0 })).toBe(false);
    expect(validSpeed({ kind: 'rate', postsPerSecond: 5000 })).toBe(true);
    expect(validSpeed({ kind: 'rate', postsPerSecond: NaN })).toBe(false);
  });
});
