import { describe, expect, it } from 'vitest';
import { silhouettePlot } from './silhouettePlot.ts';

describe('silhouette plot', () => {
  it('sorts each cluster high to low and keeps evenly spaced bars in proportion to its size', () => {
    // cluster 0: 6 posts, cluster 1: 2 posts, cluster 2: none; 4 bars for 8 posts → 3 and 1
    const cluster = [0, 1, 0, 0, 1, 0, 0, 0];
    const value = [0.1, -0.2, 0.5, 0.3, 0.4, 0.0, 0.2, 0.6];
    const plot = silhouettePlot(cluster, value, 3, false, 4);
    // cluster 0 sorted: 0.6 0.5 0.3 0.2 0.1 0.0 → positions 0, 2.5→3 (round half up), 5
    expect(plot.bars).toEqual([
      { cluster: 0, value: 0.6 },
      { cluster: 0, value: 0.2 },
      { cluster: 0, value: 0.0 },
      { cluster: 1, value: 0.4 },
    ]);
    expect(plot.clusterMeans[0]).toBeCloseTo(1.7 / 6, 12);
    expect(plot.clusterMeans[1]).toBeCloseTo(0.1, 12);
    expect(plot.clusterMeans[2]).toBeNull();
    expect(plot.mean).toBeCloseTo(1.9 / 8, 12);
    expect(plot.scored).toBe(8);
  });

  it('keeps every post when there are fewer than the bars allowed', () => {
    expect(silhouettePlot([1, 0], [0.3, 0.7], 2, true).bars).toEqual([
      { cluster: 0, value: 0.7 },
      { cluster: 1, value: 0.3 },
    ]);
  });
});
