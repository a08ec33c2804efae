/**
 * Label shares you can quote: the classifier's predictions on every post, corrected by the errors
 * it makes on a random audit sample (prediction-powered inference, Angelopoulos et al., Science
 * 2023, with the power tuning of PPI++, Angelopoulos, Duchi and Zrnic 2023), cross-fitted so that
 * no audit label grades a model trained on it (Zrnic and Candès, PNAS 2024).
 *
 * The posts split three ways: labelled by active selection (known, but not a fair sample), audited
 * (labelled because they were drawn at random from the rest) and unlabelled. With P the posts not
 * chosen actively, the audit A is a simple random sample of P and U = P \ A. For each class c:
 *
 *   share of c in U  ≈  λ · mean_U f̄_c  +  mean_A (y_c − λ · f_k(j),c)
 *
 * where f̄ is the average vote of the cross-fitted models, f_k(j) the model that did not see audit
 * post j, and λ ∈ [0, 1] minimises the variance (λ = 0 is the plain audit mean, λ = 1 plain PPI).
 * Known labels are then added back for the share of all posts. Standard errors are those of a
 * sample without replacement from P: for all posts S²/n·(1 − n/|P|)·(|P|/N)², for U alone
 * S²/n / (1 − n/|P|); the 95% interval uses Student's t with n − 1 degrees of freedom.
 */
import { t975 } from './intervals.ts';

/** Where a post's label came from. */
export const UNLABELLED = 0;
export const AUDIT = 1;
export const ACTIVE = 2;

export interface ShareInputs {
  /** Classes (3 for negative, neutral, positive). */
  readonly classes: number;
  /** Per post: UNLABELLED, AUDIT (random, or from the file) or ACTIVE (chosen by the model). */
  readonly state: Uint8Array;
  /** Per post: its class when labelled, else −1. */
  readonly y: Int8Array;
  /** Per post × class: share of the cross-fitted models that predict the class. */
  readonly votes: Float32Array;
  /** Per post: for audit posts, the class predicted by the model that did not see it; else −1. */
  readonly auditPrediction: Int8Array;
}

/** One estimate of the class shares of a set of posts, with 95% intervals (null when they cannot be computed). */
export interface ShareEstimate {
  readonly shares: readonly number[];
  readonly ci95: readonly (readonly [number, number])[] | null;
  /** Posts the shares are of. */
  readonly rows: number;
}

