/** How often the leading terms are used over time: posts per bucket for the top N terms. */
import type { TermIndex } from './termIndex.ts';
import { topIds } from './termIndex.ts';
import type { TimeBuckets, TrendUnit } from './timeBuckets.ts';

export interface TermSeries {
  readonly term: string;
  /** Dated posts using the term, over the whole span. */
  readonly total: number;
  /** Posts using the term in each bucket. */
  readonly counts: readonly number[];
}

export interface TermsOverTime {
  readonly unit: TrendUnit;
  readonly starts: readonly number[];
  /** Dated posts per bucket (with or without a term), for shares. */
  readonly posts: readonly number[];
  readonly series: readonly TermSeries[];
}

/** Posts per bucket for the `top` terms used by the most dated posts (ties in code-point order). */
export function termsOverTime(index: TermIndex, buckets: TimeBuckets, top = 8): TermsOverTime {
  const totals = new Uint32Array(index.terms.length);
  const posts = new Array<number>(buckets.count).fill(0);
  for (let post = 0; post + 1 < index.ptr.length; post++) {
    const b = buckets.index[post]!;
    if (b < 0) continue;
    posts[b]!++;
    for (let p = index.ptr[post]!; p < index.ptr[post + 1]!; p++) totals[index.ids[p]!]!++;
  }
  const chosen = topIds(totals, index.terms, top);
  const row = new Map(chosen.map((id, r) => [id, r]));
  const counts = chosen.map(() => new Array<number>(buckets.count).fill(0));
  for (let post = 0; post + 1 < index.ptr.length; post++) {
    const b = buckets.index[post]!;
    if (b < 0) continue;
    for (let p = index.ptr[post]!; p < index.ptr[post + 1]!; p++) {
      const r = row.get(index.ids[p]!);
      if (r !== undefined) counts[r]![b]!++;
    }
  }
  return {
    unit: buckets.unit,
    starts: buckets.starts,
    posts,
    series: chosen.map((id, r) => ({
      term: index.terms[id]!,
      total: totals[id]!,
      counts: counts[r]!,
    })),
  };
}
