/**
 * The memory budget of each job over an imported file: how much memory a job needs for a CSV of a
 * given size, so a file that would not fit is refused up front, with its size and the limit, instead
 * of running the process out of memory halfway through. The app and the CLI hold the whole table
 * as strings, so what a job needs grows with the file; the figures below are what `npm run bench --
 * --only memory` measures (peak memory per byte of CSV, on generated exports), rounded up.
 */
import { fail, ok, type Result } from '../errors/index.ts';
import { formatBytes } from './formatBytes.ts';
import type { TableFormat } from './types.ts';

/** A job over a whole file, as the CLI names its commands; `import` is the app's import and dataset. */
export type MemoryJob = 'import' | 'profile' | 'sentiment' | 'topics' | 'train';

/**
 * Peak memory per byte of CSV (measured from 23 and 70 MB exports under Node: 4.4 for profile, 5.6
 * for sentiment, 8.7 for topics, about 10.4 for training), plus a margin of about 10 %.
 */
export const MEMORY_PER_INPUT_BYTE: Readonly<Record<MemoryJob, number>> = {
  import: 5,
  profile: 5,
  sentiment: 6.2,
  topics: 9.6,
  train: 11.5,
};

/**
 * A Parquet file is compressed: it holds about 3.5 times its size as CSV (generated posts: 10 MB for a
 * 35 MB CSV, 50 MB for 177 MB), so its size counts 4 times against a budget measured per CSV byte.
 */
export const PARQUET_CSV_BYTES_PER_BYTE = 4;

/** Memory the runtime, the code and the models take before any file is read. */
export const FIXED_MEMORY_BYTES = 256 * 1024 * 1024;

/** What a job is called in a message. */
const JOB_NAMES: Readonly<Record<MemoryJob, string>> = {
  import: 'an import',
  profile: 'a profile',
  sentiment: 'sentiment',
  topics: 'topics',
  train: 'training',
};

/** The largest CSV (bytes) `job` can hold in `memoryBytes` of memory (0 when even the runtime does not fit). */
export function maxInputBytes(job: MemoryJob, memoryBytes: number): number {
  return Math.max(0, Math.floor((memoryBytes - FIXED_MEMORY_BYTES) / MEMORY_PER_INPUT_BYTE[job]));
}

/**
 * Ok when a file of `bytes` fits the memory budget of `job` in `memoryBytes` (the heap limit of
 * the process or the worker); otherwise FILE_TOO_LARGE with the file's size, the job's limit and
 * the memory it is computed from, before any work starts.
 */
export function checkMemoryBudget(
  job: MemoryJob,
  fileName: string,
  bytes: number,
  memoryBytes: number,
  format: TableFormat = 'csv',
): Result<true> {
  const factor = format === 'parquet' ? PARQUET_CSV_BYTES_PER_BYTE : 1;
  const limit = Math.floor(maxInputBytes(job, memoryBytes) / factor);
  // an unknown size (NaN) is not refused here: the import measured the file when it was read
  if (!(bytes > limit)) return ok(true);
  return fail(
    'FILE_TOO_LARGE',
    `"${fileName}" is ${formatBytes(bytes)}, over the ${formatBytes(limit)} limit${factor > 1 ? ' for a Parquet file' : ''} for ${JOB_NAMES[job]} in the ${formatBytes(memoryBytes)} of memory available here.`,
    'Split the file (for example by date) or remove columns you do not need, then work on the parts.',
  );
}
