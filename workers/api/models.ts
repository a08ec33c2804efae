/** Models: the jobs of the analysis worker, the compute pool and the live worker for this feature. */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ModelsAnalysisApi {}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ModelsComputeApi {}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ModelsLiveApi {}
