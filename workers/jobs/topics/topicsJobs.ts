import type { TopicsAnalysisApi, TopicsComputeApi, TopicsLiveApi } from '../../api/topics.ts';

export const topicsAnalysisJobs: TopicsAnalysisApi = {};

export const topicsComputeJobs: TopicsComputeApi = {};

export const topicsLiveJobs: TopicsLiveApi = {};
