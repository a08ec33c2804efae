/** Engagement: the jobs of the analysis worker, the compute pool and the live worker for this feature. */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EngagementAnalysisApi {}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EngagementComputeApi {}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EngagementLiveApi {}
