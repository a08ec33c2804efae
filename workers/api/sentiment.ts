/** Sentiment: the jobs of the analysis worker, the compute pool and the live worker for this feature. */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SentimentAnalysisApi {}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SentimentComputeApi {}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SentimentLiveApi {}
