import type { Result } from '../core/errors/index.ts';

export type { Result } from '../core/errors/index.ts';
export type { AppError, ErrorCode } from '../core/errors/index.ts';

/** Progress reported by a long job. `done`/`total` are in `unit`; `etaSeconds` when it can be estimated. */
export interface JobProgress {
  readonly phase: string;
  readonly done: number;
  readonly total: number;
  readonly unit: 'bytes' | 'rows' | 'texts' | 'fits' | 'trees' | 'epochs' | 'k' | 'steps';
  readonly etaSeconds?: number;
  readonly message?: string;
}

export type ProgressFn<P = JobProgress> = (progress: P) => void;

/**
 * The shape every worker API method has: one structured-cloneable request, an optional progress
 * callback (passed through Comlink.proxy by src/engine), and a Result that never throws.
 */
export type JobMethod<Req, Res, P = JobProgress> = (
  request: Req,
  onProgress?: ProgressFn<P>,
) => Promise<Result<Res>>;
