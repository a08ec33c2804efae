/** Scoring a table in chunks: the one loop the scored CSV and the scored Parquet file share. */
import type { ParsedTable } from '../csv/types.ts';
import { ok, type Result } from '../errors/index.ts';
import type { LoadedBundle } from './loadBundle.ts';
import { TallyBuilder, type ScoreTally } from './scoreTally.ts';
import { scoreColumns, type ScoredColumns } from './scoreWithBundle.ts';
import type { TablePlan } from './tablePlan.ts';

/** Rows scored per step (progress is reported between steps). */
export const SCORE_CHUNK_ROWS = 2000;

/**
 * Scores every row of `table` as `plan` says, SCORE_CHUNK_ROWS at a time, handing each scored chunk
 * (with its first row) to `onChunk`, and returns the tally of all of them. Fails only when a chunk's
 * features cannot be built. Every score depends on its own row alone, so any split of the rows
 * gives the same scores.
 */
export function scoreTableInChunks(
  loaded: LoadedBundle,
  table: ParsedTable,
  plan: TablePlan,
  onChunk: (from: number, scored: ScoredColumns) => void,
  onProgress?: (done: number, total: number) => void,
): Result<ScoreTally> {
  const tally = new TallyBuilder(loaded.topics?.model.centroids.k ?? 0);
  for (let from = 0; from < table.rowCount; from += SCORE_CHUNK_ROWS) {
    const to = Math.min(table.rowCount, from + SCORE_CHUNK_ROWS);
    const scored = scoreColumns(loaded, plan.columns(from, to));
    if (!scored.ok) return scored;
    tally.add(scored.value);
    onChunk(from, scored.value);
    onProgress?.(to, table.rowCount);
  }
  return ok(tally.freeze());
}
