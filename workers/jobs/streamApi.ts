/** Everything the stream worker exposes: the session's jobs, none of which throws across the boundary. */
import type { StreamWorkerApi } from '../api/stream.ts';
import { guardApi } from './shared/guard.ts';
import { streamWorkerJobs } from './stream/streamJobs.ts';

export const streamApi: StreamWorkerApi = guardApi(streamWorkerJobs);
