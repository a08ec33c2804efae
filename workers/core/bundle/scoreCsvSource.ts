/**
 * Batch scoring of a CSV file with a loaded bundle, from bytes to scored CSV: the app's importer
 * (streamed), schema inference, the column plan, then scoring in chunks. The Models view's worker
 * and `murmur score` both call this, so their outputs are the same bytes.
 */
import { importCsv } from '../csv/importCsv.ts';
import type { ByteSource } from '../csv/types.ts';
import { ok, type Result } from '../errors/index.ts';
import { inferSchema } from '../schema/inferSchema.ts';
import type { SentimentMode } from '../sentiment/mode.ts';
import type { LoadedBundle } from './loadBundle.ts';
import { scoreTableToCsv, type ScoredCsv } from './scoredCsv.ts';
import { planTable } from './tablePlan.ts';

export interface ScoreCsvProgress {
  readonly phase: 'reading' | 'scoring';
  readonly done: number;
  readonly total: number;
  readonly unit: 'bytes' | 'rows';
}

export interface ScoreCsvOptions {
  readonly signal?: AbortSignal;
  /** What VADER reads: 'social' (default) or 'reference' (the raw text, as vaderSentiment 3.3.2). */
  readonly sentimentMode?: SentimentMode;
  readonly onProgress?: (p: ScoreCsvProgress) => void;
}

/** Reads `source` as the app imports a dataset and scores every row. Fails as `importCsv`, or BUNDLE_MISMATCH when no part fits the file. */
export async function scoreCsvSource(
  loaded: LoadedBundle,
  source: ByteSource,
  options: ScoreCsvOptions = {},
): Promise<Result<ScoredCsv>> {
  const { onProgress } = options;
  const imported = await importCsv(source, {
    ...(options.signal ? { signal: options.signal } : {}),
    onProgress: (p) =>
      onProgress?.({ phase: 'reading', done: p.bytesRead, total: p.totalBytes, unit: 'bytes' }),
  });
  if (!imported.ok) return imported;
  const table = imported.value;
  const plan = planTable(loaded, table, inferSchema(table));
  if (!plan.ok) return plan;
  const scored = scoreTableToCsv(
    loaded,
    table,
    plan.value,
    (done, total) => onProgress?.({ phase: 'scoring', done, total, unit: 'rows' }),
    options.sentimentMode,
  );
  return scored.ok ? ok(scored.value) : scored;
}
