/** The Engagement jobs of a pool worker: one grid fit, the refit with its evaluation, the learning curve, the MLP. */
import * as Comlink from 'comlink';
import type {
  EngagementComputeApi,
  FitProgress,
  ImportanceRow,
  RefitResult,
} from '../../api/engagement.ts';
import { fail, ok } from '../../core/errors/index.ts';
import { splitNodeMeans } from '../../core/features/contributions.ts';
import {
  classificationReport,
  predictionPoints,
  regressionReport,
  residualHistogram,
} from '../../core/features/evaluation.ts';
import { fitForest } from '../../core/forest/forest.ts';
import { permutationImportance } from '../../core/forest/importance.ts';
import { subsampleSplit } from '../../core/forest/halving.ts';
import { learningCurve } from '../../core/forest/learningCurve.ts';
import { selectRows } from '../../core/forest/matrix.ts';
import { predictProba, predictWithSpread } from '../../core/forest/predict.ts';
import { scoreModel } from '../../core/forest/scoring.ts';
import { serializeForest } from '../../core/forest/serialize.ts';
import { selectTarget } from '../../core/forest/target.ts';
import { createRng, permutation } from '../../core/random/rng.ts';
import { throttle, throttledProgress } from '../shared/progress.ts';
import { matrixOf, splitsOf, targetOf, trainingSet } from './foldData.ts';
import { CHART_POINTS, CURVE_TREES, PERMUTATION_ROWS } from './limits.ts';

export const engagementComputeJobs: EngagementComputeApi = {
  async engagementFold({ key, data, fold, folds, params, seed, scoring, rows }, onProgress) {
    const set = trainingSet(key, data);
    if (!set) return ok({ status: 'need-data' });
    const splits = splitsOf(set, folds);
    if (!splits.ok) return splits;
    const full = splits.value[fold];
    if (!full)
      return fail(
        'INVALID_OPTIONS',
        `There is no fold ${fold} of ${folds}.`,
        'Run the grid search again.',
      );
    const split = rows === undefined ? full : subsampleSplit(full, rows, set.X.rows, seed);
    const report = throttle<FitProgress>(onProgress, 100);
    const t0 = performance.now();
    // as core runFold, with the trees reported as they grow
    const fit = fitForest(
      selectRows(set.X, split.train),
      selectTarget(set.target, split.train),
      { ...params, seed },
      { onProgress: (treesDone, nTrees) => report({ treesDone, nTrees }, treesDone === nTrees) },
    );
    if (!fit.ok) return fit;
    const score = scoreModel(
      fit.value,
      selectRows(set.X, split.test),
      selectTarget(set.target, split.test),
      scoring,
    );
    if (!score.ok) return score;
    return ok({ status: 'done', score: score.value, seconds: (performance.now() - t0) / 1000 });
  },

  async engagementRefit({ data, test, params, seed, log1p, permutationRepeats }, onProgress) {
    const set = trainingSet(data.key, data)!;
    const progress = throttledProgress(onProgress);
    const t0 = performance.now();
    const fit = fitForest(
      set.X,
      set.target,
      { ...params, seed },
      {
        onProgress: (done, total) =>
          progress({
            phase: 'Refitting the best forest on all training posts',
            done,
            total,
            unit: 'trees',
          }),
      },
    );
    if (!fit.ok) return fit;
    const fitSeconds = (performance.now() - t0) / 1000;
    const model = fit.value;
    const testX = matrixOf(test, data.featureNames);
    let report: RefitResult['report'];
    let points: RefitResult['points'];
    let residuals: RefitResult['residuals'] = null;
    if (data.task === 'regression') {
      const spread = predictWithSpread(model, testX, [0.1, 0.9]);
      if (!spread.ok) return spread;
      const { mean, values } = spread.value;
      report = regressionReport(set.y, test.y, mean, log1p, set.raw, test.raw);
      points = predictionPoints(test.y, mean, values[0]!, values[1]!, CHART_POINTS, seed);
      residuals = residualHistogram(test.y, mean);
    } else {
      const proba = predictProba(model, testX);
      if (!proba.ok) return proba;
      const p1 = Float64Array.from({ length: test.rows }, (_, r) => proba.value.proba[r * 2 + 1]!);
      const r = classificationReport(set.y, test.y, p1);
      if (!r.ok) return r;
      report = r.value;
      points = predictionPoints(test.y, p1, p1, p1, CHART_POINTS, seed);
    }
    progress({
      phase: 'Permutation importance on the test posts',
      done: 0,
      total: 1,
      unit: 'steps',
    });
    const sample =
      test.rows <= PERMUTATION_ROWS
        ? null
        : permutation(test.rows, createRng(seed)).slice(0, PERMUTATION_ROWS);
    const testTarget = targetOf(data.task, test.y);
    const perm = permutationImportance(
      model,
      sample ? selectRows(testX, sample) : testX,
      sample ? selectTarget(testTarget, sample) : testTarget,
      { nRepeats: permutationRepeats, seed },
    );
    if (!perm.ok) return perm;
    const importances: ImportanceRow[] = data.featureNames.map((name, f) => ({
      name,
      impurity: model.featureImportances[f]!,
      permutation: perm.value.mean[f]!,
      permutationStd: perm.value.std[f]!,
    }));
    progress({ phase: 'Explaining the splits', done: 1, total: 1, unit: 'steps' });
    const nodeMeans = Float32Array.from(splitNodeMeans(model, set.X, set.y));
    const result: RefitResult = {
      forest: serializeForest(model),
      nodeMeans,
      report,
      points,
      residuals,
      importances,
      permutationScoring: perm.value.scoring,
      fitSeconds,
    };
    return Comlink.transfer(
      ok(result),
      [
        nodeMeans.buffer,
        points.actual.buffer,
        points.predicted.buffer,
        points.low.buffer,
        points.high.buffer,
      ].filter((b, i, all) => all.indexOf(b) === i) as ArrayBuffer[],
    );
  },

  async engagementLearningCurve({ data, params, folds, seed, scoring }, onProgress) {
    const set = trainingSet(data.key, data)!;
    const nEstimators = Math.min(params.nEstimators ?? 100, CURVE_TREES);
    const progress = throttledProgress(onProgress);
    const curve = await learningCurve(
      set.X,
      set.target,
      { ...params, nEstimators },
      {
        folds,
        groups: set.groups,
        seed,
        scoring,
        onProgress: (done, total) =>
          progress({ phase: 'Learning curve', done, total, unit: 'fits' }),
      },
    );
    return curve.ok ? ok({ points: curve.value, scoring, nEstimators }) : curve;
  },

  async engagementTrainMlp(request, onProgress) {
    // tfjs is large: only a worker that trains a network loads it.
    const { useWasmBackend } = await import('../shared/tfjsBackend.ts');
    const backend = await useWasmBackend();
    const { trainEngagementMlp } = await import('./trainMlp.ts');
    const r = await trainEngagementMlp(request, onProgress);
    if (!r.ok) return r;
    const value = { ...r.value, backend };
    return Comlink.transfer(ok(value), [
      value.points.actual.buffer,
      value.points.predicted.buffer,
    ] as ArrayBuffer[]);
  },
};
