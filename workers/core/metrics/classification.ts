import { assertPaired, sortedLabels, type Label } from './labels.ts';

/** Precision, recall and F1 of one class, with its support (how many true rows have it). */
export interface ClassScores {
  readonly label: Label;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

/** Share of rows whose prediction equals the truth, as sklearn `accuracy_score`. */
export function accuracy(yTrue: readonly Label[], yPred: readonly Label[]): number {
  assertPaired(yTrue, yPred, 'accuracy');
  let hits = 0;
  for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === yPred[i]) hits++;
  return hits / yTrue.length;
}

/**
 * Counts with rows = true label, columns = predicted label, in the order of `labels`
 * (default: sorted union of both arrays), as sklearn `confusion_matrix`. Rows whose true or
 * predicted label is not in `labels` are left out, as sklearn does.
 */
export function confusionMatrix(
  yTrue: readonly Label[],
  yPred: readonly Label[],
  labels?: readonly Label[],
): number[][] {
  assertPaired(yTrue, yPred, 'confusionMatrix');
  const order = labels ?? sortedLabels(yTrue, yPred);
  const index = new Map(order.map((l, i) => [l, i]));
  const m = order.map(() => new Array<number>(order.length).fill(0));
  for (let i = 0; i < yTrue.length; i++) {
    const t = index.get(yTrue[i]!);
    const p = index.get(yPred[i]!);
    if (t !== undefined && p !== undefined) m[t]![p]!++;
  }
  return m;
}

/**
 * Per-class precision, recall and F1, as sklearn `precision_recall_fscore_support(average=None)`
 * with its default `zero_division="warn"`: a ratio whose denominator is 0 counts as 0.
 * `labels` defaults to the sorted union of both arrays; rows with other labels still count as
 * false positives or negatives of the listed classes, as in sklearn.
 */
export function precisionRecallF1(
  yTrue: readonly Label[],
  yPred: readonly Label[],
  labels?: readonly Label[],
): ClassScores[] {
  assertPaired(yTrue, yPred, 'precisionRecallF1');
  const order = labels ?? sortedLabels(yTrue, yPred);
  const index = new Map(order.map((l, i) => [l, i]));
  const tp = new Float64Array(order.length);
  const predicted = new Float64Array(order.length);
  const actual = new Float64Array(order.length);
  for (let i = 0; i < yTrue.length; i++) {
    const t = index.get(yTrue[i]!);
    const p = index.get(yPred[i]!);
    if (t !== undefined) actual[t]!++;
    if (p !== undefined) predicted[p]!++;
    if (t !== undefined && t === p) tp[t]!++;
  }
  return order.map((label, k) => {
    const precision = predicted[k]! > 0 ? tp[k]! / predicted[k]! : 0;
    const recall = actual[k]! > 0 ? tp[k]! / actual[k]! : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support: actual[k]! };
  });
}

/** Unweighted mean of the per-class F1, as sklearn `f1_score(average='macro')`. */
export function macroF1(
  yTrue: readonly Label[],
  yPred: readonly Label[],
  labels?: readonly Label[],
): number {
  const scores = precisionRecallF1(yTrue, yPred, labels);
  return scores.reduce((s, c) => s + c.f1, 0) / scores.length;
}

/** Per-class F1 weighted by support, as sklearn `f1_score(average='weighted')`; 0 when no listed class occurs. */
export function weightedF1(
  yTrue: readonly Label[],
  yPred: readonly Label[],
  labels?: readonly Label[],
): number {
  const scores = precisionRecallF1(yTrue, yPred, labels);
  const total = scores.reduce((s, c) => s + c.support, 0);
  return total === 0 ? 0 : scores.reduce((s, c) => s + c.f1 * c.support, 0) / total;
}
