import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import { gridSearch, runFold, summariseGrid, type GridProgress } from './gridSearch.ts';
import { matrixFromRows } from './matrix.ts';
import { kFold } from './splits.ts';

const rng = createRng(21);
const rows = Array.from({ length: 120 }, () => [rng.next(), rng.next(), rng.int(3)]);
const y = rows.map((r) => 4 * r[0]! + (r[2] === 1 ? 2 : 0) + rng.normal() * 0.2);
const X = matrixFromRows(rows);

describe('summariseGrid', () => {
  it('computes means, population stds and min-ranks with ties, as sklearn cv_results_', () => {
    const s = summariseGrid(
      [{ maxDepth: 1 }, { maxDepth: 2 }, { maxDepth: 3 }],
      [
        [-1, -3],
        [-2, -4],
        [-3, -1],
      ],
      'neg_mse',
    );
    // means −2, −3, −2; stds 1, 1, 1; ranks 1, 3, 1; best = first rank-1 point
    expect(s.points.map((p) => [p.meanScore, p.stdScore, p.rank])).toEqual([
      [-2, 1, 1],
      [-3, 1, 3],
      [-2, 1, 1],
    ]);
    expect(s.bestIndex).toBe(0);
    expect(s.bestParams).toEqual({ maxDepth: 1 });
    expect(s.bestScore).toBe(-2);
  });
});

describe('gridSearch', () => {
  it('scores each point and fold as runFold does, reports progress and refits the best point', async () => {
    const events: GridProgress[] = [];
    const grid = { maxDepth: [1, 4], nEstimators: [5] };
    const r = await gridSearch(
      X,
      { kind: 'regression', y },
      { grid, folds: 3, seed: 9, onProgress: (p) => events.push(p) },
    );
    if (!r.ok) throw new Error(r.error.message);
    const splits = kFold(120, 3);
    if (!splits.ok) throw new Error('folds');
    const fold1 = runFold(
      X,
      { kind: 'regression', y },
      splits.value[1]!.train,
      splits.value[1]!.test,
      { maxDepth: 4, nEstimators: 5 },
      9,
    );
    expect(fold1.ok && fold1.value).toBe(r.value.points[1]!.foldScores[1]);
    // a depth-1 stump cannot fit 4·x0 + 2·[x2 = 1] as well as depth 4
    expect(r.value.bestParams).toEqual({ maxDepth: 4, nEstimators: 5 });
    expect(r.value.model?.params.maxDepth).toBe(4);
    expect(r.value.model?.treeRoot.length).toBe(5);
    expect(events.at(-1)).toMatchObject({
      fitsDone: 6,
      fitsTotal: 7,
      fold: -1,
      treesDone: 5,
      nTrees: 5,
    });
  });
  it('stops with ABORTED when cancelled', async () => {
    const c = new AbortController();
    c.abort();
    const r = await gridSearch(
      X,
      { kind: 'regression', y },
      { grid: { nEstimators: [5] }, folds: 2, signal: c.signal },
    );
    expect(r.ok ? null : r.error.code).toBe('ABORTED');
  });
  it('refuses a grid with an invalid point before fitting anything', async () => {
    const r = await gridSearch(X, { kind: 'regression', y }, { grid: { maxDepth: [3, 0] } });
    expect(r.ok ? null : r.error.message).toMatch(/maxDepth/);
  });
});

describe('grouped cross-validation', () => {
  // 30 distinct posts, each copied 6 times; the target is noise, so nothing can be predicted
  const noise = createRng(5);
  const base = Array.from({ length: 30 }, () => [noise.next(), noise.next()]);
  const baseY = base.map(() => noise.normal());
  const copies = Array.from({ length: 180 }, (_, i) => i % 30);
  const Xc = matrixFromRows(copies.map((g) => base[g]!));
  const yc = Float64Array.from(copies, (g) => baseY[g]!);
  const search = (groups?: number[]) =>
    gridSearch(
      Xc,
      { kind: 'regression', y: yc },
      {
        grid: { nEstimators: [20], maxDepth: [null] },
        folds: 5,
        scoring: 'r2',
        refit: false,
        ...(groups ? { groups } : {}),
      },
    );

  it('scores copies as recalled with plain folds, and as unpredictable with grouped folds', async () => {
    const plain = await search();
    const grouped = await search(copies);
    if (!plain.ok || !grouped.ok) throw new Error('grid search failed');
    // with copies on both sides the forest looks nearly perfect …
    expect(plain.value.bestScore).toBeGreaterThan(0.8);
    // … and is no better than the mean once a text never sits on both sides
    expect(grouped.value.bestScore).toBeLessThan(0.1);
  });
});
