import type { SentimentAnalysisApi, SentimentComputeApi, SentimentLiveApi } from '../../api/sentiment.ts';

export const sentimentAnalysisJobs: SentimentAnalysisApi = {};

export const sentimentComputeJobs: SentimentComputeApi = {};

export const sentimentLiveJobs: SentimentLiveApi = {};
