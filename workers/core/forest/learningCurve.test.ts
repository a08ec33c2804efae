import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import { learningCurve } from './learningCurve.ts';
import { matrixFromRows } from './matrix.ts';

const rng = createRng(41);
const rows = Array.from({ length: 100 }, () => [rng.next(), rng.next()]);
const y = rows.map((r) => Math.sin(6 * r[0]!) + rng.normal() * 0.1);
const X = matrixFromRows(rows);

describe('learningCurve', () => {
  it('turns shares into floor(share × first fold training rows), deduplicated and sorted', async () => {
    // 4 folds of 100 rows: 75 training rows; 0.1 → 7, 0.5 → 37, 1 → 75
    const r = await learningCurve(
      X,
      { kind: 'regression', y },
      { nEstimators: 5 },
      { trainSizes: [1, 0.1, 0.5, 0.1], folds: 4 },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.map((p) => p.trainSize)).toEqual([7, 37, 75]);
    expect(r.value[0]!.testScores).toHaveLength(4);
    // more rows fit the sine better on held-out folds
    expect(r.value[2]!.meanTest).toBeGreaterThan(r.value[0]!.meanTest);
  });
  it('refuses sizes beyond the training rows', async () => {
    const r = await learningCurve(X, { kind: 'regression', y }, {}, { trainSizes: [500] });
    expect(r.ok ? null : r.error.code).toBe('INVALID_OPTIONS');
  });
});
