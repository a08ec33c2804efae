/**
 * Progress and cancellation for the long loops of topic clustering. The progress shape matches the
 * workers' `JobProgress`, so a job can pass its callback straight through.
 */
import { MurmurError, failWith, toAppError, type Result } from '../errors/index.ts';

export interface ClusterProgress {
  /** 'kmeans' covers each k's fits and silhouettes. */
  readonly phase: 'tfidf' | 'kmeans' | 'projection';
  readonly done: number;
  readonly total: number;
  readonly unit: 'k' | 'fits' | 'steps';
  readonly message?: string;
}

/** What every long-running function here accepts. */
export interface LongRunOptions {
  /** Called after each unit of work (a k, a k-means restart, a projection step). */
  readonly onProgress?: (progress: ClusterProgress) => void;
  /** Checked between iterations; when aborted the function returns an ABORTED failure. */
  readonly signal?: AbortSignal;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new MurmurError('ABORTED', 'Cancelled.');
}

/** Runs `f`, turning the ABORTED unwinding of `throwIfAborted` into a Result; other errors propagate. */
export function abortable<T>(f: () => Result<T>): Result<T> {
  try {
    return f();
  } catch (e) {
    if (e instanceof MurmurError && e.code === 'ABORTED') return failWith(toAppError(e));
    throw e;
  }
}
