import type { EngagementAnalysisApi, EngagementComputeApi, EngagementLiveApi } from '../../api/engagement.ts';

export const engagementAnalysisJobs: EngagementAnalysisApi = {};

export const engagementComputeJobs: EngagementComputeApi = {};

export const engagementLiveJobs: EngagementLiveApi = {};
