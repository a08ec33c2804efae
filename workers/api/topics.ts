/** Topics: the jobs of the analysis worker, the compute pool and the live worker for this feature. */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TopicsAnalysisApi {}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TopicsComputeApi {}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TopicsLiveApi {}
