/**
 * Labelling simulated on a labelled file, the way a person labels in the app: from no labels,
 * batches of 20 chosen by `nextBatch` (a third at random, the rest where the classifier is least
 * sure), the label read from the file as the person would give it (an empty cell is skipped, as
 * the S key does), the classifier retrained after each batch. What the CLI's `classify --budget`
 * and the benchmark's share simulation run; the app runs the same steps in its workers.
 */
import { deriveSeed } from '../random/rng.ts';
import type { Result } from '../errors/index.ts';
import { crossFit, type CrossFitResult } from './crossFit.ts';
import { foldSplit, stratifiedFolds } from './folds.ts';
import { auditOrder, nextBatch } from './labelBatch.ts';
import type { NgramCounts, NgramSpec } from './ngramCounts.ts';
import { ACTIVE, AUDIT, UNLABELLED } from './ppiShares.ts';
import { predictLinear, trainLinearSentiment, type LinearCandidate } from './sentimentLinear.ts';
import {
  crossFitByLanguage,
  predictLanguageModels,
  trainLanguageModels,
} from './languageModels.ts';
import { fitTfidfSpace, tfidfRows, type TfidfSpace } from './tfidfSpace.ts';

export interface SimulationOptions {
  /** Labels to collect. */
  readonly budget: number;
  readonly seed: number;
  /** Default 20. */
  readonly batchSize?: number;
  /** Default 1/3. */
  readonly auditShare?: number;
  readonly groups?: ArrayLike<number>;
  /**
   * Each post's language: with them, a model per language with enough labels (languageModels.ts)
   * picks the batches and makes the final fit, as the app's labelling does with that option.
   */
  readonly languages?: readonly string[];
  /** After each batch: labels so far and posts offered. */
  readonly onBatch?: (labels: number, batches: number) => void;
}

export interface SimulationResult {
  /** Per post: UNLABELLED, AUDIT or ACTIVE at the end. */
  readonly state: Uint8Array;
  /** Per post: the class taken from the file when labelled, else −1. */
  readonly y: Int8Array;
  /** Posts offered whose cell was empty (skipped). */
  readonly skipped: Uint8Array;
  readonly batches: number;
  readonly final: CrossFitResult;
  readonly space: TfidfSpace;
}

/** Labels `budget` posts of `counts` from `truth` (class per post, −1 for an empty cell). */
export function simulateLabelling(
  counts: NgramCounts,
  truth: Int8Array,
  spec: NgramSpec,
  options: SimulationOptions,
): Result<SimulationResult> {
  const n = counts.rows;
  const space = fitTfidfSpace(counts, undefined, n >= 1000 ? 2 : 1);
  const state = new Uint8Array(n);
  const y = new Int8Array(n).fill(-1);
  const skipped = new Uint8Array(n);
  const order = auditOrder(n, options.seed);
  const labelled: number[] = [];
  let cursor = 0;
  let confidence: Float64Array | null = null;
  let batches = 0;
  const features = (rows: readonly number[]) => tfidfRows(space, counts, rows);
  while (labelled.length < options.budget) {
    const batch = nextBatch(
      {
        state,
        excluded: skipped,
        auditOrder: order,
        auditCursor: cursor,
        confidence,
        features,
        labelled,
      },
      {
        seed: deriveSeed(options.seed, batches),
        size: Math.min(options.batchSize ?? 20, options.budget - labelled.length),
        ...(options.auditShare !== undefined ? { auditShare: options.auditShare } : {}),
      },
    );
    if (batch.picks.length === 0) break;
    cursor = batch.auditCursor;
    batches++;
    for (const p of batch.picks) {
      if (truth[p.row]! < 0) {
        skipped[p.row] = 1;
        continue;
      }
      state[p.row] = p.kind === 'audit' ? AUDIT : ACTIVE;
      y[p.row] = truth[p.row]!;
      labelled.push(p.row);
    }
    options.onBatch?.(labelled.length, batches);
    const seed = deriveSeed(options.seed, 1000 + batches);
    const labels = labelled.map((i) => y[i]!);
    if (options.languages) {
      const models = trainLanguageModels(counts, labelled, labels, options.languages, spec, {
        seed,
        space,
      });
      confidence = models.ok
        ? predictLanguageModels(models.value, counts, options.languages).confidence
        : null;
    } else {
      const model = trainLinearSentiment(counts, labelled, labels, { seed, space }, spec);
      confidence = model.ok ? predictLinear(model.value, counts).confidence : null;
    }
  }
  const finalOptions = {
    seed: deriveSeed(options.seed, 2),
    space,
    ...(options.groups ? { groups: options.groups } : {}),
  };
  const final = options.languages
    ? crossFitByLanguage(counts, state, y, options.languages, spec, finalOptions)
    : crossFit(counts, state, y, spec, finalOptions);
  if (!final.ok) return final;
  return { ok: true, value: { state, y, skipped, batches, final: final.value, space } };
}

/**
 * Cross-validated predictions of every labelled post (K folds over the labels, the candidate the
 * final model chose), for the confusion matrix of the classic correction.
 */
export function labelledConfusion(
  counts: NgramCounts,
  state: Uint8Array,
  y: Int8Array,
  candidate: LinearCandidate,
  space: TfidfSpace,
  spec: NgramSpec,
  seed: number,
): number[][] {
  const rows: number[] = [];
  for (let i = 0; i < state.length; i++) if (state[i] !== UNLABELLED) rows.push(i);
  const confusion = [0, 1, 2].map(() => [0, 0, 0]);
  const k = Math.min(5, Math.floor(rows.length / 2));
  if (k < 2) return confusion;
  const fold = stratifiedFolds(
    rows.map((i) => y[i]!),
    k,
    deriveSeed(seed, 9),
  );
  for (let f = 0; f < k; f++) {
    const { train, test } = foldSplit(fold, f);
    const trainRows = Array.from(train, (p) => rows[p]!);
    const m = trainLinearSentiment(
      counts,
      trainRows,
      trainRows.map((i) => y[i]!),
      { seed: deriveSeed(seed, 30 + f), space, candidates: [candidate] },
      spec,
    );
    if (!m.ok) continue;
    const testRows = Array.from(test, (p) => rows[p]!);
    const p = predictLinear(m.value, counts, testRows);
    testRows.forEach((i, t) => confusion[y[i]!]![p.label[t]!]!++);
  }
  return confusion;
}
