/** Scoring a table in chunks: the one loop the scored CSV and the scored Parquet file share. */
import type { ParsedTable } from '../csv/types.ts';
import { ok, type Result } from '../errors/index.ts';
import { DEFAULT_SENTIMENT_MODE, type SentimentMode } from '../sentiment/mode.ts';
import type { LoadedBundle } from './loadBundle.ts';
import { TallyBuilder, type ScoreTally } from './scoreTally.ts';
import { scoreColumns, type ScoredColumns } from './scoreWithBundle.ts';
import type { TablePlan } from './tablePlan.ts';

/** Rows scored per step (progress is reported between steps). */
export const SCORE_CHUNK_ROWS = 1000;

/** What the scored file's notes say on a reference reading, so shards scored both ways never merge unnoticed. */
export const REFERENCE_READING_NOTE =
  'Sentiment read the raw text, exactly as vaderSentiment 3.3.2 (--reference): handles and links were not set aside.';

/** The plan's notes, plus the reference reading's note when sentiment was scored on the raw text. */
export function scoringNotes(plan: TablePlan, mode: SentimentMode | undefined): readonly string[] {
  return mode === 'reference' && plan.parts.includes('sentiment')
    ? [...plan.notes, REFERENCE_READING_NOTE]
    : plan.notes;
}

/**
 * Scores every row of `table` as `plan` says, SCORE_CHUNK_ROWS at a time, handing each scored chunk
 * (with its first row) to `onChunk`, and returns the tally of all of them. Fails only when a chunk's
 * features cannot be built. Every score depends on its own row alone, so any split of the rows
 * gives the same scores.
 * @param mode what VADER reads: 'social' (default) or 'reference' (the raw text, as vaderSentiment 3.3.2)
 */
export function scoreTableInChunks(
  loaded: LoadedBundle,
  table: ParsedTable,
  plan: TablePlan,
  onChunk: (from: number, scored: ScoredColumns) => void,
  onProgress?: (done: number, total: number) => void,
  mode: SentimentMode = DEFAULT_SENTIMENT_MODE,
): Result<ScoreTally> {
  const tally = new TallyBuilder(loaded.topics?.model.centroids.k ?? 0);
  for (let from = 0; from < table.rowCount; from += SCORE_CHUNK_ROWS) {
    const to = Math.min(table.rowCount, from + SCORE_CHUNK_ROWS);
    const scored = scoreColumns(loaded, plan.columns(from, to), mode);
    if (!scored.ok) return scored;
    tally.add(scored.value);
    onChunk(from, scored.value);
    onProgress?.(to, table.rowCount);
  }
  return ok(tally.freeze());
}
