/**
 * Topics across three workers: the analysis worker packs every post's hashtags (or words), a pool
 * worker runs the k sweep (Cancel terminates only that worker, so the dataset and its caches
 * stay), the analysis worker keeps the clusters and returns what the view draws, and the live
 * worker gets the topic model for the hashtag box. The page holds only summaries on the way.
 */
import type {
  AppError,
  JobProgress,
  Result,
  TopicEdits,
  TopicsResult,
  TopicsSettings,
} from '../../workers/api.ts';
import { analysis, compute, live } from './index.ts';

const ABORTED: Result<never> = { ok: false, error: { code: 'ABORTED', message: 'Cancelled.' } };

function failure(error: AppError): Result<never> {
  return { ok: false, error };
}

/**
 * Runs the topic analysis with `settings`: the whole k sweep, or with `k` a quick refit of that
 * k only (the sweep shown stays the previous one). Progress: 'documents', then the sweep's
 * phases ('tfidf', 'kmeans' per k, 'projection'), then 'summary'. Aborting `signal` cancels.
 */
export async function runTopics(
  settings: TopicsSettings,
  options: { signal?: AbortSignal; onProgress?: (p: JobProgress) => void; k?: number } = {},
): Promise<Result<TopicsResult>> {
  const { signal, onProgress, k } = options;
  onProgress?.({
    phase: 'documents',
    done: 0,
    total: 1,
    unit: 'steps',
    message: 'Reading the posts’ terms',
  });
  // without the signal: cancelling the analysis worker would drop the dataset's caches
  const docs = await analysis('topicsDocuments', { terms: settings.terms });
  if (signal?.aborted) return ABORTED;
  if (!docs.ok) return docs;
  const fit = await compute(
    'fitTopics',
    {
      documents: docs.value.documents,
      settings,
      ...(k !== undefined && { k }),
      ...(docs.value.phrases && { phrases: docs.value.phrases }),
    },
    { signal, onProgress },
  );
  if (!fit.ok) return fit;
  if (signal?.aborted) return ABORTED;
  onProgress?.({
    phase: 'summary',
    done: 0,
    total: 1,
    unit: 'steps',
    message: 'Summarising the clusters',
  });
  const model = fit.value.model;
  // the fit's arrays are copied on (a few hundred KB even for 100k posts: well under a frame)
  const kept = await analysis('topicsKeep', { fit: fit.value, settings, refit: k !== undefined });
  if (!kept.ok) return kept;
  const set = await live('setTopicModel', { model, info: kept.value.model });
  if (!set.ok) return failure(set.error);
  return kept;
}

/**
 * Saves renames, merges and hidden topics (in the analysis worker and IndexedDB) and hands the
 * topics as edited to the live box, so it names a match as the charts do.
 */
export async function editTopics(edits: TopicEdits): Promise<Result<TopicsResult>> {
  const r = await analysis('topicsEdit', { edits });
  if (!r.ok) return r;
  const set = await live('setTopicGroups', { groups: r.value.model.groups ?? null });
  return set.ok ? r : failure(set.error);
}
