import type { ModelsAnalysisApi, ModelsComputeApi, ModelsLiveApi } from '../../api/models.ts';

export const modelsAnalysisJobs: ModelsAnalysisApi = {};

export const modelsComputeJobs: ModelsComputeApi = {};

export const modelsLiveJobs: ModelsLiveApi = {};
