/**
 * Everything the analysis worker exposes, one object per feature. The dataset's jobs are in the
 * worker's bundle; each other feature's jobs load with its first call (the view that uses them).
 */
import type { AnalysisApi } from '../api.ts';
import type { EngagementAnalysisApi } from '../api/engagement.ts';
import type { ModelsAnalysisApi } from '../api/models.ts';
import type { SentimentAnalysisApi } from '../api/sentiment.ts';
import type { StreamAnalysisApi } from '../api/stream.ts';
import type { TopicsAnalysisApi } from '../api/topics.ts';
import { datasetJobs } from './dataset/datasetJobs.ts';
import { diagnosticsJobs } from './diagnostics/diagnosticsJobs.ts';
import { guardApi } from './shared/guard.ts';
import { lazyJobs } from './shared/lazyJobs.ts';

const sentiment = lazyJobs<SentimentAnalysisApi>(
  {
    sentimentStatus: true,
    sentimentPlan: true,
    sentimentChunkTexts: true,
    sentimentAddScores: true,
    sentimentSummary: true,
    sentimentRows: true,
    sentimentLabelValues: true,
    sentimentEvaluate: true,
    sentimentTrainingData: true,
    sentimentKeepClassifier: true,
    sentimentClassifier: true,
    labellingOpen: true,
    labellingRecord: true,
    labellingUndo: true,
    labellingTrain: true,
    labellingSource: true,
    labellingPerLanguage: true,
    labellingExport: true,
    sentimentLanguages: true,
  },
  async () => (await import('./sentiment/analysisJobs.ts')).sentimentAnalysisJobs,
);

const topics = lazyJobs<TopicsAnalysisApi>(
  {
    topicsStatus: true,
    topicsDocuments: true,
    topicsKeep: true,
    topicsWordCloud: true,
    topicsWordPosts: true,
    topicsTrends: true,
    topicsEdit: true,
    topicsBreakdown: true,
  },
  async () => (await import('./topics/analysisJobs.ts')).topicsAnalysisJobs,
);

const engagement = lazyJobs<EngagementAnalysisApi>(
  {
    engagementColumns: true,
    engagementPrepare: true,
    engagementGridSummary: true,
    engagementKeep: true,
    engagementKeepMlp: true,
    engagementBundle: true,
    engagementKeepRun: true,
    engagementLastRun: true,
  },
  async () => (await import('./engagement/analysisJobs.ts')).engagementAnalysisJobs,
);

const models = lazyJobs<ModelsAnalysisApi>(
  {
    modelsList: true,
    modelsRename: true,
    modelsDelete: true,
    modelsSetActive: true,
    modelsImport: true,
    modelsExport: true,
    modelsAddDefault: true,
    modelsReport: true,
    modelsOverview: true,
    modelsReportHtml: true,
  },
  async () => {
    const { modelsAnalysisJobs, modelsReportJob } = await import('./models/analysisJobs.ts');
    // the reports and the overview read what the other features keep, through their jobs
    return {
      ...modelsAnalysisJobs,
      ...modelsReportJob({ ...datasetJobs, ...sentiment, ...topics, ...engagement }),
    };
  },
);

const stream = lazyJobs<StreamAnalysisApi>(
  {
    streamReplayPlan: true,
    streamReplayRows: true,
    streamReplaySeek: true,
    streamFeedClassifier: true,
  },
  async () => (await import('./stream/analysisJobs.ts')).streamAnalysisJobs,
);

export const analysisApi: AnalysisApi = guardApi({
  ...diagnosticsJobs,
  ...datasetJobs,
  ...sentiment,
  ...topics,
  ...engagement,
  ...models,
  ...stream,
});
