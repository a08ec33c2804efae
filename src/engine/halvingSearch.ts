/**
 * Successive halving across the compute pool, as sklearn `HalvingGridSearchCV(factor=3)`: every
 * grid point is cross-validated on a few training posts, the best third goes on to three times as
 * many, until the last round uses them all. Each round is a pool grid search over its candidates
 * (src/engine/gridSearch.ts) with the folds thinned in the workers, so Cancel stops it the same way.
 */
import type { GridSummary, Result } from '../../workers/api.ts';
import {
  halvingPlan,
  roundsToRun,
  summariseHalving,
  topCandidates,
  type HalvingRoundResult,
} from '../../workers/core/forest/halving.ts';
import { defaultEngine, type Engine } from './engine.ts';
import {
  runGridSearch,
  type GridRunOptions,
  type GridRunProgress,
  type GridRunResult,
} from './gridSearch.ts';

export interface HalvingRunProgress extends GridRunProgress {
  /** 0-based round, of `rounds`. */
  readonly round: number;
  readonly rounds: number;
  /** Training posts the round draws its folds from, and how many candidates it compares. */
  readonly rows: number;
  readonly candidates: number;
}

export interface HalvingRunResult extends GridRunResult {
  readonly rounds: readonly HalvingRoundResult[];
  readonly summary: GridSummary;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Runs the halving rounds on the pool; the summary ranks points by the round they reached, then score. */
export async function runHalvingSearch(
  options: Omit<GridRunOptions, 'candidates' | 'rows' | 'onProgress'> & {
    readonly onProgress?: (p: HalvingRunProgress) => void;
  },
  engine: Engine = defaultEngine,
): Promise<Result<HalvingRunResult>> {
  const { prepared, folds } = options;
  const started = performance.now();
  const all = prepared.train.rows;
  const plan = roundsToRun(halvingPlan(prepared.points.length, all));
  const fitsTotal = plan.reduce((s, r) => s + r.candidates * folds, 0);
  const foldScores = prepared.points.map(() => new Array<number>(folds).fill(NaN));
  const fitSeconds = prepared.points.map(() => new Array<number>(folds).fill(NaN));
  const rounds: HalvingRoundResult[] = [];
  const roundSeconds: number[] = [];
  let candidates = prepared.points.map((_, i) => i);
  let fitsBefore = 0;
  let workers = 1;
  let matrixSends = 0;
  for (const [index, round] of plan.entries()) {
    const t0 = performance.now();
    const r = await runGridSearch(
      {
        ...options,
        candidates,
        ...(round.rows < all ? { rows: round.rows } : {}),
        onProgress: (p) => {
          // later rounds cost about what this one does (a third of the candidates on three times the rows)
          const perRound = roundSeconds.length ? mean(roundSeconds) : null;
          const left = plan.length - index - 1;
          const roundEta =
            p.etaSeconds ?? (perRound === null ? null : Math.max(0, perRound - p.elapsedSeconds));
          options.onProgress?.({
            ...p,
            fitsDone: fitsBefore + p.fitsDone,
            fitsTotal,
            elapsedSeconds: (performance.now() - started) / 1000,
            etaSeconds:
              roundEta === null
                ? null
                : roundEta + left * (perRound ?? p.elapsedSeconds + (p.etaSeconds ?? 0)),
            round: index,
            rounds: plan.length,
            rows: round.rows,
            candidates: candidates.length,
          });
        },
      },
      engine,
    );
    if (!r.ok) return r;
    roundSeconds.push((performance.now() - t0) / 1000);
    workers = Math.max(workers, r.value.workers);
    matrixSends += r.value.matrixSends;
    fitsBefore += candidates.length * folds;
    const scores = candidates.map((c) => r.value.foldScores[c]!);
    for (const c of candidates) {
      foldScores[c] = r.value.foldScores[c]!;
      fitSeconds[c] = r.value.fitSeconds[c]!;
    }
    rounds.push({ rows: round.rows, candidates, foldScores: scores });
    const next = plan[index + 1];
    if (next) candidates = topCandidates(candidates, scores.map(mean), next.candidates);
  }
  return {
    ok: true,
    value: {
      foldScores,
      fitSeconds,
      workers,
      seconds: (performance.now() - started) / 1000,
      matrixSends,
      rounds,
      summary: summariseHalving(prepared.points, rounds, prepared.scoring),
    },
  };
}
