/** The Engagement feature's jobs, one object per worker kind (composed in workers/jobs/*Api.ts). */
export { engagementAnalysisJobs } from './analysisJobs.ts';
export { engagementComputeJobs } from './computeJobs.ts';
export { engagementLiveJobs } from './liveJobs.ts';
