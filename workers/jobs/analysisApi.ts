import type { AnalysisApi } from '../api.ts';
import { datasetJobs } from './dataset/datasetJobs.ts';
import { diagnosticsJobs } from './diagnostics.ts';
import { engagementAnalysisJobs } from './engagement/engagementJobs.ts';
import { guardApi } from './guard.ts';
import { modelsAnalysisJobs } from './models/modelsJobs.ts';
import { sentimentAnalysisJobs } from './sentiment/sentimentJobs.ts';
import { streamAnalysisJobs } from './stream/streamJobs.ts';
import { topicsAnalysisJobs } from './topics/topicsJobs.ts';

/** Everything the analysis worker exposes, one object per feature, composed here. */
export const analysisApi: AnalysisApi = guardApi({
  ...diagnosticsJobs,
  ...datasetJobs,
  ...sentimentAnalysisJobs,
  ...topicsAnalysisJobs,
  ...engagementAnalysisJobs,
  ...modelsAnalysisJobs,
  ...streamAnalysisJobs,
});
