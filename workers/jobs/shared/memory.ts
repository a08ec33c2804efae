/** The memory budget in the workers: the heap one worker may use, and whether a dataset fits a job in it. */
import { checkMemoryBudget, type MemoryJob } from '../../core/csv/memoryBudget.ts';
import type { TableFormat } from '../../core/csv/types.ts';
import type { Result } from '../../core/errors/index.ts';

/** Chromium's heap limit for one worker on a 64-bit machine, when the browser does not say. */
const DEFAULT_HEAP_BYTES = 4 * 1024 ** 3;

/** The heap this worker may use: Chromium's `performance.memory.jsHeapSizeLimit`, else 4 GiB. */
export function workerHeapBytes(): number {
  const memory = (performance as { memory?: { jsHeapSizeLimit?: unknown } }).memory;
  const limit = memory?.jsHeapSizeLimit;
  return typeof limit === 'number' && limit > 0 ? limit : DEFAULT_HEAP_BYTES;
}

/** Ok when a file of `bytes` named `fileName` fits `job` in this worker's memory; FILE_TOO_LARGE up front otherwise. */
export function fitsInMemory(
  job: MemoryJob,
  fileName: string,
  bytes: number,
  format: TableFormat = 'csv',
): Result<true> {
  return checkMemoryBudget(job, fileName, bytes, workerHeapBytes(), format);
}
