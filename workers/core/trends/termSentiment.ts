/** Sentiment per term: the mean VADER compound of the posts using it, and their label shares. */
import { DEFAULT_THRESHOLDS, sentimentLabel } from '../sentiment/label.ts';
import type { SentimentThresholds } from '../sentiment/types.ts';
import { topIds, type TermIndex } from './termIndex.ts';

export interface TermSentiment {
  readonly term: string;
  /** Scored posts using the term. */
  readonly posts: number;
  readonly meanCompound: number;
  /** Posts per label. */
  readonly positive: number;
  readonly neutral: number;
  readonly negative: number;
}

export interface TermSentimentOptions {
  /** Terms listed: those used by the most scored posts. Default 15. */
  readonly top?: number;
  /** Labels from compound, default ±0.05 (VADER's). */
  readonly thresholds?: SentimentThresholds;
}

/** Sentiment of the `top` most used terms; `compound` has one score per post (NaN = not scored, left out). */
export function termSentiment(
  index: TermIndex,
  compound: ArrayLike<number>,
  options: TermSentimentOptions = {},
): TermSentiment[] {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const n = index.terms.length;
  const posts = new Uint32Array(n);
  const sum = new Float64Array(n);
  const byLabel = {
    positive: new Uint32Array(n),
    neutral: new Uint32Array(n),
    negative: new Uint32Array(n),
  };
  for (let post = 0; post + 1 < index.ptr.length; post++) {
    const c = compound[post]!;
    if (!Number.isFinite(c)) continue;
    const counts = byLabel[sentimentLabel(c, thresholds)];
    for (let p = index.ptr[post]!; p < index.ptr[post + 1]!; p++) {
      const id = index.ids[p]!;
      posts[id]!++;
      sum[id]! += c;
      counts[id]!++;
    }
  }
  return topIds(posts, index.terms, options.top ?? 15).map((id) => ({
    term: index.terms[id]!,
    posts: posts[id]!,
    meanCompound: sum[id]! / posts[id]!,
    positive: byLabel.positive[id]!,
    neutral: byLabel.neutral[id]!,
    negative: byLabel.negative[id]!,
  }));
}
