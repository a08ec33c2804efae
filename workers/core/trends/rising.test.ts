import { describe, expect, it } from 'vitest';
import { defaultWindowMs, GROWTH_PRIOR, risingTerms } from './rising.ts';
import { indexTerms } from './termIndex.ts';

const D = 86_400_000;
const T0 = Date.UTC(2025, 0, 1);

/** `n` posts of `term` on day `d` (day 0 = T0). */
function posts(term: string, d: number, n: number): { term: string; t: number }[] {
  return Array.from({ length: n }, (_, i) => ({ term, t: T0 + d * D + i * 60_000 }));
}

function run(all: { term: string; t: number }[], windowDays: number, extra = {}) {
  const r = risingTerms(
    indexTerms(all.map((p) => [p.term])),
    all.map((p) => p.t),
    { windowMs: windowDays * D, ...extra },
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('rising and new terms', () => {
  // 40 days of data ending on day 39: with a 10-day window the latest window is days 30..39 and
  // the three before it are days 0..29
  const data = [
    ...posts('steady', 5, 10),
    ...posts('steady', 15, 10),
    ...posts('steady', 25, 10),
    ...posts('steady', 35, 10),
    ...posts('surge', 5, 10),
    ...posts('surge', 15, 10),
    ...posts('surge', 25, 10),
    ...posts('surge', 35, 40),
    ...posts('blip', 20, 1),
    ...posts('blip', 36, 3),
    ...posts('fresh', 37, 4),
    ...posts('gone', 2, 6),
    ...posts('end', 39, 1),
  ];

  it('ranks by (recent + 5) / (baseline + 5), so 1 → 3 posts does not top 10 → 40', () => {
    const r = run(data, 10);
    expect(r.window.previousWindows).toBe(3);
    expect(r.window.length).toBe(10 * D);
    // surge 45 / 15 = 3, fresh 9 / 5 = 1.8, blip 8 / 5.33 = 1.5
    expect(r.rising.map((x) => x.term)).toEqual(['surge', 'fresh', 'blip']);
    const surge = r.rising.find((x) => x.term === 'surge')!;
    expect(surge).toMatchObject({ recent: 40, previous: 30, baseline: 10 });
    expect(surge.growth).toBeCloseTo(45 / 15, 12);
    const blip = r.rising.find((x) => x.term === 'blip')!;
    // blip: 3 recent against 1 post over 3 windows
    expect(blip.growth).toBeCloseTo((3 + GROWTH_PRIOR) / (1 / 3 + GROWTH_PRIOR), 12);
    expect(r.rising.find((x) => x.term === 'fresh')!.growth).toBeCloseTo(9 / 5, 12);
    // steady (10 → 10) and end (1 post, below minRecent 3) are not rising
    expect(r.rising.some((x) => x.term === 'steady' || x.term === 'end')).toBe(false);
  });

  it('lists terms first seen in the latest window as new, most used first', () => {
    const r = run(data, 10);
    expect(r.fresh.map((x) => [x.term, x.recent])).toEqual([
      ['fresh', 4],
      ['end', 1],
    ]);
    expect(r.fresh[0]!.firstSeen).toBe(T0 + 37 * D);
  });

  it('compares with fewer windows when the data start sooner', () => {
    const r = run(data, 15);
    // latest window days 24..39 (open at day 24), 24 days before: ceil(24 / 15) = 2 windows
    expect(r.window.previousWindows).toBe(2);
    expect(r.window.recentPosts).toBe(10 + 10 + 40 + 3 + 4 + 1 + 10);
  });

  it('refuses a window that covers the whole span, and data without times', () => {
    const all = posts('x', 0, 3);
    const r = risingTerms(
      indexTerms(all.map((p) => [p.term])),
      all.map((p) => p.t),
      { windowMs: D },
    );
    expect(r.ok ? 'ok' : r.error.code).toBe('TOO_FEW_ROWS');
    const none = risingTerms(indexTerms([['a']]), [NaN]);
    expect(none.ok ? 'ok' : none.error.message).toMatch(/readable time/);
    const bad = risingTerms(indexTerms([['a']]), [1], { windowMs: -1 });
    expect(bad.ok ? 'ok' : bad.error.code).toBe('INVALID_OPTIONS');
  });

  it('takes a tenth of the span in whole units as the default window', () => {
    expect(defaultWindowMs(40 * D)).toBe(4 * D);
    expect(defaultWindowMs(2 * D)).toBe(5 * 3_600_000);
    expect(defaultWindowMs(30 * 60_000)).toBe(3_600_000);
    expect(defaultWindowMs(365 * D)).toBe(5 * 7 * D);
  });
});
