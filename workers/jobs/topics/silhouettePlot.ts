/** The per-cluster silhouette plot from per-post silhouettes, thinned to a number of bars a chart can draw. */
import type { SilhouettePlot } from '../../api/topics.ts';

/** Bars drawn at most: enough for the shape of each cluster, cheap for an SVG chart. */
export const SILHOUETTE_BARS = 400;

/**
 * Sorts each cluster's silhouettes high to low and keeps, per cluster, evenly spaced ones
 * (first and last included) in proportion to its size, at least one per scored cluster.
 * Means are over all scored posts, not the kept bars.
 */
export function silhouettePlot(
  cluster: ArrayLike<number>,
  value: ArrayLike<number>,
  k: number,
  sampled: boolean,
  maxBars = SILHOUETTE_BARS,
): SilhouettePlot {
  const per: number[][] = Array.from({ length: k }, () => []);
  let total = 0;
  for (let i = 0; i < value.length; i++) {
    per[cluster[i]!]!.push(value[i]!);
    total += value[i]!;
  }
  const bars: { cluster: number; value: number }[] = [];
  const n = value.length;
  per.forEach((values, c) => {
    if (values.length === 0) return;
    values.sort((a, b) => b - a);
    const m = Math.min(values.length, Math.max(1, Math.round((maxBars * values.length) / n)));
    for (let j = 0; j < m; j++)
      bars.push({
        cluster: c,
        value: values[m === 1 ? 0 : Math.round((j * (values.length - 1)) / (m - 1))]!,
      });
  });
  return {
    bars,
    clusterMeans: per.map((v) => (v.length > 0 ? v.reduce((s, x) => s + x, 0) / v.length : null)),
    mean: n > 0 ? total / n : 0,
    scored: n,
    sampled,
  };
}
