import type { AnalysisApi } from '../api.ts';
import { datasetJobs } from './dataset/datasetJobs.ts';
import { diagnosticsJobs } from './diagnostics.ts';
import { guardApi } from './guard.ts';

/** Everything the analysis worker exposes, one object per feature, composed here. */
export const analysisApi: AnalysisApi = guardApi({
  ...diagnosticsJobs,
  ...datasetJobs,
});
