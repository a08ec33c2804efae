import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DatasetMeta, EngagementDataRequest, Result } from '../../workers/api.ts';
import { generatePosts } from '../../workers/core/features/posts.testutil.ts';
import { matrixFromColumns } from '../../workers/core/forest/matrix.ts';
import { gridSearch } from '../../workers/core/forest/gridSearch.ts';
import { defaultPreprocessSpec } from '../../workers/core/preprocess/fromSchema.ts';
import { setCurrent } from '../../workers/jobs/shared/session.ts';
import { engagementAnalysisJobs } from '../../workers/jobs/engagement/analysisJobs.ts';
import { engagementComputeJobs } from '../../workers/jobs/engagement/computeJobs.ts';
import { engagementLiveJobs } from '../../workers/jobs/engagement/liveJobs.ts';
import type { Engine } from './engine.ts';
import { trainEngagementModel, type EngagementTrainingProgress } from './engagementTraining.ts';
import { fitCost, runGridSearch, type GridRunProgress } from './gridSearch.ts';
import { runHalvingSearch, type HalvingRunProgress } from './halvingSearch.ts';
import { halvingSearch } from '../../workers/core/forest/halving.ts';

type AnyJob = (request: unknown, onProgress?: unknown) => Promise<Result<unknown>>;
const ABORTED = { ok: false, error: { code: 'ABORTED', message: 'Cancelled.' } } as const;

/**
 * The engagement jobs run in this thread behind a pool of `size` fake workers: each remembers the
 * matrix key it was sent (as a real worker's cache does) and a call waits for a free worker.
 * `hang` makes fits wait until aborted, to test Cancel; `restartEvery` n makes a worker forget the
 * matrix after every n-th fit, as a restarted worker does.
 */
function fakeEngine(
  size: number,
  log: { fits: number; sends: number; maxBusy: number },
  hang = false,
  restartEvery = 0,
): Engine {
  const have: (string | null)[] = new Array(size).fill(null);
  const free = Array.from({ length: size }, (_, i) => i);
  const waiting: ((w: number) => void)[] = [];
  const acquire = () =>
    new Promise<number>((resolve) =>
      free.length > 0 ? resolve(free.shift()!) : waiting.push(resolve),
    );
  const release = (w: number) => (waiting.length > 0 ? waiting.shift()!(w) : free.push(w));
  const call =
    (jobs: object) => (method: string, request: unknown, options?: { onProgress?: unknown }) =>
      (jobs as Record<string, AnyJob>)[method]!(request, options?.onProgress);
  return {
    analysis: call(engagementAnalysisJobs) as Engine['analysis'],
    live: call(engagementLiveJobs) as Engine['live'],
    compute: (async (
      method: string,
      request: { key?: string; data?: { key: string } },
      options?: { signal?: AbortSignal; onProgress?: unknown },
    ) => {
      const w = await acquire();
      log.maxBusy = Math.max(log.maxBusy, size - free.length);
      try {
        await new Promise((r) => setTimeout(r, 1));
        if (options?.signal?.aborted) return ABORTED;
        if (method === 'engagementFold') {
          if (request.data) {
            have[w] = request.data.key;
            log.sends++;
          } else if (have[w] !== request.key) return { ok: true, value: { status: 'need-data' } };
          log.fits++;
          if (hang) {
            return await new Promise((resolve) =>
              options?.signal?.addEventListener('abort', () => resolve(ABORTED), { once: true }),
            );
          }
        }
        const result = await (engagementComputeJobs as unknown as Record<string, AnyJob>)[method]!(
          request,
          options?.onProgress,
        );
        if (restartEvery > 0 && log.fits % restartEvery === 0) have[w] = null;
        return result;
      } finally {
        release(w);
      }
    }) as Engine['compute'],
    poolSize: () => size,
  };
}

function loadPosts(n: number): void {
  const { table, schema } = generatePosts(n, 5);
  const meta = {
    id: 'ds-grid',
    name: 'posts',
    fileName: 'posts.csv',
    rows: n,
    columns: table.header.length,
  } as DatasetMeta;
  setCurrent({
    meta,
    table,
    schema,
    mapping: Object.fromEntries(schema.map((c) => [c.name, c.role])),
    mappingRemembered: false,
    preprocessing: defaultPreprocessSpec(schema),
    cache: new Map(),
  });
}

afterEach(() => setCurrent(null));

const REQUEST: EngagementDataRequest = {
  target: { expression: 'likes', log1p: true },
  task: 'regression',
  features: {},
  testSize: 0.2,
  seed: 0,
  folds: 3,
  grid: { nEstimators: [8, 16], maxDepth: [null, 3], maxFeatures: ['sqrt', 1] },
  base: {},
};

async function prepared() {
  const p = await engagementAnalysisJobs.engagementPrepare(REQUEST);
  if (!p.ok) throw new Error(p.error.message);
  return p.value;
}

