import { fail, ok, type Result } from '../errors/index.ts';
import { assertPaired, sortedLabels, type Label } from './labels.ts';

/**
 * Area under the ROC curve for a binary problem, as sklearn `roc_auc_score`: tied scores count
 * half (computed as the Mann–Whitney U statistic with average ranks, which equals sklearn's
 * trapezoidal area). `positive` defaults to the greater of the two labels, as sklearn.
 * Fails with TOO_FEW_LABELS when the truth holds only one class, INVALID_OPTIONS when more than two.
 */
export function rocAuc(
  yTrue: readonly Label[],
  scores: ArrayLike<number>,
  positive?: Label,
): Result<number> {
  assertPaired(yTrue, scores, 'rocAuc');
  const classes = sortedLabels(yTrue);
  if (classes.length < 2) {
    return fail(
      'TOO_FEW_LABELS',
      `ROC AUC needs both classes, but every true label is "${String(classes[0])}".`,
      'Score a set that holds positive and negative rows.',
    );
  }
  if (classes.length > 2) {
    return fail(
      'INVALID_OPTIONS',
      `ROC AUC here is binary, but the truth holds ${classes.length} classes.`,
      'Score one class against the rest: map labels to two values first.',
    );
  }
  for (let i = 0; i < scores.length; i++) {
    if (!Number.isFinite(scores[i]!))
      return fail(
        'NON_FINITE_VALUES',
        `ROC AUC: score ${i} is ${scores[i]}.`,
        'Pass finite scores, e.g. predicted probabilities.',
      );
  }
  const pos = positive ?? classes[1]!;
  if (!classes.includes(pos))
    return fail(
      'INVALID_OPTIONS',
      `The positive label "${String(pos)}" does not occur in the truth.`,
      `Use one of: ${classes.join(', ')}.`,
    );
  const n = yTrue.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let rankSumPos = 0;
  let nPos = 0;
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const rank = (i + j) / 2 + 1; // average 1-based rank of the tie group
    for (let k = i; k <= j; k++) {
      if (yTrue[order[k]!] === pos) {
        rankSumPos += rank;
        nPos++;
      }
    }
    i = j + 1;
  }
  const nNeg = n - nPos;
  return ok((rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg));
}
