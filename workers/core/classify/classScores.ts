/** Accuracy, macro-F1 and class shares of class indices (0 negative, 1 neutral, 2 positive). */

export interface ClassScoreSummary {
  readonly n: number;
  readonly accuracy: number;
  /** Unweighted mean of the per-class F1 over the classes present in truth or prediction, as sklearn `f1_score(average='macro')`. */
  readonly macroF1: number;
}

/** Scores of `predicted` against `truth` at `rows` (paired arrays indexed by post). */
export function classScores(
  truth: ArrayLike<number>,
  predicted: ArrayLike<number>,
  rows: ArrayLike<number>,
  classes = 3,
): ClassScoreSummary {
  const tp = new Float64Array(classes);
  const actual = new Float64Array(classes);
  const said = new Float64Array(classes);
  let correct = 0;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r]!;
    const t = truth[i]!;
    const p = predicted[i]!;
    actual[t]!++;
    said[p]!++;
    if (t === p) {
      correct++;
      tp[t]!++;
    }
  }
  let f1Sum = 0;
  let present = 0;
  for (let c = 0; c < classes; c++) {
    if (actual[c] === 0 && said[c] === 0) continue;
    present++;
    const precision = said[c]! > 0 ? tp[c]! / said[c]! : 0;
    const recall = actual[c]! > 0 ? tp[c]! / actual[c]! : 0;
    f1Sum += precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  }
  const n = rows.length;
  return { n, accuracy: n > 0 ? correct / n : 0, macroF1: present > 0 ? f1Sum / present : 0 };
}

/** Share of each class among `labels` at `rows`. */
export function classShares(
  labels: ArrayLike<number>,
  rows: ArrayLike<number>,
  classes = 3,
): number[] {
  const out = new Array<number>(classes).fill(0);
  for (let r = 0; r < rows.length; r++) out[labels[rows[r]!]!]! += 1;
  return out.map((v) => (rows.length > 0 ? v / rows.length : 0));
}
