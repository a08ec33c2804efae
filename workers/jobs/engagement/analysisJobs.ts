/** The Engagement jobs of the analysis worker: columns, the prepared matrices, grid aggregation and the kept model. */
import * as Comlink from 'comlink';
import { version } from '../../../package.json';
import type {
  EngagementAnalysisApi,
  EngagementColumns,
  EngagementDataRequest,
  EngagementPrepared,
} from '../../api/engagement.ts';
import { createBundle, targetRangeOf } from '../../core/bundle/bundle.ts';
import { fingerprintTable } from '../../core/bundle/fingerprint.ts';
import { floatsToBase64 } from '../../core/bundle/typedBase64.ts';
import { fail, ok, type Result } from '../../core/errors/index.ts';
import { featureCorrelation } from '../../core/features/correlation.ts';
import { prepareEngagementData } from '../../core/features/engagementData.ts';
import { defaultFeatureChoices, featureCandidates } from '../../core/features/fromSchema.ts';
import { leakReason } from '../../core/features/leakage.ts';
import { summariseGrid } from '../../core/forest/gridSearch.ts';
import { expandGrid } from '../../core/forest/paramGrid.ts';
import { resolveParams, type ForestOptions } from '../../core/forest/params.ts';
import { defaultScoring } from '../../core/forest/scoring.ts';
import { fnv64 } from '../../core/hash/fnv.ts';
import { ENGAGEMENT_ROLES } from '../../core/schema/types.ts';
import { languageName, listOf } from '../../core/overview/wording.ts';
import { languageFilter, languageMask } from '../shared/languageFilter.ts';
import { autosavePart } from '../shared/autosave.ts';
import { keptHashtagModel } from '../shared/keptTopics.ts';
import { throttledProgress } from '../shared/progress.ts';
import { fitsInMemory } from '../shared/memory.ts';
import { requireDataset, type LoadedDataset } from '../shared/session.ts';
import {
  bundleOf,
  keepBundle,
  keepPrepared,
  preparedOf,
  sentimentComplete,
  STORED_RUN,
  vaderScores,
} from './engagementSession.ts';
import { restoreKept, storeKept } from '../shared/keptResults.ts';

/** More grid points than this is a typo, not a search anyone waits for. */
const MAX_GRID_POINTS = 500;
const MAX_FOLDS = 20;

function columnsOf(d: LoadedDataset): EngagementColumns {
  const candidates = featureCandidates(d.schema);
  const defaults = defaultFeatureChoices(d.schema);
  const numeric = d.schema.filter((c) => c.type === 'integer' || c.type === 'number');
  const engagement = ENGAGEMENT_ROLES.flatMap((role) => numeric.filter((c) => c.role === role));
  const targets = [
    ...engagement,
    ...numeric.filter((c) => !engagement.includes(c) && c.role !== 'id'),
  ].map((c) => ({ name: c.name, role: c.role }));
  const leaky: Record<string, string> = {};
  for (const name of new Set([...candidates.numeric, ...candidates.categorical])) {
    const why = leakReason(
      d.schema.find((c) => c.name === name)!,
      [],
    );
    if (why) leaky[name] = why;
  }
  const topics = keptHashtagModel(d);
  return {
    rows: d.table.rowCount,
    candidates,
    defaults,
    targets,
    defaultTarget: engagement[0]?.name ?? null,
    leaky,
    sentimentScored: sentimentComplete(d, defaults.text),
    topicClusters: topics ? topics.centroids.k : null,
  };
}

/** The grid as checked points, base options under each. */
function gridPoints(request: EngagementDataRequest): Result<ForestOptions[]> {
  const points = expandGrid(request.grid).map((p) => ({ ...request.base, ...p }));
  if (points.length === 0)
    return fail(
      'INVALID_OPTIONS',
      'The grid has no points.',
      'Give every searched option at least one value.',
    );
  if (points.length > MAX_GRID_POINTS)
    return fail(
      'INVALID_OPTIONS',
      `The grid has ${points.length} points; at most ${MAX_GRID_POINTS} can be searched.`,
      'Search fewer values per option.',
    );
  for (const p of points) {
    const checked = resolveParams(
      p,
      request.task === 'regression' ? 'regression' : 'classification',
    );
    if (!checked.ok) return checked;
  }
  return ok(points);
}

