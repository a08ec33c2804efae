/**
 * The compound histogram's bins, cut at the label thresholds: every bin holds posts of one label
 * only, so the bars can be coloured by label. With equal bins of 0.1 from -1, the bin [0, 0.1)
 * held the spike of posts at exactly 0 (neutral) and was coloured by its middle, 0.05: positive.
 */
import type { SentimentThresholds } from '../../api/sentiment.ts';

/** Aimed-for bin width: the negative, neutral and positive ranges each get about 1 / 0.1 bins per unit. */
const WIDTH = 0.1;

export interface CompoundBins {
  /** Bin edges from -1 to 1, the thresholds among them (4 decimals). */
  readonly edges: readonly number[];
  /** The bin of a compound score whose label index is `label` (0 negative, 1 neutral, 2 positive). */
  readonly binOf: (compound: number, label: number) => number;
}

/**
 * Bins over [-1, 1]: [-1, negative], (negative, positive) and [positive, 1] each split into equal
 * bins about 0.1 wide (at least one; an empty range gets none). A score is placed within its own
 * label's range, so a score on a threshold lands on the side its label says.
 */
export function compoundBins(thresholds: SentimentThresholds): CompoundBins {
  const neg = Math.max(-1, Math.min(1, thresholds.negative));
  const pos = Math.max(neg, Math.min(1, thresholds.positive));
  const ranges: [number, number][] = [
    [-1, neg],
    [neg, pos],
    [pos, 1],
  ];
  const counts = ranges.map(([a, b]) =>
    b > a ? Math.max(1, Math.round((b - a) / WIDTH + 1e-9)) : 0,
  );
  const firsts = [0, counts[0]!, counts[0]! + counts[1]!];
  const edges: number[] = [-1];
  ranges.forEach(([a, b], r) => {
    for (let k = 1; k <= counts[r]!; k++)
      edges.push(Math.round((a + ((b - a) * k) / counts[r]!) * 10_000) / 10_000);
  });
  const total = edges.length - 1;
  const binOf = (compound: number, label: number): number => {
    let r = label;
    // A label whose range is empty (a threshold at ±1): the nearest range that has bins.
    while (counts[r] === 0) r = r === 0 ? 1 : r === 2 ? 1 : compound < 0 ? 0 : 2;
    const [a, b] = ranges[r]!;
    // On the 4-decimal grid VADER rounds to, so a float32 -0.6 is not placed just below -0.6.
    const c = Math.round(compound * 10_000) / 10_000;
    const k = Math.floor(((c - a) / (b - a)) * counts[r]!);
    return Math.min(total - 1, firsts[r]! + Math.max(0, Math.min(counts[r]! - 1, k)));
  };
  return { edges, binOf };
}
