/**
 * The boundary between the page and the workers: request, result and progress types of every job.
 * src/ may `import type` from here; everything else in workers/ is off limits to it.
 */
import type { DatasetApi } from './api/dataset.ts';
import type { DiagnosticsApi } from './api/diagnostics.ts';

export type * from './api/common.ts';
export type * from './api/dataset.ts';
export type * from './api/diagnostics.ts';

/** The analysis worker: owns the active dataset and everything computed from it. */
export interface AnalysisApi extends DiagnosticsApi, DatasetApi {}

/** A pool worker: stateless compute jobs that run in parallel (scoring chunks, forest fits). */
export interface ComputeApi extends DiagnosticsApi {}
