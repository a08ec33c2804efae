import { describe, expect, it } from 'vitest';
import { encodeCategory } from './categoryCodes.ts';
import { ScoreStore } from '../shared/scoreStore.ts';
import { summarizeSentiment, type SummaryInput } from './sentimentSummary.ts';
import { bucketTimes } from '../../core/trends/timeBuckets.ts';

const compounds = [0.8, -0.6, 0, 0.05, -0.05, 0.3];
const texts = ['great', 'awful', '', 'ok', 'meh', 'nice'];
const day = (d: number): number => Date.UTC(2025, 0, d, 12);
const times = Float64Array.from([day(1), day(1), day(2), day(2), NaN, day(3)]);
const platform = ['X', 'Y', 'X', '', 'Y', 'X'];

function storeWith(rows: number[]): ScoreStore {
  const s = new ScoreStore('text', compounds.length);
  for (const r of rows) s.add(r, Float32Array.from([0, 0, 0, compounds[r]!]));
  return s;
}

function input(store: ScoreStore, thresholds = { positive: 0.05, negative: -0.05 }): SummaryInput {
  return {
    store,
    texts,
    thresholds,
    time: { column: 'created_at', buckets: bucketTimes(times, 'day')!, auto: false },
    category: { column: 'platform', codes: encodeCategory(platform) },
  };
}

describe('summarizeSentiment', () => {
  const all = summarizeSentiment(input(storeWith([0, 1, 2, 3, 4, 5])));

  it('counts labels with the thresholds inclusive, and empty texts', () => {
    // ≥ 0.05: 0.8, 0.05, 0.3; ≤ -0.05: -0.6, -0.05; between: 0
    expect(all.counts).toEqual({ negative: 2, neutral: 1, positive: 3 });
    expect(all.emptyTexts).toBe(1);
    expect(all.meanCompound).toBe(0.0833); // 0.5 / 6
    expect(all.complete).toBe(true);
  });

  it("counts the classifier's classes instead of VADER's when the person chose it, and says so", () => {
    const classes = Uint8Array.from([0, 0, 0, 1, 2, 2]);
    const chosen = summarizeSentiment({
      ...input(storeWith([0, 1, 2, 3, 4, 5])),
      classes,
    });
    expect(all.source).toBe('vader');
    expect(chosen.source).toBe('classifier');
    expect(chosen.counts).toEqual({ negative: 3, neutral: 1, positive: 2 });
    // X: rows 0, 2, 5 → negative, negative, positive
    expect(chosen.byCategory!.groups[0]).toMatchObject({ value: 'X', negative: 2, positive: 1 });
  });

  it('bins compound in bins cut at the thresholds, each holding one label', () => {
    // [-1, -0.05] in 10 bins of 0.095, (-0.05, 0.05) one bin, [0.05, 1] in 10 bins of 0.095
    const expected = new Array<number>(21).fill(0);
    // -0.6 → [-0.62, -0.525) = bin 4; -0.05 (negative) → 9; 0 (neutral) → 10; 0.05 (positive) → 11;
    // 0.3 → [0.24, 0.335) = 13; 0.8 → [0.715, 0.81) = 18
    for (const b of [4, 9, 10, 11, 13, 18]) expected[b]++;
    expect(all.histogram.counts).toEqual(expected);
    expect(all.histogram.edges[0]).toBe(-1);
    expect(all.histogram.edges.slice(10, 12)).toEqual([-0.05, 0.05]);
    expect(all.histogram.edges[21]).toBe(1);
  });

  it('breaks sentiment down by day and by category', () => {
    expect(all.overTime!.buckets).toEqual([
      { start: Date.UTC(2025, 0, 1), negative: 1, neutral: 0, positive: 1, meanCompound: 0.1 },
      { start: Date.UTC(2025, 0, 2), negative: 0, neutral: 1, positive: 1, meanCompound: 0.025 },
      { start: Date.UTC(2025, 0, 3), negative: 0, neutral: 0, positive: 1, meanCompound: 0.3 },
    ]);
    expect(all.overTime!.undated).toBe(1);
    // X: 0.8, 0, 0.3; Y: -0.6, -0.05; row 3 has no platform
    expect(all.byCategory!.groups).toEqual([
      { value: 'X', negative: 0, neutral: 1, positive: 2, total: 3, meanCompound: 0.3667 },
      { value: 'Y', negative: 2, neutral: 0, positive: 0, total: 2, meanCompound: -0.325 },
    ]);
  });

  it('lists the most positive and most negative posts with their scores', () => {
    expect(all.mostPositive.map((p) => [p.row, p.compound, p.label])).toEqual([
      [0, 0.8, 'positive'],
      [5, 0.3, 'positive'],
      [3, 0.05, 'positive'],
    ]);
    expect(all.mostNegative.map((p) => [p.row, p.text, p.compound])).toEqual([
      [1, 'awful', -0.6],
      [4, 'meh', -0.05],
    ]);
  });

  it('recounts under other thresholds without rescoring', () => {
    const strict = summarizeSentiment(
      input(storeWith([0, 1, 2, 3, 4, 5]), { positive: 0.5, negative: -0.5 }),
    );
    expect(strict.counts).toEqual({ negative: 1, neutral: 4, positive: 1 });
  });

  it('summarises only the rows scored so far', () => {
    const partial = summarizeSentiment(input(storeWith([0, 1, 2])));
    expect(partial.scored).toBe(3);
    expect(partial.complete).toBe(false);
    expect(partial.counts).toEqual({ negative: 1, neutral: 1, positive: 1 });
    expect(partial.overTime!.buckets.map((b) => b.negative + b.neutral + b.positive)).toEqual([
      2, 1, 0,
    ]);
  });

  it('folds categories past the twelve most frequent into Other', () => {
    const rows = 20;
    const store = new ScoreStore('text', rows);
    store.add(0, new Float32Array(rows * 4));
    const cells = Array.from({ length: rows }, (_, i) => (i < 6 ? 'big' : `v${i}`));
    const s = summarizeSentiment({
      store,
      texts: new Array<string>(rows).fill('x'),
      thresholds: { positive: 0.05, negative: -0.05 },
      time: null,
      category: { column: 'c', codes: encodeCategory(cells) },
    });
    expect(s.byCategory!.groups).toHaveLength(13);
    expect(s.byCategory!.groups[0]).toMatchObject({ value: 'big', total: 6 });
    expect(s.byCategory!.groups[12]).toMatchObject({ value: 'Other (3 values)', total: 3 });
    expect(s.byCategory!.otherValues).toBe(3);
    expect(s.overTime).toBeNull();
  });
});
