/**
 * Successive halving over a parameter grid, as sklearn `HalvingGridSearchCV(resource='n_samples',
 * factor=3, min_resources='exhaust')`: every candidate is cross-validated on a few rows, the best
 * third goes on to three times as many rows, and so on until one round uses all of them. The plan
 * and the selection are pure, so the page's worker pool and the Node search share them.
 */
import { ok, type Result } from '../errors/index.ts';
import { meanAndStd } from '../metrics/summary.ts';
import { createRng, deriveSeed, permutation } from '../random/rng.ts';
import { fitForestAsync } from './forest.ts';
import type { GridSearchOptions } from './gridSearch.ts';
import { selectRows, type Matrix } from './matrix.ts';
import type { ForestOptions } from './params.ts';
import { scoreModel, type Scoring } from './scoring.ts';
import { searchInputs } from './searchInputs.ts';
import type { Split } from './splits.ts';
import { selectTarget, type ForestTarget } from './target.ts';
import type { GridPointResult, GridSummary } from './gridSearch.ts';

/** How many candidates each round cross-validates and on how many rows. */
export interface HalvingRoundPlan {
  readonly candidates: number;
  /** Rows the round's folds are drawn from (the resource, sklearn `n_resources_`). */
  readonly rows: number;
}

export interface HalvingPlanOptions {
  /** Share kept after each round is 1/factor; rows grow by factor. Default 3. */
  readonly factor?: number;
  /** Rows of the first round; default 'exhaust' (the last round uses all rows). */
  readonly minRows?: number | 'exhaust';
}

/**
 * The rounds of a halving search, as sklearn `HalvingGridSearchCV` (aggressive_elimination=False):
 * n_required = 1 + ⌊log_f(candidates)⌋; with 'exhaust', min rows = ⌊max / f^(n_required−1)⌋;
 * rounds = min(n_required, n_possible); round i uses ⌊f^i · min⌋ rows (at most all) and
 * ⌈candidates / f^i⌉ candidates.
 */
export function halvingPlan(
  nCandidates: number,
  maxRows: number,
  options: HalvingPlanOptions = {},
): HalvingRoundPlan[] {
  const factor = options.factor ?? 3;
  const required = 1 + Math.floor(Math.log(nCandidates) / Math.log(factor) + 1e-9);
  const minRows =
    options.minRows === undefined || options.minRows === 'exhaust'
      ? Math.max(1, Math.floor(maxRows / factor ** (required - 1)))
      : options.minRows;
  const possible =
    1 + Math.floor(Math.log(Math.floor(maxRows / minRows)) / Math.log(factor) + 1e-9);
  const rounds = Math.max(1, Math.min(required, possible));
  const plan: HalvingRoundPlan[] = [];
  let candidates = nCandidates;
  for (let i = 0; i < rounds; i++) {
    plan.push({ candidates, rows: Math.min(maxRows, Math.floor(factor ** i * minRows)) });
    candidates = Math.ceil(candidates / factor);
  }
  return plan;
}

/**
 * The rounds worth running: a last round with one candidate left only scores the winner already
 * chosen (sklearn runs it; its choice is the same without it), so it is dropped.
 */
export function roundsToRun(plan: readonly HalvingRoundPlan[]): HalvingRoundPlan[] {
  return plan.length > 1 && plan[plan.length - 1]!.candidates === 1 ? plan.slice(0, -1) : [...plan];
}

/**
 * The `k` candidates with the best mean score (higher is better), ties to the earlier one, in
 * grid order, as sklearn `_top_k`.
 */
export function topCandidates(
  candidates: readonly number[],
  meanScores: readonly number[],
  k: number,
): number[] {
  return candidates
    .map((c, i) => ({ c, s: meanScores[i]! }))
    .sort((a, b) => b.s - a.s || a.c - b.c)
    .slice(0, k)
    .map((x) => x.c)
    .sort((a, b) => a - b);
}

/**
 * A fold's train and test rows thinned to `rows / total` of each, as sklearn
 * `_SubsampleMetaSplitter(subsample_test=True)`: the same seeded draw for every candidate, so they
 * compete on the same rows; kept in row order.
 */
