import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import {
  halvingPlan,
  halvingSearch,
  roundsToRun,
  subsampleSplit,
  summariseHalving,
  topCandidates,
} from './halving.ts';
import { matrixFromRows } from './matrix.ts';
import { kFold } from './splits.ts';

describe('halvingPlan', () => {
  it('plans 27 candidates on 4,000 rows as sklearn HalvingGridSearchCV(factor=3): 27, 9, 3, 1 on 148, 444, 1332, 3996 rows', () => {
    expect(halvingPlan(27, 4000)).toEqual([
      { candidates: 27, rows: 148 },
      { candidates: 9, rows: 444 },
      { candidates: 3, rows: 1332 },
      { candidates: 1, rows: 3996 },
    ]);
  });
  it('stops early when the first round would have too few rows, and rounds candidates up', () => {
    // 10 candidates: 1 + ⌊log3 10⌋ = 3 rounds needed; 40 rows from 20: only 1 + ⌊log3 2⌋ = 1 possible
    expect(halvingPlan(10, 40, { minRows: 20 })).toEqual([{ candidates: 10, rows: 20 }]);
    expect(halvingPlan(10, 900).map((r) => r.candidates)).toEqual([10, 4, 2]);
    expect(halvingPlan(10, 900).map((r) => r.rows)).toEqual([100, 300, 900]);
  });
});

describe('roundsToRun', () => {
  it('drops a last round that would only score the one candidate left', () => {
    expect(roundsToRun(halvingPlan(27, 4000)).map((r) => r.candidates)).toEqual([27, 9, 3]);
    expect(roundsToRun(halvingPlan(10, 900)).map((r) => r.candidates)).toEqual([10, 4, 2]);
    expect(roundsToRun([{ candidates: 1, rows: 50 }])).toEqual([{ candidates: 1, rows: 50 }]);
  });
});

describe('topCandidates', () => {
  it('keeps the best mean scores, ties to the earlier candidate, in grid order', () => {
    expect(topCandidates([3, 5, 8, 9], [-2, -1, -1, -4], 2)).toEqual([5, 8]);
    expect(topCandidates([3, 5, 8, 9], [-2, -1, -1, -4], 1)).toEqual([5]);
  });
});

describe('subsampleSplit', () => {
  it('thins train and test rows to the share asked for, seeded, within the fold', () => {
    const split = kFold(90, 3);
    if (!split.ok) throw new Error('kFold');
    const fold = split.value[1]!;
    const a = subsampleSplit(fold, 30, 90, 7);
    expect(a.train).toHaveLength(20);
    expect(a.test).toHaveLength(10);
    expect([...a.test].every((r) => r >= 30 && r < 60)).toBe(true);
    expect([...a.train].every((r) => r < 30 || r >= 60)).toBe(true);
    expect(subsampleSplit(fold, 30, 90, 7)).toEqual(a);
    expect(subsampleSplit(fold, 30, 90, 8).test).not.toEqual(a.test);
    expect(subsampleSplit(fold, 90, 90, 7)).toBe(fold);
  });
});

describe('summariseHalving', () => {
  it('ranks points by the round they reached, then by score; the best is the last round’s best', () => {
    const points = [{ maxDepth: 1 }, { maxDepth: 2 }, { maxDepth: 3 }, { maxDepth: 4 }];
    const s = summariseHalving(
      points,
      [
        { rows: 10, candidates: [0, 1, 2, 3], foldScores: [[-1], [-5], [-2], [-9]] },
        { rows: 30, candidates: [0, 2], foldScores: [[-4], [-3]] },
      ],
      'neg_mse',
    );
    expect(s.points.map((p) => [p.rank, p.round, p.rows, p.meanScore])).toEqual([
      [2, 1, 30, -4],
      [3, 0, 10, -5],
      [1, 1, 30, -3],
      [4, 0, 10, -9],
    ]);
    expect(s.bestIndex).toBe(2);
    expect(s.bestScore).toBe(-3);
  });
});

describe('halvingSearch', () => {
  // a step-free target: deeper trees fit it better, so the unlimited depth must win
  const rng = createRng(5);
  const rows = Array.from({ length: 810 }, () => [rng.next(), rng.next()]);
  const X = matrixFromRows(rows);
  const y = Float64Array.from(rows, (r) => 10 * r[0]! + 0.05 * rng.normal());
  // ParameterGrid order: maxDepth 1 (5, 10, 20 trees), 2 (…), none (points 6, 7, 8)
  const grid = { nEstimators: [5, 10, 20], maxDepth: [1, 2, null], maxFeatures: [1] };

  it('keeps the best third each round and picks the deepest trees on a smooth target, seeded', async () => {
    const r = await halvingSearch(X, { kind: 'regression', y }, { grid, folds: 3, seed: 0 });
    if (!r.ok) throw new Error(r.error.message);
    // 9 candidates on 90 rows, the best 3 on 270; the last round (1 on 810) is skipped
    expect(r.value.rounds.map((x) => [x.rows, x.candidates])).toEqual([
      [90, [0, 1, 2, 3, 4, 5, 6, 7, 8]],
      [270, [6, 7, 8]],
    ]);
    expect(r.value.summary.bestParams.maxDepth).toBeNull();
    expect(r.value.summary.points[r.value.summary.bestIndex]!.round).toBe(1);
    const again = await halvingSearch(X, { kind: 'regression', y }, { grid, folds: 3, seed: 0 });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.summary.points.map((p) => p.meanScore)).toEqual(
      r.value.summary.points.map((p) => p.meanScore),
    );
  });

  it('refuses an empty grid with a code', async () => {
    const r = await halvingSearch(X, { kind: 'regression', y }, { grid: { maxDepth: [] } });
    expect(r.ok ? null : r.error.code).toBe('INVALID_OPTIONS');
  });
});
