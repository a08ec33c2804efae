import type { ComputeApi } from '../api.ts';
import { diagnosticsJobs } from './diagnostics.ts';
import { engagementComputeJobs } from './engagement/engagementJobs.ts';
import { guardApi } from './guard.ts';
import { modelsComputeJobs } from './models/modelsJobs.ts';
import { sentimentComputeJobs } from './sentiment/sentimentJobs.ts';
import { streamComputeJobs } from './stream/streamJobs.ts';
import { topicsComputeJobs } from './topics/topicsJobs.ts';

/** Everything a pool worker exposes: stateless jobs that can run side by side. */
export const computeApi: ComputeApi = guardApi({
  ...diagnosticsJobs,
  ...sentimentComputeJobs,
  ...topicsComputeJobs,
  ...engagementComputeJobs,
  ...modelsComputeJobs,
  ...streamComputeJobs,
});
