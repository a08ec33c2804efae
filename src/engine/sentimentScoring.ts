/**
 * Scores the active dataset's text column across the compute pool: the analysis worker cuts it
 * into chunks, each pool worker scores one chunk at a time (fetching the next chunk's texts while
 * it scores), and the scores go back to the analysis worker, which keeps them and returns
 * summaries so the charts fill in as chunks arrive. Cancel terminates the pool workers; the chunks
 * already kept stay, so the next run only scores what is left.
 */
import type {
  JobProgress,
  PackedTexts,
  Result,
  SentimentSummary,
  SentimentViewOptions,
} from '../../workers/api.ts';
import { aborted } from './errors.ts';
import { defaultEngine, type Engine } from './engine.ts';

export interface ScoreDatasetOptions {
  /** Text column, thresholds, time unit and category column of the summaries. */
  readonly view: SentimentViewOptions;
  /** When given, read before each summary: the user may change thresholds or charts while scoring runs. */
  readonly currentView?: () => SentimentViewOptions;
  readonly signal?: AbortSignal;
  /** Rows scored so far, in texts, with an ETA. */
  readonly onProgress?: (p: JobProgress) => void;
  /** Called with a fresh summary at most every `summaryEveryMs` while scoring, and with the final one. */
  readonly onSummary?: (summary: SentimentSummary) => void;
  /** Default 400 ms. */
  readonly summaryEveryMs?: number;
  /** Rows per chunk; default sized by the analysis worker for the pool. */
  readonly chunkRows?: number;
  /** Chunks scored at once; default `scoringConcurrency(pool size)`. */
  readonly concurrency?: number;
}

/**
 * Pool workers to score with: all but one, so a core stays free for the page (on two cores,
 * scoring with both workers made the charts' redraws wait behind them: dozens of long tasks on
 * 1M posts, against two or three with one worker, for about the same total time).
 */
export function scoringConcurrency(poolSize: number): number {
  return Math.max(1, poolSize - 1);
}

export interface ScoringOutcome {
  readonly summary: SentimentSummary;
  /** Rows scored by this run (0 when the scores were already kept). */
  readonly scoredNow: number;
  /** Pool workers that scored at once. */
  readonly workers: number;
  readonly chunks: number;
  readonly seconds: number;
}

/**
 * Scores every row of the text column not scored yet. Resolves with the final summary, ABORTED
 * when the signal fires, or the first failure of any call.
 */
export async function scoreDataset(
  options: ScoreDatasetOptions,
  engine: Engine = defaultEngine,
): Promise<Result<ScoringOutcome>> {
  const { view, signal } = options;
  const started = performance.now();
  const workers = Math.max(
    1,
    Math.min(engine.poolSize(), options.concurrency ?? scoringConcurrency(engine.poolSize())),
  );
  const plan = await engine.analysis('sentimentPlan', {
    ...(view.textColumn !== undefined ? { textColumn: view.textColumn } : {}),
    workers,
    ...(options.chunkRows ? { chunkRows: options.chunkRows } : {}),
  });
  if (!plan.ok) return plan;
  const { textColumn, rows, pending } = plan.value;
  const summaryView = (): SentimentViewOptions => ({
    ...(options.currentView?.() ?? view),
    textColumn,
  });
  const alreadyScored = plan.value.scoredRows;
  let scoredRows = alreadyScored;
  let failure: Result<never> | null = null;
  // The first chunk back brings a summary at once, so the charts appear early.
  let lastSummary = -Infinity;
  const every = options.summaryEveryMs ?? 400;
  const queue = pending.slice();

  const report = () => {
    const elapsed = (performance.now() - started) / 1000;
    const doneNow = scoredRows - alreadyScored;
    const left = rows - scoredRows;
    options.onProgress?.({
      phase: 'Scoring',
      done: scoredRows,
      total: rows,
      unit: 'texts',
      ...(doneNow > 0 && left > 0 && elapsed > 0.5
        ? { etaSeconds: (elapsed * left) / doneNow }
        : {}),
    });
  };
  const stop = (): boolean => failure !== null || signal?.aborted === true;
  const fetchTexts = (range: readonly [number, number]) =>
    engine.analysis('sentimentChunkTexts', { textColumn, from: range[0], to: range[1] });

  async function worker(): Promise<void> {
    let range = queue.shift();
    let texts = range ? fetchTexts(range) : null;
    while (range && texts && !stop()) {
      const packed: Result<PackedTexts> = await texts;
      if (!packed.ok) {
        failure ??= packed;
        return;
      }
      // Fetch the next chunk's texts while this one is scored.
      const nextRange = queue.shift();
      const nextTexts = nextRange && !stop() ? fetchTexts(nextRange) : null;
      const scored = await engine.compute('scoreSentimentChunk', packed.value, {
        ...(signal ? { signal } : {}),
        transfer: [packed.value.units.buffer, packed.value.offsets.buffer],
      });
      if (!scored.ok) {
        failure ??= scored;
        return;
      }
      if (stop()) return;
      const now = performance.now();
      const wantSummary =
        options.onSummary !== undefined && now - lastSummary >= every && queue.length > 0;
      if (wantSummary) lastSummary = now;
      const kept = await engine.analysis(
        'sentimentAddScores',
        {
          textColumn,
          from: range[0],
          scores: scored.value,
          ...(wantSummary ? { summary: summaryView() } : {}),
        },
        { transfer: [scored.value.buffer] },
      );
      if (!kept.ok) {
        failure ??= kept;
        return;
      }
      scoredRows = Math.max(scoredRows, kept.value.scoredRows);
      report();
      if (kept.value.summary && !stop()) options.onSummary?.(kept.value.summary);
      range = nextRange;
      texts = nextTexts;
    }
  }

  report();
  await Promise.all(Array.from({ length: Math.min(workers, Math.max(1, queue.length)) }, worker));
  if (signal?.aborted) return aborted();
  if (failure) return failure;
  const final = await engine.analysis('sentimentSummary', summaryView());
  if (!final.ok) return final;
  options.onSummary?.(final.value);
  return {
    ok: true,
    value: {
      summary: final.value,
      scoredNow: scoredRows - alreadyScored,
      workers,
      chunks: pending.length,
      seconds: (performance.now() - started) / 1000,
    },
  };
}
