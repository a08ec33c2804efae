import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, normalizedMutualInfo } from './clusterAgreement.ts';

// expected values printed by scikit-learn 1.2.1 normalized_mutual_info_score / adjusted_rand_score
describe('cluster agreement', () => {
  it('matches scikit-learn on labels of different kinds', () => {
    const t = ['a', 'a', 'b', 'b', 'c', 'c', 'c', 'a'];
    const p = [0, 0, 1, 1, 1, 2, 2, 0];
    expect(normalizedMutualInfo(t, p)).toBeCloseTo(0.7794365191085162, 12);
    expect(adjustedRandIndex(t, p)).toBeCloseTo(0.6190476190476191, 12);
  });
  it('matches scikit-learn on a poor clustering', () => {
    const t = [0, 0, 0, 1, 1, 1, 2, 2, 2, 2];
    const p = [1, 1, 0, 0, 0, 2, 2, 2, 1, 1];
    expect(normalizedMutualInfo(t, p)).toBeCloseTo(0.3946483716358942, 12);
    expect(adjustedRandIndex(t, p)).toBeCloseTo(0.09090909090909091, 12);
  });
  it('scores a relabelled identical partition 1 and one cluster against many 0', () => {
    expect(normalizedMutualInfo([1, 1, 2, 2], ['x', 'x', 'y', 'y'])).toBe(1);
    expect(adjustedRandIndex([1, 1, 2, 2], ['x', 'x', 'y', 'y'])).toBe(1);
    expect(normalizedMutualInfo([1, 1, 2, 2], [0, 0, 0, 0])).toBe(0);
  });
});