describe('grid search across the pool', () => {
  it('gives exactly the fold scores of the sequential GridSearchCV, sending the matrix once per worker', async () => {
    loadPosts(300);
    const p = await prepared();
    const log = { fits: 0, sends: 0, maxBusy: 0 };
    const progress: GridRunProgress[] = [];
    const r = await runGridSearch(
      { prepared: p, folds: 3, seed: 0, progressEveryMs: 0, onProgress: (x) => progress.push(x) },
      fakeEngine(3, log),
    );
    if (!r.ok) throw new Error(r.error.message);
    const sequential = await gridSearch(
      matrixFromColumns(
        Array.from({ length: p.train.cols }, (_, c) =>
          p.train.X.subarray(c * p.train.rows, (c + 1) * p.train.rows),
        ),
      ),
      { kind: 'regression', y: p.train.y },
      // the pool's folds keep copies together, as GridSearchCV with groups
      { grid: REQUEST.grid, folds: 3, refit: false, groups: p.trainGroups },
    );
    if (!sequential.ok) throw new Error(sequential.error.message);
    expect(p.trainGroups).not.toBeNull();
    expect(r.value.foldScores).toEqual(sequential.value.points.map((pt) => pt.foldScores));
    expect(log.fits).toBe(24);
    expect(log.maxBusy).toBe(3);
    expect(r.value.matrixSends).toBe(3);
    expect(log.sends).toBe(3);
    // one row per running fit, never more than the workers; the overall count reaches the total
    expect(Math.max(...progress.map((x) => x.running.length))).toBeLessThanOrEqual(3);
    expect(
      progress.some((x) => x.running.some((f) => f.treesDone > 0 && f.treesDone < f.nTrees)),
    ).toBe(true);
    expect(progress.at(-1)).toMatchObject({ fitsDone: 24, fitsTotal: 24 });
  });

  it('sends the matrix again to a worker that lost it, and still gets every score', async () => {
    loadPosts(120);
    const p = await prepared();
    const steady = await runGridSearch(
      { prepared: p, folds: 3, seed: 0 },
      fakeEngine(2, { fits: 0, sends: 0, maxBusy: 0 }),
    );
    const log = { fits: 0, sends: 0, maxBusy: 0 };
    const restarting = await runGridSearch(
      { prepared: p, folds: 3, seed: 0 },
      fakeEngine(2, log, false, 5),
    );
    if (!steady.ok || !restarting.ok) throw new Error('grid failed');
    expect(restarting.value.foldScores).toEqual(steady.value.foldScores);
    expect(steady.value.matrixSends).toBe(2);
    // 24 fits, a worker forgetting after every 5th: the first sends plus one per loss
    expect(restarting.value.matrixSends).toBe(2 + Math.floor(24 / 5));
    expect(log.sends).toBe(restarting.value.matrixSends);
  });

  it('stops at once when cancelled and reports ABORTED', async () => {
    loadPosts(120);
    const p = await prepared();
    const log = { fits: 0, sends: 0, maxBusy: 0 };
    const ac = new AbortController();
    const running = runGridSearch(
      { prepared: p, folds: 3, seed: 0, signal: ac.signal },
      fakeEngine(2, log, true),
    );
    // both workers busy with a fit
    await vi.waitFor(() => expect(log.fits).toBe(2), { timeout: 10_000 });
    ac.abort();
    // the two fits never finish on their own: it ended them, and started none of the other 22
    expect(await running).toEqual(ABORTED);
    expect(log.fits).toBe(2);
  });

  it('starts the costliest fits first', () => {
    expect(fitCost({ nEstimators: 200, maxDepth: null, maxFeatures: 1 }, 36)).toBeGreaterThan(
      fitCost({ nEstimators: 200, maxDepth: 10, maxFeatures: 'sqrt' }, 36),
    );
    expect(fitCost({ nEstimators: 50, maxFeatures: 0.5 }, 36)).toBe(50 * 18 * 20);
  });
});

describe('successive halving across the pool', () => {
  it('runs the rounds of the sequential halving search with the same scores and choice', async () => {
    loadPosts(300);
    const p = await prepared();
    const progress: HalvingRunProgress[] = [];
    const r = await runHalvingSearch(
      { prepared: p, folds: 3, seed: 0, progressEveryMs: 0, onProgress: (x) => progress.push(x) },
      fakeEngine(3, { fits: 0, sends: 0, maxBusy: 0 }),
    );
    if (!r.ok) throw new Error(r.error.message);
    const sequential = await halvingSearch(
      matrixFromColumns(
        Array.from({ length: p.train.cols }, (_, c) =>
          p.train.X.subarray(c * p.train.rows, (c + 1) * p.train.rows),
        ),
      ),
      { kind: 'regression', y: p.train.y },
      { grid: REQUEST.grid, folds: 3, groups: p.trainGroups },
    );
    if (!sequential.ok) throw new Error(sequential.error.message);
    // 8 points on a third of the 240 training posts, the best 3 on all of them
    expect(r.value.rounds.map((x) => [x.rows, x.candidates.length])).toEqual([
      [80, 8],
      [240, 3],
    ]);
    expect(r.value.rounds).toEqual(sequential.value.rounds);
    expect(r.value.summary.bestIndex).toBe(sequential.value.summary.bestIndex);
    // progress counts every fit of both rounds and names the round
    expect(progress.at(-1)).toMatchObject({ fitsDone: 33, fitsTotal: 33, round: 1, rounds: 2 });
    expect(progress.some((x) => x.round === 0 && x.candidates === 8 && x.rows === 80)).toBe(true);
  });
});

describe('training end to end', () => {
  it('prepares, searches, refits and draws the curve, then gives the live worker the model', async () => {
    loadPosts(200);
    const stages: EngagementTrainingProgress['stage'][] = [];
    const r = await trainEngagementModel(
      { ...REQUEST, grid: { nEstimators: [8], maxDepth: [null, 3] } },
      { onProgress: (x) => stages.at(-1) !== x.stage && stages.push(x.stage) },
      fakeEngine(2, { fits: 0, sends: 0, maxBusy: 0 }),
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(stages).toEqual(['prepare', 'grid', 'finish']);
    expect(r.value.summary.points).toHaveLength(2);
    expect(r.value.curve.points.length).toBeGreaterThan(1);
    expect(r.value.live?.target.expression).toBe('likes');
    const info = await engagementLiveJobs.engagementModelInfo({});
    expect(info.ok && info.value?.trees).toBe(8);
  });
});
