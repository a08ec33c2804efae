import { beforeEach, describe, expect, it } from 'vitest';
import type { DatasetMeta } from '../../api/dataset.ts';
import type { EngagementDataRequest, EngagementPrepared, FoldData } from '../../api/engagement.ts';
import { tableFromRows } from '../../core/csv/index.ts';
import type { Result } from '../../core/errors/index.ts';
import { generatePosts } from '../../core/features/posts.testutil.ts';
import { defaultPreprocessSpec } from '../../core/preprocess/fromSchema.ts';
import { inferSchema } from '../../core/schema/index.ts';
import type { ParsedTable } from '../../core/csv/types.ts';
import type { ColumnSchema } from '../../core/schema/types.ts';
import { setCurrent } from '../shared/session.ts';
import { engagementAnalysisJobs as analysis } from './analysisJobs.ts';
import { engagementComputeJobs as compute } from './computeJobs.ts';
import { engagementLiveJobs as live } from './liveJobs.ts';

function load(table: ParsedTable, schema: ColumnSchema[]): void {
  const meta = {
    id: 'ds-engagement',
    name: 't',
    fileName: 't.csv',
    rows: table.rowCount,
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

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}
const code = (r: Result<unknown>): string => (r.ok ? 'ok' : r.error.code);

const REQUEST: EngagementDataRequest = {
  target: { expression: 'likes', log1p: true },
  task: 'regression',
  features: {},
  testSize: 0.2,
  seed: 0,
  folds: 3,
  grid: { nEstimators: [10], maxDepth: [null, 4] },
  base: {},
};

const foldData = (p: EngagementPrepared): FoldData => ({
  key: p.key,
  task: p.task,
  train: p.train,
  featureNames: p.featureNames,
});

describe('engagement jobs', () => {
  beforeEach(() => {
    const { table, schema } = generatePosts(240);
    load(table, schema);
  });

  it('offers the columns, refusing engagement counts as features', async () => {
    const c = value(await analysis.engagementColumns({}));
    expect(c.defaultTarget).toBe('likes');
    expect(c.defaults).toMatchObject({
      text: 'text',
      hashtags: 'hashtags',
      timestamp: 'created_at',
      numeric: ['author_followers'],
      categorical: ['platform', 'country'],
    });
    expect(Object.keys(c.leaky).sort()).toEqual(['comments', 'likes', 'shares']);
    expect(c.sentimentScored).toBe(false);
  });

  it('prepares matrices, runs the folds across "workers", summarises as GridSearchCV and keeps a bundle the live worker predicts with', async () => {
    const p = value(await analysis.engagementPrepare(REQUEST));
    expect(p.points).toEqual([
      { maxDepth: null, nEstimators: 10 },
      { maxDepth: 4, nEstimators: 10 },
    ]);
    expect([p.train.rows, p.test.rows]).toEqual([192, 48]);
    expect(p.sentimentSource).toBe('scored-now');
    expect(p.correlation.columns.at(-1)).toBe('log1p(likes)');

    // a worker without the matrix asks for it; once sent, later fits reuse it
    const ask = {
      key: p.key,
      fold: 0,
      folds: 3,
      params: p.points[0]!,
      seed: 0,
      scoring: p.scoring,
    };
    expect(value(await compute.engagementFold(ask))).toEqual({ status: 'need-data' });
    const progress: number[] = [];
    const first = value(
      await compute.engagementFold({ ...ask, data: foldData(p) }, (x) =>
        progress.push(x.treesDone),
      ),
    );
    expect(first.status).toBe('done');
    expect(progress.at(-1)).toBe(10);
    const scores = [];
    for (const params of p.points) {
      const row = [];
      for (let fold = 0; fold < 3; fold++) {
        const r = value(await compute.engagementFold({ ...ask, fold, params }));
        if (r.status !== 'done') throw new Error('need-data after the matrix was sent');
        row.push(r.score);
      }
      scores.push(row);
    }
    expect(scores[0]![0]).toBe(first.status === 'done' ? first.score : NaN);
    const summary = value(
      await analysis.engagementGridSummary({
        points: p.points,
        foldScores: scores,
        fitSeconds: scores.map((s) => s.map(() => 0)),
        scoring: p.scoring,
      }),
    );
    expect(summary.points[0]!.meanScore).toBeCloseTo(
      (scores[0]![0]! + scores[0]![1]! + scores[0]![2]!) / 3,
      12,
    );

    const refit = value(
      await compute.engagementRefit({
        data: foldData(p),
        test: p.test,
        params: summary.bestParams,
        seed: 0,
        log1p: true,
        permutationRepeats: 2,
      }),
    );
    expect(refit.report.kind).toBe('regression');
    if (refit.report.kind !== 'regression') return;
    // the generated likes follow followers and platform: the forest beats the mean on both scales
    expect(refit.report.fitted.model.mse).toBeLessThan(refit.report.fitted.baseline.mse);
    expect(refit.report.raw).not.toBeNull();
    expect(refit.importances.map((i) => i.name)).toEqual(p.featureNames);
    const top = [...refit.importances].sort((a, b) => b.impurity - a.impurity)[0]!;
    expect(top.name).toBe('log1p_author_followers');

    const curve = value(
      await compute.engagementLearningCurve({
        data: foldData(p),
        params: summary.bestParams,
        folds: 3,
        seed: 0,
        scoring: p.scoring,
      }),
    );
    expect(curve.points.length).toBe(5);

    const bundle = value(await analysis.engagementKeep({ key: p.key, summary, folds: 3, refit }));
    expect(value(await analysis.engagementBundle({}))).toBe(bundle);
    const info = value(
      await live.setEngagementModel({ bundle: JSON.parse(JSON.stringify(bundle)) }),
    );
    expect(info?.fields).toMatchObject({
      text: 'text',
      hashtags: 'hashtags',
      timestamp: 'created_at',
    });
    const small = value(
      await live.predictDraft({
        draft: {
          text: 'new video today',
          time: '2024-03-05T20:00',
          numbers: { author_followers: 5 },
          categories: { platform: 'X' },
        },
      }),
    );
    const big = value(
      await live.predictDraft({
        draft: {
          text: 'new video today',
          time: '2024-03-05T20:00',
          numbers: { author_followers: 5000 },
          categories: { platform: 'TikTok' },
        },
      }),
    );
    expect(big.value).toBeGreaterThan(small.value);
    expect(big.low!).toBeLessThanOrEqual(big.value * 1.0001);
    expect(big.high!).toBeGreaterThanOrEqual(big.low!);
    const byName = Object.fromEntries(big.contributions.map((c) => [c.feature, c.contribution]));
    expect(byName['log1p_author_followers']).toBeGreaterThan(0);
    // the starting point of every path is the root, whose mean is the training mean of log1p(likes)
    expect(big.bias).toBeCloseTo(p.train.y.reduce((a, b) => a + b, 0) / p.train.rows, 5);
  });

  it('refuses a leaky feature with its explanation', async () => {
    const r = await analysis.engagementPrepare({
      ...REQUEST,
      features: { numeric: ['author_followers', 'shares'] },
    });
    expect(code(r)).toBe('LEAKY_FEATURE');
    if (!r.ok) expect(r.error.message).toContain('only known after a post is published');
  });

  it('refuses bad grids, folds and targets with a clear code', async () => {
    expect(code(await analysis.engagementPrepare({ ...REQUEST, grid: { maxDepth: [0] } }))).toBe(
      'INVALID_OPTIONS',
    );
    expect(code(await analysis.engagementPrepare({ ...REQUEST, folds: 1 }))).toBe(
      'INVALID_OPTIONS',
    );
    expect(
      code(await analysis.engagementPrepare({ ...REQUEST, target: { expression: 'text' } })),
    ).toBe('TARGET_NOT_NUMERIC');
    const t = tableFromRows(
      ['text', 'likes'],
      [
        ['a', '1'],
        ['b', '2'],
        ['c', '3'],
      ],
    );
    load(t, inferSchema(t));
    expect(code(await analysis.engagementPrepare(REQUEST))).toBe('TOO_FEW_ROWS');
  });

  it('keeps nothing when the dataset changed under a training run', async () => {
    const p = value(await analysis.engagementPrepare(REQUEST));
    const { table, schema } = generatePosts(100, 9);
    load(table, schema);
    const refit = value(
      await compute.engagementRefit({
        data: foldData(p),
        test: p.test,
        params: p.points[0]!,
        seed: 0,
        log1p: true,
        permutationRepeats: 1,
      }),
    );
    const summary = {
      scoring: p.scoring,
      points: [],
      bestIndex: 0,
      bestParams: p.points[0]!,
      bestScore: 0,
    };
    expect(code(await analysis.engagementKeep({ key: p.key, summary, folds: 3, refit }))).toBe(
      'INVALID_OPTIONS',
    );
    expect(value(await analysis.engagementBundle({}))).toBeNull();
  });

  it('tells the live box to train a model first', async () => {
    value(await live.setEngagementModel({ bundle: null }));
    const r = await live.predictDraft({ draft: { text: 'hello' } });
    expect(code(r)).toBe('MODEL_NOT_FOUND');
    if (!r.ok) expect(r.error.hint).toContain('Engagement view');
  });
});
