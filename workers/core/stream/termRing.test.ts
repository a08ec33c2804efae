import { describe, expect, it } from 'vitest';
import { risingInWindow } from './risingWindow.ts';
import { TermRing } from './termRing.ts';

describe('TermRing', () => {
  it('counts posts per term (a term once per post) over a span of buckets, the open one included', () => {
    const r = new TermRing({ bucketMs: 1000, buckets: 10 });
    r.add(0, ['a', 'b', 'a']);
    r.add(500, ['a']);
    r.add(1200, ['b', 'c']);
    expect(r.top(0, 1, 10)).toEqual([
      { term: 'a', count: 2 },
      { term: 'b', count: 2 },
      { term: 'c', count: 1 },
    ]);
    expect(r.top(1, 1, 10)).toEqual([
      { term: 'b', count: 1 },
      { term: 'c', count: 1 },
    ]);
    expect(r.top(0, 0, 1)).toEqual([{ term: 'a', count: 2 }]);
  });

  it('keeps only the most used terms of a closed bucket and evicts terms no bucket holds', () => {
    const r = new TermRing({ bucketMs: 1000, buckets: 4, keepPerBucket: 2 });
    r.add(0, ['x']);
    r.add(1, ['x']);
    r.add(2, ['x', 'y']);
    r.add(3, ['y']);
    r.add(4, ['z']);
    r.add(1000, ['w']); // closes bucket 0: x (3) and y (2) kept, z let go
    expect(r.top(0, 0, 10)).toEqual([
      { term: 'x', count: 3 },
      { term: 'y', count: 2 },
    ]);
    expect(r.dictionarySize).toBe(3);
    // bucket 4 takes bucket 0's slot: only w's bucket and the new one hold terms
    r.add(4000, ['v']);
    expect(
      r
        .top(0, 4, 10)
        .map((t) => t.term)
        .sort(),
    ).toEqual(['v', 'w']);
    expect(r.dictionarySize).toBe(2);
  });

  it('stays bounded however many distinct terms arrive', () => {
    const r = new TermRing({ bucketMs: 1000, buckets: 8, keepPerBucket: 16, openCap: 200 });
    for (let i = 0; i < 100_000; i++) r.add(i, [`t${i}`, 'common']);
    // 8 closed buckets × 16 terms + an open bucket of at most 200
    expect(r.dictionarySize).toBeLessThanOrEqual(8 * 16 + 200 + 1);
    expect(r.top(99, 99, 1)).toEqual([{ term: 'common', count: 1000 }]);
  });

  it('slides in silence when advanced', () => {
    const r = new TermRing({ bucketMs: 1000, buckets: 5 });
    r.add(0, ['a']);
    r.advance(3000);
    expect(r.top(1, 3, 5)).toEqual([]);
    expect(r.top(0, 3, 5)).toEqual([{ term: 'a', count: 1 }]);
    r.advance(10_000); // bucket 10 reuses bucket 0's slot
    expect(r.top(0, 10, 5)).toEqual([]);
    expect(r.dictionarySize).toBe(0);
  });
});

describe('risingInWindow', () => {
  it('scores growth against the mean of the windows before, as the Topics trends do', () => {
    const r = new TermRing({ bucketMs: 1000, buckets: 40 });
    // windows of 2 buckets: three earlier windows with 1 "calm" and 1 "hot" post each, then 8 "hot" and 1 "calm"
    for (let w = 0; w < 3; w++) {
      r.add(w * 2000, ['calm']);
      r.add(w * 2000 + 1000, ['hot']);
    }
    for (let k = 0; k < 8; k++) r.add(6000 + k * 100, ['hot']);
    r.add(7500, ['calm']);
    const out = risingInWindow(r, 7, 2, { minRecent: 3 });
    expect(out.previousWindows).toBe(3);
    // hot: recent 8, baseline 3/3 = 1, growth (8 + 5) / (1 + 5)
    expect(out.rising).toEqual([
      { term: 'hot', recent: 8, previous: 3, baseline: 1, growth: 13 / 6 },
    ]);
  });

  it('compares with fewer windows when the stream is young, and with none inside its first window', () => {
    const r = new TermRing({ bucketMs: 1000, buckets: 40 });
    r.add(4000, ['a']);
    expect(risingInWindow(r, 5, 2)).toEqual({ rising: [], previousWindows: 0 });
    for (let k = 0; k < 4; k++) r.add(6000 + k, ['a']);
    expect(risingInWindow(r, 7, 2, { minRecent: 3 })).toMatchObject({
      previousWindows: 1,
      rising: [{ term: 'a', recent: 4, previous: 1, baseline: 1 }],
    });
  });
});
