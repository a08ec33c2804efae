/**
 * Batch scoring of a file with a loaded bundle, from bytes to a scored file: read (CSV or Parquet),
 * infer the schema, plan the columns, score in chunks, write CSV or Parquet. The Models view's
 * worker and `murmur score` both call this, so their outputs are the same bytes.
 *
 * A shard (`shard: { index, count }`) scores rows [⌊i·R/N⌋, ⌊(i+1)·R/N⌋) of the R rows: the N
 * shards are disjoint and cover every row, and a shard may be empty when N exceeds R. So that every
 * shard plans the file the same way, the schema is always inferred from the file's first
 * SCHEMA_ROWS rows, in one process as in a shard. A Parquet shard reads only its rows (and the
 * first ones); a CSV has no row index, so each shard parses it whole and scores its part.
 */
import type { ByteSource, ParsedTable, TableFormat } from '../csv/types.ts';
import { fail, ok, type Result } from '../errors/index.ts';
import { losslessKind } from '../parquet/storedKinds.ts';
import { inferSchema } from '../schema/inferSchema.ts';
import { importTable, loadParquetReader, sniffTableFormat } from '../table/importTable.ts';
import type { SentimentMode } from '../sentiment/mode.ts';
import type { LoadedBundle } from './loadBundle.ts';
import { scoreTableToCsv, type ScoredFile } from './scoredCsv.ts';
import { planTable } from './tablePlan.ts';

/** Rows the schema (types, formats, roles) is inferred from: the file's first rows, the same for every shard. */
export const SCHEMA_ROWS = 10_000;

export interface ScoreProgress {
  readonly phase: 'reading' | 'scoring';
  readonly done: number;
  readonly total: number;
  readonly unit: 'bytes' | 'rows';
}

/** Shard `index` (0-based) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

export interface ScoreSourceOptions {
  /** The scored file's format (default 'csv'). */
  readonly output?: TableFormat;
  readonly shard?: Shard;
  /** What VADER reads: 'social' (default) or 'reference' (the raw text, as vaderSentiment 3.3.2). */
  readonly sentimentMode?: SentimentMode;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: ScoreProgress) => void;
  /** Parquet output only: receives the bytes row group by row group instead of `parts` (the CLI streams them to the file). */
  readonly emit?: (bytes: Uint8Array) => void;
}

/** Rows [from, to) of a file of `total` rows. */
export interface RowRange {
  readonly from: number;
  readonly to: number;
  readonly total: number;
}

export type ScoredSource = ScoredFile<string | Uint8Array> & {
  readonly input: TableFormat;
  readonly output: TableFormat;
  readonly range: RowRange;
};

/** The rows of shard `index` of `count` among `total`: disjoint, together complete, sizes differing by at most one. */
export function shardRange(shard: Shard, total: number): RowRange {
  return {
    from: Math.floor((shard.index * total) / shard.count),
    to: Math.floor(((shard.index + 1) * total) / shard.count),
    total,
  };
}

/** A shard's index and count, checked: an integer count ≥ 1 and 0 ≤ index < count. */
export function checkShard(shard: Shard): Result<Shard> {
  const { index, count } = shard;
  if (
    !Number.isInteger(count) ||
    count < 1 ||
    !Number.isInteger(index) ||
    index < 0 ||
    index >= count
  )
    return fail(
      'SHARD_INVALID',
      `Shard ${index}/${count} does not exist: shards are numbered 0 to N-1 out of N ≥ 1.`,
      'Give --shard i/N with 0 ≤ i < N, e.g. --shard 0/4 … --shard 3/4 (a Kubernetes JOB_COMPLETION_INDEX counts from 0).',
    );
  return ok(shard);
}

/** Rows [from, to) of `table` as a table of their own. */
function sliceTable(table: ParsedTable, from: number, to: number): ParsedTable {
  if (from === 0 && to === table.rowCount) return table;
  return { ...table, columns: table.columns.map((c) => c.slice(from, to)), rowCount: to - from };
}

