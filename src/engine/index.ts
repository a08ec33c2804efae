/**
 * The page's only door to the workers. Features call `analysis(...)` (the worker that owns the
 * active dataset), `compute(...)` (a pool of stateless workers) or `live(...)` (type-to-score), with an AbortSignal to cancel
 * and a progress callback; every call resolves to a Result, never throws.
 */
import type { AnalysisApi, ComputeApi, LiveApi, Result } from '../../workers/api.ts';
import {
  invoke,
  type CallOptions,
  type ProgressOf,
  type RequestOf,
  type ValueOf,
} from './calls.ts';
import { WorkerBridge } from './workerBridge.ts';
import { WorkerPool, defaultPoolSize } from './workerPool.ts';

export type { CallOptions, ProgressOf, RequestOf, ValueOf } from './calls.ts';

const analysisBridge = new WorkerBridge<AnalysisApi>(
  () =>
    new Worker(new URL('../../workers/analysis.worker.ts', import.meta.url), {
      type: 'module',
      name: 'murmur-analysis',
    }),
  'analysis',
);

// A worker of its own for type-to-score, so answers never queue behind long jobs.
const liveBridge = new WorkerBridge<LiveApi>(
  () =>
    new Worker(new URL('../../workers/live.worker.ts', import.meta.url), {
      type: 'module',
      name: 'murmur-live',
    }),
  'live scoring',
);

let pool: WorkerPool<ComputeApi> | null = null;

/** The compute pool, created on first use with one worker per core. */
export function computePool(): WorkerPool<ComputeApi> {
  pool ??= new WorkerPool<ComputeApi>(
    () =>
      new Worker(new URL('../../workers/compute.worker.ts', import.meta.url), {
        type: 'module',
        name: 'murmur-compute',
      }),
    defaultPoolSize(),
    'compute',
  );
  return pool;
}

/** Runs a job in the analysis worker. */
export function analysis<K extends keyof AnalysisApi>(
  method: K,
  request: RequestOf<AnalysisApi[K]>,
  options: CallOptions<ProgressOf<AnalysisApi[K]>> = {},
): Promise<Result<ValueOf<AnalysisApi[K]>>> {
  return analysisBridge.call((remote) => invoke(remote, method, request, options), options.signal);
}

/** Runs a job on the next free worker of the compute pool. */
export function compute<K extends keyof ComputeApi>(
  method: K,
  request: RequestOf<ComputeApi[K]>,
  options: CallOptions<ProgressOf<ComputeApi[K]>> = {},
): Promise<Result<ValueOf<ComputeApi[K]>>> {
  return computePool().run((remote) => invoke(remote, method, request, options), options.signal);
}

/** Runs a quick job in the live worker (type-to-score). */
export function live<K extends keyof LiveApi>(
  method: K,
  request: RequestOf<LiveApi[K]>,
  options: CallOptions<ProgressOf<LiveApi[K]>> = {},
): Promise<Result<ValueOf<LiveApi[K]>>> {
  return liveBridge.call((remote) => invoke(remote, method, request, options), options.signal);
}

/** How many workers the analysis bridge has started so far (a cancel makes the next call start a new one). */
export function analysisGeneration(): number {
  return analysisBridge.generation;
}
