/**
 * Everything the live worker exposes: quick answers while the user types. All of it is in the
 * worker's bundle (the Live view uses every box at once, and a keystroke never waits for a fetch).
 */
import type { LiveApi } from '../api.ts';
import { diagnosticsJobs } from './diagnostics/diagnosticsJobs.ts';
import { engagementLiveJobs } from './engagement/liveJobs.ts';
import { modelsLiveJobs } from './models/liveJobs.ts';
import { sentimentLiveJobs } from './sentiment/liveJobs.ts';
import { guardApi } from './shared/guard.ts';
import { topicsLiveJobs } from './topics/liveJobs.ts';

/** The live boxes, which the active model hands its parts to. */
const boxes = { ...sentimentLiveJobs, ...topicsLiveJobs, ...engagementLiveJobs };

export const liveApi: LiveApi = guardApi({
  ...diagnosticsJobs,
  ...boxes,
  ...modelsLiveJobs(boxes),
});