function checkRequest(r: EngagementDataRequest): Result<true> {
  if (!Number.isInteger(r.folds) || r.folds < 2 || r.folds > MAX_FOLDS)
    return fail(
      'INVALID_OPTIONS',
      `Folds must be a whole number from 2 to ${MAX_FOLDS}; got ${r.folds}.`,
      'Use 5 folds, the usual choice.',
    );
  if (!(r.testSize > 0 && r.testSize < 1))
    return fail(
      'INVALID_OPTIONS',
      `The test share must lie between 0 and 1; got ${r.testSize}.`,
      'Hold out 0.2 (20 %) of the posts.',
    );
  if (!Number.isInteger(r.seed) || r.seed < 0 || r.seed > 0xffffffff)
    return fail(
      'INVALID_OPTIONS',
      `The seed must be a whole number ≥ 0; got ${r.seed}.`,
      'Use any whole number, e.g. 0.',
    );
  if (r.split !== undefined && r.split !== 'grouped' && r.split !== 'time' && r.split !== 'random')
    return fail(
      'INVALID_OPTIONS',
      `The split must be grouped, time or random; got "${String(r.split)}".`,
      'Keep copies together (grouped), the usual choice.',
    );
  return ok(true);
}

export const engagementAnalysisJobs: EngagementAnalysisApi = {
  async engagementColumns() {
    const r = await requireDataset();
    return r.ok ? ok(columnsOf(r.value)) : r;
  },

  async engagementPrepare(request, onProgress) {
    const r = await requireDataset();
    if (!r.ok) return r;
    const d = r.value;
    const fits = fitsInMemory('train', d.meta.fileName, d.meta.bytes, d.meta.format ?? 'csv');
    if (!fits.ok) return fits;
    const checked = checkRequest(request);
    if (!checked.ok) return checked;
    const points = gridPoints(request);
    if (!points.ok) return points;
    const progress = throttledProgress(onProgress);
    const textColumn =
      request.features.text === undefined
        ? defaultFeatureChoices(d.schema).text
        : request.features.text;
    let sentiment: Float32Array | Float64Array | undefined;
    let sentimentSource: EngagementPrepared['sentimentSource'] = 'none';
    if (textColumn && d.schema.some((c) => c.name === textColumn)) {
      const vader = await vaderScores(d, textColumn, (done, total) =>
        progress({ phase: 'Scoring sentiment (VADER)', done, total, unit: 'texts' }),
      );
      sentiment = vader.scores;
      sentimentSource = vader.source;
    }
    progress({ phase: 'Building features', done: 0, total: 1, unit: 'steps' });
    // the page's language filter: the model learns from the chosen languages' posts alone
    const only = languageMask(d);
    const languages = only ? (languageFilter(d)?.languages ?? null) : null;
    const prepared = prepareEngagementData(d.table, d.schema, {
      only,
      target: request.target,
      task: request.task,
      features: request.features,
      preprocessing: d.preprocessing,
      testSize: request.testSize,
      seed: request.seed,
      folds: request.folds,
      split: request.split ?? 'grouped',
      ...(sentiment ? { sentiment } : {}),
      topics: keptHashtagModel(d),
    });
    if (!prepared.ok) return prepared;
    const p = prepared.value;
    const { grid: _grid, base: _base, ...dataRequest } = request;
    const key = fnv64(
      `${d.meta.id}|${JSON.stringify(d.mapping)}|${JSON.stringify(d.preprocessing)}|${JSON.stringify(dataRequest)}|${JSON.stringify(languages)}`,
    );
    const notes = only
      ? [
          `Posts in ${listOf((languages ?? []).map(languageName))} only (the language filter): ${(p.train.rows.length + p.test.rows.length).toLocaleString('en-US')} of ${d.table.rowCount.toLocaleString('en-US')} posts; the model learns from them alone and every chart below counts them.`,
          ...p.notes,
        ]
      : p.notes;
    keepPrepared(d, {
      key,
      request,
      data: {
        task: p.task,
        target: p.target,
        features: p.features,
        threshold: p.threshold,
        notes,
        targetRange: targetRangeOf(p.train.y, p.train.raw),
      },
    });
    const part = (side: typeof p.train) => ({
      rows: side.X.rows,
      cols: side.X.cols,
      X: side.X.data as Float64Array,
      y: side.y,
      raw: side.raw,
    });
    const value: EngagementPrepared = {
      key,
      task: p.task,
      target: p.target,
      threshold: p.threshold,
      featureNames: p.features.names,
      train: part(p.train),
      test: part(p.test),
      points: points.value,
      scoring: defaultScoring(p.task),
      notes,
      correlation: featureCorrelation(p.train.X, p.train.y, p.target.label),
      sentimentSource,
      split: {
        kind: p.split.kind,
        overlap: p.split.overlap,
        groups: p.split.groups,
        groupColumn: p.split.groupColumn,
        testFrom: p.split.testFrom,
      },
      trainGroups: p.split.trainGroups,
      languages,
    };
    progress({ phase: 'Building features', done: 1, total: 1, unit: 'steps' });
    return Comlink.transfer(ok(value), [
      value.train.X.buffer,
      value.train.y.buffer,
      value.train.raw.buffer,
      value.test.X.buffer,
      value.test.y.buffer,
      value.test.raw.buffer,
    ] as ArrayBuffer[]);
  },

  async engagementGridSummary({ points, foldScores, fitSeconds, scoring }) {
    const folds = foldScores[0]?.length ?? 0;
    if (
      points.length === 0 ||
      foldScores.length !== points.length ||
      folds < 2 ||
      foldScores.some((s) => s.length !== folds || s.some((v) => !Number.isFinite(v)))
    ) {
      return fail(
        'INVALID_OPTIONS',
        `Expected finite scores for ${points.length} points × the same number of folds (at least 2).`,
        'Run the grid search again.',
      );
    }
    return ok(summariseGrid(points, foldScores, scoring, fitSeconds));
  },

  async engagementKeep({ key, summary, folds, refit }) {
    const r = await requireDataset();
    if (!r.ok) return r;
    const d = r.value;
    const prepared = preparedOf(d);
    if (!prepared || prepared.key !== key)
      return fail(
        'INVALID_OPTIONS',
        'The dataset or its roles changed while the model trained.',
        'Train the model again.',
      );
    const bundle = createBundle({
      appVersion: version,
      fingerprint: fingerprintTable(d.table),
      features: prepared.data.features,
      preprocessing: d.preprocessing,
      engagement: {
        task: prepared.data.task,
        target: prepared.data.target,
        targetRange: prepared.data.targetRange,
        threshold: prepared.data.threshold,
        forest: refit.forest,
        nodeMeans: floatsToBase64(refit.nodeMeans),
        cv: {
          scoring: summary.scoring,
          folds,
          bestParams: summary.bestParams,
          bestScore: summary.bestScore,
          points: summary.points.length,
        },
        metrics: refit.report,
      },
    });
    await keepBundle(d, key, bundle);
    await autosavePart(d, { engagement: bundle.engagement });
    return ok(bundle);
  },

  async engagementKeepMlp({ key, part }) {
    const r = await requireDataset();
    if (!r.ok) return r;
    const kept = await bundleOf(r.value);
    if (!kept || kept.key !== key)
      return fail(
        'MODEL_NOT_FOUND',
        'The forest this network was compared with is no longer the current model.',
        'Train the forest again, then the network.',
      );
    const bundle = { ...kept.bundle, engagement: { ...kept.bundle.engagement, mlp: part } };
    await keepBundle(r.value, key, bundle);
    await autosavePart(r.value, { engagement: bundle.engagement });
    return ok(bundle);
  },

  async engagementBundle() {
    const r = await requireDataset();
    return r.ok ? ok((await bundleOf(r.value))?.bundle ?? null) : r;
  },

  async engagementKeepRun({ run }) {
    const r = await requireDataset();
    if (!r.ok) return r;
    if (!STORED_RUN.check(run))
      return fail('INVALID_OPTIONS', 'The run to keep has no key or time.', 'Train again.');
    const stored = await storeKept(r.value, STORED_RUN, run);
    return ok({ kept: stored.ok });
  },

  async engagementLastRun() {
    const r = await requireDataset();
    return r.ok ? ok(await restoreKept(r.value, STORED_RUN)) : r;
  },
};
