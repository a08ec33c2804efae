import type { LiveApi } from '../api.ts';
import { diagnosticsJobs } from './diagnostics.ts';
import { engagementLiveJobs } from './engagement/engagementJobs.ts';
import { guardApi } from './guard.ts';
import { modelsLiveJobs } from './models/modelsJobs.ts';
import { sentimentLiveJobs } from './sentiment/sentimentJobs.ts';
import { streamLiveJobs } from './stream/streamJobs.ts';
import { topicsLiveJobs } from './topics/topicsJobs.ts';

/** Everything the live worker exposes: quick answers while the user types. */
export const liveApi: LiveApi = guardApi({
  ...diagnosticsJobs,
  ...sentimentLiveJobs,
  ...topicsLiveJobs,
  ...engagementLiveJobs,
  ...modelsLiveJobs,
  ...streamLiveJobs,
});