interface ReadTables {
  /** The rows to score. */
  readonly rows: ParsedTable;
  /** The file's first rows, for the schema. */
  readonly head: ParsedTable;
  readonly range: RowRange;
}

async function readTables(
  source: ByteSource,
  format: TableFormat,
  options: ScoreSourceOptions,
): Promise<Result<ReadTables>> {
  const reading = (done: number, total: number) =>
    options.onProgress?.({ phase: 'reading', done, total, unit: 'bytes' });
  const common = {
    ...(options.signal ? { signal: options.signal } : {}),
    onProgress: (p: { bytesRead: number; totalBytes: number }) =>
      reading(p.bytesRead, p.totalBytes),
  };
  if (format === 'csv') {
    const whole = await importTable(source, common);
    if (!whole.ok) return whole;
    const t = whole.value;
    const range = options.shard
      ? shardRange(options.shard, t.rowCount)
      : { from: 0, to: t.rowCount, total: t.rowCount };
    // the Parquet kinds of a CSV column are decided on the whole file, so every shard writes the same types
    const rows =
      options.output === 'parquet'
        ? { ...sliceTable(t, range.from, range.to), kinds: t.columns.map(losslessKind) }
        : sliceTable(t, range.from, range.to);
    return ok({ rows, head: sliceTable(t, 0, Math.min(t.rowCount, SCHEMA_ROWS)), range });
  }
  const { importParquet, parquetOutline } = await loadParquetReader();
  const outline = await parquetOutline(source);
  if (!outline.ok) return outline;
  const total = outline.value.rows;
  const range = options.shard ? shardRange(options.shard, total) : { from: 0, to: total, total };
  const headRows = Math.min(total, SCHEMA_ROWS);
  if (range.from <= headRows) {
    // the shard starts among the schema rows: one read serves both, no row decoded twice
    const start = await importParquet(source, {
      ...common,
      rowStart: 0,
      rowEnd: Math.max(headRows, range.to),
    });
    if (!start.ok) return start;
    const t = start.value;
    return ok({
      rows: sliceTable(t, range.from, range.to),
      head: sliceTable(t, 0, headRows),
      range,
    });
  }
  const head = await importParquet(source, { ...common, rowStart: 0, rowEnd: headRows });
  if (!head.ok) return head;
  const rows = await importParquet(source, { ...common, rowStart: range.from, rowEnd: range.to });
  if (!rows.ok) return rows;
  return ok({ rows: rows.value, head: head.value, range });
}

/**
 * Reads `source` (CSV or Parquet, told by its bytes) as the app imports a dataset and scores its
 * rows, or a shard's rows. Fails as the importer does, with SHARD_INVALID, or with BUNDLE_MISMATCH
 * when no part of the bundle fits the file.
 */
export async function scoreSource(
  loaded: LoadedBundle,
  source: ByteSource,
  options: ScoreSourceOptions = {},
): Promise<Result<ScoredSource>> {
  if (options.shard) {
    const checked = checkShard(options.shard);
    if (!checked.ok) return checked;
  }
  const input = await sniffTableFormat(source);
  const output = options.output ?? 'csv';
  const read = await readTables(source, input, options);
  if (!read.ok) return read;
  const { rows, head, range } = read.value;
  const plan = planTable(loaded, rows, inferSchema(head));
  if (!plan.ok) return plan;
  const scoring = (done: number, total: number) =>
    options.onProgress?.({ phase: 'scoring', done, total, unit: 'rows' });
  if (output === 'parquet') {
    const { scoreTableToParquet } = await import('./scoredParquet.ts');
    const scored = scoreTableToParquet(
      loaded,
      rows,
      plan.value,
      scoring,
      options.emit,
      options.sentimentMode,
    );
    return scored.ok ? ok({ ...scored.value, input, output, range }) : scored;
  }
  const scored = scoreTableToCsv(loaded, rows, plan.value, scoring, options.sentimentMode);
  return scored.ok ? ok({ ...scored.value, input, output, range }) : scored;
}
