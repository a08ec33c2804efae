/** Stream: the jobs of the analysis worker, the compute pool and the live worker for this feature. */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface StreamAnalysisApi {}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface StreamComputeApi {}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface StreamLiveApi {}
