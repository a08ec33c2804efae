import type { StreamAnalysisApi, StreamComputeApi, StreamLiveApi } from '../../api/stream.ts';

export const streamAnalysisJobs: StreamAnalysisApi = {};

export const streamComputeJobs: StreamComputeApi = {};

export const streamLiveJobs: StreamLiveApi = {};
