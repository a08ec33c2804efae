import type { AnalysisApi, ComputeApi, LiveApi, Result } from '../../workers/api.ts';
import type { CallOptions, ProgressOf, RequestOf, ValueOf } from './calls.ts';
import { analysis, compute, computePool, live } from './index.ts';

/**
 * The engine's calls as one object, so orchestrations (scoring across the pool, grid search,
 * training) take it as a parameter and tests can hand them a fake.
 */
export interface Engine {
  analysis<K extends keyof AnalysisApi>(
    method: K,
    request: RequestOf<AnalysisApi[K]>,
    options?: CallOptions<ProgressOf<AnalysisApi[K]>>,
  ): Promise<Result<ValueOf<AnalysisApi[K]>>>;
  compute<K extends keyof ComputeApi>(
    method: K,
    request: RequestOf<ComputeApi[K]>,
    options?: CallOptions<ProgressOf<ComputeApi[K]>>,
  ): Promise<Result<ValueOf<ComputeApi[K]>>>;
  live<K extends keyof LiveApi>(
    method: K,
    request: RequestOf<LiveApi[K]>,
    options?: CallOptions<ProgressOf<LiveApi[K]>>,
  ): Promise<Result<ValueOf<LiveApi[K]>>>;
  /** Workers in the compute pool: how many jobs run side by side. */
  poolSize(): number;
}

export const defaultEngine: Engine = {
  analysis,
  compute,
  live,
  poolSize: () => computePool().size,
};
