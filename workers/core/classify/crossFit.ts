/**
 * One retraining of the labelling loop: the classifier on every label, and the cross-fitted models
 * the share estimates need. The audit posts are dealt into K folds; model k learns from every
 * label except audit fold k, so each audit post is predicted by a model that never saw it. The
 * features' idf comes from every post (it needs no labels), so all K + 1 models share one space.
 */
import { deriveSeed } from '../random/rng.ts';
import type { Result } from '../errors/index.ts';
import { foldSplit, stratifiedFolds } from './folds.ts';
import type { NgramCounts, NgramSpec } from './ngramCounts.ts';
import { AUDIT, UNLABELLED } from './ppiShares.ts';
import {
  predictLinear,
  trainLinearSentiment,
  type LinearCandidate,
  type LinearSentiment,
} from './sentimentLinear.ts';
import { fitTfidfSpace, type TfidfSpace } from './tfidfSpace.ts';

export interface CrossFitOptions {
  readonly seed: number;
  /** Folds of the audit; default 5 (2 above 4,000 audit posts; fewer with fewer audit posts). */
  readonly folds?: number;
  /** Group id per post: the audit folds and the selection keep groups whole. */
  readonly groups?: ArrayLike<number>;
  readonly candidates?: readonly LinearCandidate[];
  /** A feature space fitted beforehand; default fitted on every post (minDf 2 from 1,000 posts). */
  readonly space?: TfidfSpace;
  /** The posts to learn from and predict (default every post): the others are left at 0 (−1 in `auditPrediction`). */
  readonly posts?: ArrayLike<number>;
  readonly onStep?: (done: number, total: number) => void;
}

export interface CrossFitResult {
  /** Trained on every label; what the charts show. */
  readonly model: LinearSentiment;
  /** Per post: the model's class (0 negative, 1 neutral, 2 positive). */
  readonly label: Uint8Array;
  /** Per post: how sure the model is, 0 (a toss-up) to 1. */
  readonly confidence: Float32Array;
  /** Per post × 3 classes: share of the cross-fitted models voting for the class. */
  readonly votes: Float32Array;
  /** Per post: for audit posts, the class predicted by the model that did not see it; else −1. */
  readonly auditPrediction: Int8Array;
  /** Cross-fitted models trained (0 when the audit is too small to split). */
  readonly folds: number;
}

const CLASSES = 3;

/**
 * Trains on the labelled posts (`state` ≠ UNLABELLED, class in `y`) and predicts every post of
 * `counts`. Fails like trainLinearSentiment (fewer than two classes labelled).
 */
export function crossFit(
  counts: NgramCounts,
  state: Uint8Array,
  y: Int8Array,
  spec: NgramSpec,
  options: CrossFitOptions,
): Result<CrossFitResult> {
  const n = counts.rows;
  const posts = options.posts ?? Uint32Array.from({ length: n }, (_, i) => i);
  const space = options.space ?? fitTfidfSpace(counts, posts, posts.length >= 1000 ? 2 : 1);
  const labelled: number[] = [];
  const audit: number[] = [];
  const unlabelled: number[] = [];
  for (let p = 0; p < posts.length; p++) {
    const i = posts[p]!;
    if (state[i] === UNLABELLED) {
      unlabelled.push(i);
      continue;
    }
    labelled.push(i);
    if (state[i] === AUDIT) audit.push(i);
  }
  // many audit labels: two halves grade each other well enough, at two fits instead of five
  const k = Math.min(options.folds ?? (audit.length > 4000 ? 2 : 5), audit.length);
  const steps = 1 + Math.max(0, k);
  let step = 0;
  const full = trainLinearSentiment(
    counts,
    labelled,
    labelled.map((i) => y[i]!),
    {
      seed: options.seed,
      space,
      ...(options.groups ? { groups: options.groups } : {}),
      ...(options.candidates ? { candidates: options.candidates } : {}),
    },
    spec,
  );
  if (!full.ok) return full;
  options.onStep?.(++step, steps);
  const model = full.value;
  const predicted = predictLinear(model, counts, posts);
  const label = new Uint8Array(n);
  const confidence = new Float32Array(n);
  for (let p = 0; p < posts.length; p++) {
    label[posts[p]!] = predicted.label[p]!;
    confidence[posts[p]!] = predicted.confidence[p]!;
  }
  const votes = new Float32Array(n * CLASSES);
  const auditPrediction = new Int8Array(n).fill(-1);
  let made = 0;
  if (k >= 2) {
    const chosen: LinearCandidate = model.selection?.chosen ?? {
      loss: model.fit.loss,
      C: model.fit.C,
    };
    const groups = options.groups ? audit.map((i) => options.groups![i]!) : undefined;
    const fold = stratifiedFolds(
      audit.map((i) => y[i]!),
      k,
      deriveSeed(options.seed, 5),
      groups,
    );
    const inFold = new Int8Array(n).fill(-1);
    audit.forEach((i, p) => (inFold[i] = fold[p]!));
    for (let f = 0; f < k; f++) {
      const { test } = foldSplit(fold, f);
      const train = labelled.filter((i) => inFold[i] !== f);
      const trained = trainLinearSentiment(
        counts,
        train,
        train.map((i) => y[i]!),
        { seed: deriveSeed(options.seed, 20 + f), space, candidates: [chosen] },
        spec,
      );
      options.onStep?.(++step, steps);
      if (!trained.ok) continue;
      made++;
      const heldOut = Array.from(test, (p) => audit[p]!);
      const p = predictLinear(trained.value, counts, heldOut);
      heldOut.forEach((i, t) => (auditPrediction[i] = p.label[t]!));
      const u = predictLinear(trained.value, counts, unlabelled);
      unlabelled.forEach((i, t) => (votes[i * CLASSES + u.label[t]!]! += 1));
    }
  }
  if (made > 0) {
    for (const i of unlabelled) for (let c = 0; c < CLASSES; c++) votes[i * CLASSES + c]! /= made;
  } else {
    // no cross-fitted model: the full model votes alone (and no audit post can be graded)
    for (let p = 0; p < posts.length; p++) votes[posts[p]! * CLASSES + label[posts[p]!]!] = 1;
  }
  return {
    ok: true,
    value: {
      model,
      label,
      confidence,
      votes,
      auditPrediction,
      folds: made,
    },
  };
}
