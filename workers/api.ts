/**
 * The boundary between the page and the workers: request, result and progress types of every job.
 * src/ may `import type` from here; everything else in workers/ is off limits to it.
 * Each feature declares its jobs in api/<feature>.ts, split by the worker that runs them. What each
 * worker exposes: AnalysisApi, ComputeApi and LiveApi below, and StreamWorkerApi (api/stream.ts);
 * they are composed in workers/jobs/<worker>Api.ts.
 */
import type { DatasetApi } from './api/dataset.ts';
import type { DiagnosticsApi } from './api/diagnostics.ts';
import type {
  EngagementAnalysisApi,
  EngagementComputeApi,
  EngagementLiveApi,
} from './api/engagement.ts';
import type { ModelsAnalysisApi, ModelsComputeApi, ModelsLiveApi } from './api/models.ts';
import type {
  SentimentAnalysisApi,
  SentimentComputeApi,
  SentimentLiveApi,
} from './api/sentiment.ts';
import type { StreamAnalysisApi } from './api/stream.ts';
import type { TopicsAnalysisApi, TopicsComputeApi, TopicsLiveApi } from './api/topics.ts';

export type * from './api/common.ts';
export type * from './api/dataset.ts';
export type * from './api/diagnostics.ts';
export type * from './api/sentiment.ts';
export type * from './api/topics.ts';
export type * from './api/engagement.ts';
export type * from './api/models.ts';
export type * from './api/stream.ts';

/** The analysis worker: owns the active dataset and everything computed from it. */
export interface AnalysisApi
  extends
    DiagnosticsApi,
    DatasetApi,
    SentimentAnalysisApi,
    TopicsAnalysisApi,
    EngagementAnalysisApi,
    ModelsAnalysisApi,
    StreamAnalysisApi {}

/** A pool worker: stateless compute jobs that run side by side (scoring chunks, forest fits, training). */
export interface ComputeApi
  extends
    DiagnosticsApi,
    SentimentComputeApi,
    TopicsComputeApi,
    EngagementComputeApi,
    ModelsComputeApi {}

/** The live worker: answers while the user types (within a frame), never queued behind long jobs. */
export interface LiveApi
  extends DiagnosticsApi, SentimentLiveApi, TopicsLiveApi, EngagementLiveApi, ModelsLiveApi {}
