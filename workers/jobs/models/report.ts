/**
 * The current analysis as one JSON file: the dataset profile, the sentiment summary and the
 * classifier's held-out scores, the topic analysis (without the map's points), the engagement
 * model's metrics, and the active model's summary. Read from what each feature keeps in memory
 * (through its analysis jobs, handed in by the analysis worker's composition), else (after a
 * reload) from the dataset's saved model.
 */
import { version } from '../../../package.json';
import { fileNamePart } from '../../core/bundle/fileName.ts';
import { CLASSIFIER_KIND } from '../../core/bundle/sentimentClassifier.ts';
import { LANGUAGE_CLASSIFIER_KIND } from '../../core/bundle/languageClassifier.ts';
import { ok, type Result } from '../../core/errors/index.ts';
import type { AnalysisBundle } from '../../core/bundle/bundle.ts';
import { readActiveModel, readModel, workingModelId } from '../../storage/models.ts';
import type { EngagementAnalysisApi } from '../../api/engagement.ts';
import type { Download } from '../../api/models.ts';
import type { SentimentAnalysisApi } from '../../api/sentiment.ts';
import type { TopicsAnalysisApi } from '../../api/topics.ts';
import { profileOf, requireDataset } from '../shared/session.ts';

/** The other features' jobs the report reads what they keep with. */
export type ReportSources = Pick<SentimentAnalysisApi, 'sentimentStatus' | 'sentimentClassifier'> &
  Pick<TopicsAnalysisApi, 'topicsStatus'> &
  Pick<EngagementAnalysisApi, 'engagementBundle'>;

const valueOr = <T>(r: Result<T>): T | null => (r.ok ? r.value : null);

/** The report of the active dataset's analysis, as a JSON download. */
export async function analysisReport(sources: ReportSources): Promise<Result<Download>> {
  const r = await requireDataset();
  if (!r.ok) return r;
  const d = r.value;
  const sentiment = valueOr(await sources.sentimentStatus({}));
  const classifier = valueOr(await sources.sentimentClassifier({}));
  const topics = valueOr(await sources.topicsStatus({}))?.last ?? null;
  const engagement = valueOr(await sources.engagementBundle({}))?.engagement ?? null;
  const active = await readActiveModel().catch(() => null);
  const saved = ((await readModel(workingModelId(d.meta.id)).catch(() => null))?.bundle ??
    null) as AnalysisBundle | null;
  const savedTopics = saved?.topics ?? null;
  const savedEngagement = saved?.engagement ?? null;
  const e = engagement ?? savedEngagement;
  const report = {
    format: 'murmur-report',
    version: 1,
    appVersion: version,
    createdAt: new Date().toISOString(),
    dataset: profileOf(d),
    sentiment: {
      /** Which numbers the sentiment summary shows: VADER's or the trained classifier's (the charts' chosen source). */
      source: sentiment?.summary?.source ?? 'vader',
      summary: sentiment?.summary ?? null,
      classifier: classifier
        ? {
            heldOut: classifier.heldOut,
            /** The word-pattern model and the network on the same held-out rows, and which was kept. */
            choice: classifier.choice ?? null,
            /** With a model per language: both ways and each language's figures on the same held-out rows. */
            languages: classifier.languages ?? null,
            trainRows: classifier.trainRows,
            labelledRows: classifier.labelledRows,
            vocabulary: classifier.vocabulary,
            bestEpoch: classifier.bestEpoch,
            history: classifier.history,
          }
        : saved?.sentiment?.classifier
          ? {
              heldOut: saved.sentiment.heldOut,
              trainRows: saved.sentiment.classifier.training.trainRows,
              ...(saved.sentiment.classifier.kind === CLASSIFIER_KIND
                ? {
                    vocabulary: saved.sentiment.classifier.features.tfidf.vocabulary.length,
                    bestEpoch: saved.sentiment.classifier.training.bestEpoch,
                  }
                : {
                    model:
                      saved.sentiment.classifier.kind === LANGUAGE_CLASSIFIER_KIND
                        ? 'word patterns per language'
                        : 'word patterns',
                  }),
            }
          : null,
    },
    topics: topics
      ? { ...topics, map: topics.map ? { ...topics.map, points: [] } : null }
      : savedTopics
        ? {
            k: savedTopics.metrics.k,
            silhouette: savedTopics.metrics.silhouette,
            settings: savedTopics.settings,
            source: savedTopics.source,
            clusters: savedTopics.model.topTerms.map((terms, id) => ({
              id,
              size: savedTopics.model.centroids.sizes[id],
              topTerms: terms,
            })),
          }
        : null,
    engagement: e
      ? {
          task: e.task,
          target: e.target,
          threshold: e.threshold,
          features: e.features.names,
          cv: e.cv,
          metrics: e.metrics,
          network: e.mlp ? { bestEpoch: e.mlp.bestEpoch, metrics: e.mlp.metrics } : null,
        }
      : null,
    activeModel: active
      ? { name: active.record.name, origin: active.record.origin, summary: active.record.summary }
      : null,
  };
  const blob = new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' });
  return ok({
    blob,
    fileName: `murmur-report-${fileNamePart(d.meta.name)}-${report.createdAt.slice(0, 10)}.json`,
  });
}
