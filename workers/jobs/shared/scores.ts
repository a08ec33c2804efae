/**
 * The VADER scores of each text column of the active dataset, one store per column in its cache.
 * The one store every feature reads: what the Sentiment view scored across the pool is reused by
 * Topics and Engagement, and rows they score are kept here for the view.
 */
import type { ColumnSchema } from '../../core/schema/types.ts';
import type { SentimentMode } from '../../core/sentiment/mode.ts';
import { ScoreStore } from './scoreStore.ts';
import { currentSentimentMode } from './sentimentMode.ts';
import { cachedIn, type LoadedDataset } from './session.ts';

/**
 * The VADER scores of a text column under `mode` (default: the Sentiment view's current mode),
 * created empty on first use.
 */
export function scoreStore(
  d: LoadedDataset,
  column: ColumnSchema,
  mode: SentimentMode = currentSentimentMode(),
): ScoreStore {
  return cachedIn(
    d,
    `scores:${mode}:${column.name}`,
    () => new ScoreStore(column.name, d.table.rowCount, mode),
  );
}

/** Rows per step when a feature scores the rest of a column itself, so the worker can answer between steps. */
const FILL_CHUNK = 5000;

/** Scores every row of `column` not scored yet, in steps, yielding between them; resolves with the complete store. */
export async function completeScores(
  d: LoadedDataset,
  column: ColumnSchema,
  onProgress?: (done: number, total: number) => void,
  mode: SentimentMode = currentSentimentMode(),
): Promise<ScoreStore> {
  const store = scoreStore(d, column, mode);
  const texts = d.table.columns[column.index]!;
  for (const [from, to] of store.pending(FILL_CHUNK)) {
    store.scoreMissing(texts, range(from, to));
    onProgress?.(store.scoredRows, store.rows);
    // let a queued call (or a terminate) in between steps
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return store;
}

function* range(from: number, to: number): Generator<number> {
  for (let r = from; r < to; r++) yield r;
}