export function subsampleSplit(split: Split, rows: number, total: number, seed: number): Split {
  if (rows >= total) return split;
  const fraction = rows / total;
  const thin = (idx: Uint32Array, salt: number) => {
    const n = Math.max(1, Math.floor(fraction * idx.length));
    const order = permutation(idx.length, createRng(deriveSeed(seed, rows * 2 + salt)));
    const picked = Array.from(order.subarray(0, n)).sort((a, b) => a - b);
    return Uint32Array.from(picked, (i) => idx[i]!);
  };
  return { train: thin(split.train, 0), test: thin(split.test, 1) };
}

/** One round's cross-validated scores. */
export interface HalvingRoundResult {
  readonly rows: number;
  /** Indices into the grid's points. */
  readonly candidates: readonly number[];
  /** Per candidate (same order), its fold scores. */
  readonly foldScores: readonly (readonly number[])[];
}

/**
 * The search as a GridSummary: each point scored in the last round it reached (its `rows` and
 * `round` say which), ranked by round reached, then mean score; the best is the last round's best,
 * as sklearn `best_index_`.
 */
export function summariseHalving(
  points: readonly ForestOptions[],
  rounds: readonly HalvingRoundResult[],
  scoring: Scoring,
): GridSummary {
  const last = new Map<number, { round: number; rows: number; scores: readonly number[] }>();
  rounds.forEach((r, round) =>
    r.candidates.forEach((c, i) => last.set(c, { round, rows: r.rows, scores: r.foldScores[i]! })),
  );
  const rows = points.map((params, i) => {
    const l = last.get(i) ?? { round: -1, rows: 0, scores: [] };
    const { mean, std } = l.scores.length ? meanAndStd(l.scores) : { mean: NaN, std: NaN };
    return {
      params,
      foldScores: l.scores,
      meanScore: mean,
      stdScore: std,
      round: l.round,
      rows: l.rows,
    };
  });
  const better = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    a.round > b.round || (a.round === b.round && a.meanScore > b.meanScore);
  const results: GridPointResult[] = rows.map((r) => ({
    ...r,
    rank: 1 + rows.filter((o) => better(o, r)).length,
    meanFitSeconds: 0,
  }));
  const bestIndex = results.findIndex((r) => r.rank === 1);
  return {
    scoring,
    points: results,
    bestIndex,
    bestParams: points[bestIndex]!,
    bestScore: results[bestIndex]!.meanScore,
  };
}

/** As the full grid's options (the seed also draws each round's rows), without its refit. */
export interface HalvingSearchOptions extends Pick<
  GridSearchOptions,
  'grid' | 'base' | 'folds' | 'groups' | 'seed' | 'scoring' | 'signal'
> {
  readonly factor?: number;
}

/** The rounds and the summary of a halving search. */
export interface HalvingSearchResult {
  readonly rounds: readonly HalvingRoundResult[];
  readonly summary: GridSummary;
}

/**
 * Successive halving in one thread (the CLI and tests; the page runs the same plan across its
 * worker pool): folds over all training rows, each round's folds thinned to its rows; the best of
 * the last round run is the choice.
 */
export async function halvingSearch(
  X: Matrix,
  target: ForestTarget,
  options: HalvingSearchOptions = {},
): Promise<Result<HalvingSearchResult>> {
  const inputs = searchInputs(X, target, options);
  if (!inputs.ok) return inputs;
  const { points, splits, seed, scoring } = inputs.value;
  const plan = roundsToRun(halvingPlan(points.length, X.rows, { factor: options.factor ?? 3 }));
  const rounds: HalvingRoundResult[] = [];
  let candidates = points.map((_, i) => i);
  for (const [r, round] of plan.entries()) {
    const foldScores: number[][] = [];
    for (const c of candidates) {
      const scores: number[] = [];
      for (const full of splits) {
        const split = subsampleSplit(full, round.rows, X.rows, seed);
        const fit = await fitForestAsync(
          selectRows(X, split.train),
          selectTarget(target, split.train),
          { ...points[c], seed },
          { signal: options.signal },
        );
        if (!fit.ok) return fit;
        const score = scoreModel(
          fit.value,
          selectRows(X, split.test),
          selectTarget(target, split.test),
          scoring,
        );
        if (!score.ok) return score;
        scores.push(score.value);
      }
      foldScores.push(scores);
    }
    rounds.push({ rows: round.rows, candidates, foldScores });
    const next = plan[r + 1];
    if (next)
      candidates = topCandidates(
        candidates,
        foldScores.map((s) => meanAndStd(s).mean),
        next.candidates,
      );
  }
  return ok({ rounds, summary: summariseHalving(points, rounds, scoring) });
}
