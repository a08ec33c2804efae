import type { ComputeApi } from '../api.ts';
import { diagnosticsJobs } from './diagnostics.ts';
import { guardApi } from './guard.ts';

/** Everything a pool worker exposes: stateless jobs that can run side by side. */
export const computeApi: ComputeApi = guardApi({
  ...diagnosticsJobs,
});
