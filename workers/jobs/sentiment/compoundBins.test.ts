import { describe, expect, it } from 'vitest';
import { compoundBins } from './compoundBins.ts';

describe('compoundBins', () => {
  it("cuts the bins at VADER's ±0.05, so the neutral band is a bin of its own", () => {
    const { edges, binOf } = compoundBins({ positive: 0.05, negative: -0.05 });
    expect(edges).toHaveLength(22);
    expect(edges[0]).toBe(-1);
    expect(edges[10]).toBe(-0.05);
    expect(edges[11]).toBe(0.05);
    expect(edges[21]).toBe(1);
    // the spike at 0 and a score just under the positive threshold are neutral: bin 10
    expect(binOf(0, 1)).toBe(10);
    expect(binOf(0.0499, 1)).toBe(10);
    // on a threshold, the label decides the side
    expect(binOf(0.05, 2)).toBe(11);
    expect(binOf(-0.05, 0)).toBe(9);
    expect(binOf(1, 2)).toBe(20);
    expect(binOf(-1, 0)).toBe(0);
  });

  it('keeps every bin inside one label for a wider neutral band', () => {
    const t = { positive: 0.3, negative: -0.2 };
    const { edges, binOf } = compoundBins(t);
    expect(edges).toContain(0.3);
    expect(edges).toContain(-0.2);
    for (const c of [-0.9, -0.2, -0.19, 0, 0.29, 0.3, 0.95]) {
      const label = c >= t.positive ? 2 : c <= t.negative ? 0 : 1;
      const b = binOf(c, label);
      const mid = (edges[b]! + edges[b + 1]!) / 2;
      const midLabel = mid >= t.positive ? 2 : mid <= t.negative ? 0 : 1;
      expect(midLabel, `compound ${c}`).toBe(label);
      expect(c).toBeGreaterThanOrEqual(edges[b]!);
      expect(c).toBeLessThanOrEqual(edges[b + 1]!);
    }
  });

  it('gives an empty range no bins (a threshold at 1)', () => {
    const { edges, binOf } = compoundBins({ positive: 1, negative: -0.05 });
    // 10 negative bins, 11 neutral ones over (-0.05, 1), no positive one
    expect(edges).toHaveLength(22);
    expect(edges[10]).toBe(-0.05);
    expect(edges.at(-1)).toBe(1);
    expect(binOf(1, 2)).toBe(edges.length - 2);
  });
});