export interface CorrectedShares {
  /** Shares of every post in the set (known labels counted as they are). */
  readonly all: ShareEstimate;
  /** Shares of the posts without a label. */
  readonly unlabelled: ShareEstimate;
  /** Audit posts in the set. */
  readonly audit: number;
  readonly active: number;
  /** The power-tuning weight used (0: the audit alone; 1: plain PPI). */
  readonly lambda: number;
  /** False when fewer than two audit posts fall in the set: the shares are the model's, uncorrected. */
  readonly corrected: boolean;
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/**
 * Corrected shares of the posts `rows` (default all). With fewer than two audit posts the model's
 * own vote shares (plus known labels) are returned, without intervals.
 */
export function correctedShares(input: ShareInputs, rows?: ArrayLike<number>): CorrectedShares {
  const K = input.classes;
  const n0 = rows ? rows.length : input.state.length;
  const knownSum = new Float64Array(K);
  const voteSum = new Float64Array(K);
  let unlabelled = 0;
  let audit = 0;
  let active = 0;
  const auditRows: number[] = [];
  for (let r = 0; r < n0; r++) {
    const i = rows ? rows[r]! : r;
    const s = input.state[i]!;
    if (s === UNLABELLED) {
      unlabelled++;
      for (let c = 0; c < K; c++) voteSum[c]! += input.votes[i * K + c]!;
    } else {
      knownSum[input.y[i]!]!++;
      if (s === AUDIT) {
        audit++;
        auditRows.push(i);
      } else active++;
    }
  }
  const meanVotes = Array.from(voteSum, (v) => (unlabelled > 0 ? v / unlabelled : 0));
  const total = n0;
  const allOf = (uShares: readonly number[]): number[] =>
    uShares.map((s, c) => (total > 0 ? (knownSum[c]! + unlabelled * s) / total : 0));
  // with every post labelled, the shares are counted, not estimated
  if (unlabelled === 0) {
    const exact = allOf(meanVotes);
    return {
      all: { shares: exact, ci95: exact.map((s) => [s, s] as const), rows: total },
      unlabelled: { shares: meanVotes, ci95: null, rows: 0 },
      audit,
      active,
      lambda: 0,
      corrected: true,
    };
  }
  const usable = auditRows.filter((i) => input.auditPrediction[i]! >= 0);
  const n = usable.length;
  if (n < 2) {
    return {
      all: { shares: allOf(meanVotes), ci95: null, rows: total },
      unlabelled: { shares: meanVotes, ci95: null, rows: unlabelled },
      audit,
      active,
      lambda: 1,
      corrected: false,
    };
  }
  // λ = Σ_c Cov(y_c, f_c) / Σ_c Var(f_c) over the audit, one weight for all classes so the shares add up to 1
  const yMean = new Float64Array(K);
  const fMean = new Float64Array(K);
  for (const i of usable) {
    yMean[input.y[i]!]!++;
    fMean[input.auditPrediction[i]!]!++;
  }
  for (let c = 0; c < K; c++) {
    yMean[c]! /= n;
    fMean[c]! /= n;
  }
  let cov = 0;
  let varF = 0;
  for (const i of usable) {
    for (let c = 0; c < K; c++) {
      const yc = input.y[i] === c ? 1 : 0;
      const fc = input.auditPrediction[i] === c ? 1 : 0;
      cov += (yc - yMean[c]!) * (fc - fMean[c]!);
      varF += (fc - fMean[c]!) ** 2;
    }
  }
  // a model that always answers the same carries no information (and only rounding noise in varF)
  const lambda = varF > 1e-9 * n ? clamp01(cov / varF) : 0;
  const uShares: number[] = [];
  const variance: number[] = [];
  for (let c = 0; c < K; c++) {
    let mean = 0;
    for (const i of usable)
      mean += ((input.y[i] === c ? 1 : 0) - lambda * (input.auditPrediction[i] === c ? 1 : 0)) / n;
    let ss = 0;
    for (const i of usable) {
      const r = (input.y[i] === c ? 1 : 0) - lambda * (input.auditPrediction[i] === c ? 1 : 0);
      ss += (r - mean) ** 2;
    }
    uShares.push(lambda * meanVotes[c]! + mean);
    variance.push(ss / (n - 1));
  }
  const population = unlabelled + audit;
  const sampled = audit / population;
  const t = t975(n - 1);
  const unlabelledCi = uShares.map((s, c): [number, number] => {
    const half = t * Math.sqrt(variance[c]! / n / (1 - sampled));
    return [clamp01(s - half), clamp01(s + half)];
  });
  const allShares = allOf(uShares);
  const allCi = allShares.map((s, c): [number, number] => {
    const half = t * Math.sqrt((variance[c]! / n) * (1 - sampled)) * (population / total);
    return [clamp01(s - half), clamp01(s + half)];
  });
  return {
    all: { shares: allShares.map(clamp01), ci95: allCi, rows: total },
    unlabelled: { shares: uShares.map(clamp01), ci95: unlabelledCi, rows: unlabelled },
    audit,
    active,
    lambda,
    corrected: true,
  };
}

/**
 * The classic correction by a confusion matrix ("adjusted classify and count", Forman 2008): with
 * M[t][p] = P(predicted p | true t) estimated from labelled posts, solves predicted = Mᵀ·true for
 * the true shares, then clips negatives and renormalises. Biased when the labelled posts are not a
 * fair sample (actively chosen ones are not), which is why the app uses correctedShares.
 * @param predicted the model's shares on the posts to estimate
 * @param confusion counts, rows true class, columns predicted class
 */
export function confusionCorrected(
  predicted: readonly number[],
  confusion: readonly (readonly number[])[],
): number[] {
  const K = predicted.length;
  // A = Mᵀ: A[p][t] = confusion[t][p] / row total of t
  const a = Array.from({ length: K }, (_, p) =>
    Array.from({ length: K }, (_, t) => {
      const row = confusion[t]!;
      const sum = row.reduce((s, v) => s + v, 0);
      return sum > 0 ? row[p]! / sum : p === t ? 1 : 0;
    }),
  );
  const solved = solve(a, predicted.slice());
  if (!solved) return predicted.slice();
  const clipped = solved.map((v) => Math.max(0, v));
  const sum = clipped.reduce((s, v) => s + v, 0);
  return sum > 0 ? clipped.map((v) => v / sum) : predicted.slice();
}

/** Gaussian elimination with partial pivoting; null when the matrix is (nearly) singular. */
function solve(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (Math.abs(a[pivot]![col]!) < 1e-9) return null;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    [b[col], b[pivot]] = [b[pivot]!, b[col]!];
    for (let r = col + 1; r < n; r++) {
      const f = a[r]![col]! / a[col]![col]!;
      for (let c = col; c < n; c++) a[r]![c]! -= f * a[col]![c]!;
      b[r]! -= f * b[col]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r]!;
    for (let c = r + 1; c < n; c++) s -= a[r]![c]! * x[c]!;
    x[r] = s / a[r]![r]!;
  }
  return x;
}
