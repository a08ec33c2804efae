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
  TopicFitRequest,
  TopicsResult,
  TopicsSettings,
  TopicSweepPart,
} from '../../workers/api.ts';
import { analysis, compute, computePool, live } from './index.ts';

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
  // the sweep split across the pool (two workers on two cores), then the chosen k on one
  const parts =
    k === undefined ? await sweepInParts(docs.value.documents, settings, options) : null;
  if (signal?.aborted) return ABORTED;
  if (parts && !parts.ok) return parts;
  const fit = await compute(
    'fitTopics',
    {
      documents: docs.value.documents,
      settings,
      ...(k !== undefined && { k }),
      ...(docs.value.phrases && { phrases: docs.value.phrases }),
      ...(parts?.value && { sweepParts: parts.value }),
    },
    {
      signal,
      // after a sweep in parts, the fit's one k-means step is the chosen k on every post
      onProgress: (p) =>
        onProgress?.(
          parts?.value && p.phase === 'kmeans'
            ? { ...p, message: `${p.message ?? ''} on every post` }
            : p,
        ),
    },
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
 * The k of `settings` in one part per pool worker, each part about as costly (a fit costs about
 * k): largest k first, each to the lighter part.
 */
export function splitKs(kMin: number, kMax: number, parts: number): number[][] {
  const out = Array.from({ length: Math.max(1, parts) }, () => [] as number[]);
  const load = out.map(() => 0);
  for (let k = kMax; k >= kMin; k--) {
    const i = load.indexOf(Math.min(...load));
    out[i]!.push(k);
    load[i]! += k;
  }
  return out.filter((p) => p.length > 0).map((p) => p.sort((a, b) => a - b));
}

/**
 * The k sweep in parts side by side on the compute pool, progress summed over the parts; null
 * when one worker would run it all anyway (a pool of one, or a single k).
 */
async function sweepInParts(
  documents: TopicFitRequest['documents'],
  settings: TopicsSettings,
  options: { signal?: AbortSignal; onProgress?: (p: JobProgress) => void },
): Promise<Result<TopicSweepPart[] | null>> {
  const ks = splitKs(settings.kMin, settings.kMax, computePool().size);
  if (ks.length < 2) return { ok: true, value: null };
  const done = ks.map(() => 0);
  const total = settings.kMax - settings.kMin + 1;
  const results = await Promise.all(
    ks.map((only, i) =>
      compute(
        'sweepTopics',
        { documents, settings, only },
        {
          signal: options.signal,
          onProgress: (p) => {
            if (p.phase !== 'kmeans') return i === 0 ? options.onProgress?.(p) : undefined;
            done[i] = p.done;
            const sum = done.reduce((a, b) => a + b, 0);
            options.onProgress?.({
              ...p,
              done: sum,
              total,
              message: `${ks.length} workers side by side`,
            });
          },
        },
      ),
    ),
  );
  const failed = results.find((r) => !r.ok);
  if (failed && !failed.ok) return failed;
  return { ok: true, value: results.map((r) => (r.ok ? r.value : null)!) };
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
