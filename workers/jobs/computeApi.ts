/**
 * Everything a pool worker exposes: stateless jobs that can run side by side. Each feature's jobs
 * load with their first call, so a worker started for scoring never fetches the forest, and the
 * reverse.
 */
import type { ComputeApi } from '../api.ts';
import type { EngagementComputeApi } from '../api/engagement.ts';
import type { ModelsComputeApi } from '../api/models.ts';
import type { SentimentComputeApi } from '../api/sentiment.ts';
import type { TopicsComputeApi } from '../api/topics.ts';
import { diagnosticsJobs } from './diagnostics/diagnosticsJobs.ts';
import { guardApi } from './shared/guard.ts';
import { lazyJobs } from './shared/lazyJobs.ts';

export const computeApi: ComputeApi = guardApi({
  ...diagnosticsJobs,
  ...lazyJobs<SentimentComputeApi>(
    { scoreSentimentChunk: true, trainSentimentClassifier: true },
    async () => (await import('./sentiment/computeJobs.ts')).sentimentComputeJobs,
  ),
  ...lazyJobs<TopicsComputeApi>(
    { fitTopics: true, sweepTopics: true },
    async () => (await import('./topics/computeJobs.ts')).topicsComputeJobs,
  ),
  ...lazyJobs<EngagementComputeApi>(
    {
      engagementFold: true,
      engagementRefit: true,
      engagementLearningCurve: true,
      engagementTrainMlp: true,
    },
    async () => (await import('./engagement/computeJobs.ts')).engagementComputeJobs,
  ),
  ...lazyJobs<ModelsComputeApi>(
    { modelsScoreFile: true },
    async () => (await import('./models/computeJobs.ts')).modelsComputeJobs,
  ),
});
