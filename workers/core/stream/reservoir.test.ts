import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import { Reservoir, sampleInOrder } from './reservoir.ts';

describe('Reservoir', () => {
  it('keeps everything, in order, while under its capacity', () => {
    const r = new Reservoir<number>(5, createRng(1));
    [10, 11, 12].forEach((x) => r.offer(x));
    expect(r.drain()).toEqual({ items: [10, 11, 12], offered: 3 });
    expect(r.drain()).toEqual({ items: [], offered: 0 });
  });

  it('keeps a uniform sample of a flood, in arrival order, never more than its capacity', () => {
    // 2,000 rounds of 100 items into 10 slots: each item kept 1 time in 10, within 3 standard errors
    const kept = new Float64Array(100);
    const r = new Reservoir<number>(10, createRng(7));
    for (let round = 0; round < 2000; round++) {
      for (let i = 0; i < 100; i++) r.offer(i);
      const { items, offered } = r.drain();
      expect(offered).toBe(100);
      expect(items).toHaveLength(10);
      expect([...items].sort((a, b) => a - b)).toEqual(items);
      for (const i of items) kept[i]!++;
    }
    // expected 200 per item, sd = sqrt(2000 · 0.1 · 0.9) ≈ 13.4
    for (const k of kept) expect(Math.abs(k - 200)).toBeLessThan(3 * 13.4 + 10);
    expect(kept[0]).toBeGreaterThan(150);
    expect(kept[99]).toBeGreaterThan(150);
  });

  it('subsamples to an allowance keeping order', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const s = sampleInOrder(items, 5, createRng(3));
    expect(s).toHaveLength(5);
    expect([...s].sort((a, b) => a - b)).toEqual(s);
    expect(new Set(s).size).toBe(5);
    expect(sampleInOrder(items, 50, createRng(3))).toEqual(items);
    expect(sampleInOrder(items, 0, createRng(3))).toEqual([]);
  });
});
