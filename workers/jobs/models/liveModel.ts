/**
 * The live worker's model: the active bundle, loaded from IndexedDB on the first call (and again
 * when the registry announces a change), handed to the live boxes of Sentiment (the classifier),
 * Topics (the topic model) and Engagement (the draft model), and scored with scoreWithBundle.
 * The boxes are those features' live jobs, handed in by the live worker's composition (liveApi.ts).
 */
import type { EngagementLiveApi } from '../../api/engagement.ts';
import type { ActiveBundleInfo } from '../../api/models.ts';
import type { SentimentLiveApi } from '../../api/sentiment.ts';
import type { TopicsLiveApi } from '../../api/topics.ts';
import type { ModelBundle } from '../../core/bundle/bundle.ts';
import type { LoadedBundle } from '../../core/bundle/loadBundle.ts';
import { ok, type Result } from '../../core/errors/index.ts';
import { readActiveModel } from '../../storage/models.ts';
import { listen } from '../shared/channel.ts';
import { offerDefaultModel } from './defaultModel.ts';
import { loadBundleWithLanguages } from '../../core/bundle/loadWithLanguages.ts';

/** The live jobs that get each part of the active model. */
export type LiveBoxes = Pick<SentimentLiveApi, 'setSentimentClassifier'> &
  Pick<TopicsLiveApi, 'setTopicModel'> &
  Pick<EngagementLiveApi, 'setEngagementModel'>;

export interface LiveModel {
  /** The active model's info, loading it on the first call or with `reload` (announced changes reload it too). */
  info(reload?: boolean): Promise<Result<ActiveBundleInfo | null>>;
  /** The loaded active bundle, or null before `info` ran or when none is active. */
  loaded(): LoadedBundle | null;
}

/** The active model of this worker, handed to `boxes` each time it loads. */
export function liveModel(boxes: LiveBoxes): LiveModel {
  let state: { info: ActiveBundleInfo; loaded: LoadedBundle } | null = null;
  let loading: Promise<Result<ActiveBundleInfo | null>> | null = null;
  let listening = false;

  /** Gives each live box its part of `loaded` (or clears it). */
  async function handOut(loaded: LoadedBundle | null): Promise<Result<true>> {
    const set = await boxes.setSentimentClassifier({
      classifier: loaded?.sentiment?.classifier?.model ?? null,
    });
    if (!set.ok) return set;
    const t = loaded?.topics;
    const topics = await boxes.setTopicModel(
      t
        ? {
            model: JSON.stringify(t.model),
            info: {
              dataset: loaded.bundle.dataset,
              terms: t.part.terms,
              k: t.model.centroids.k,
              documents: t.part.metrics.documents,
              vocabulary: t.model.tfidf.vocabulary.length,
              ...(t.part.groups && { groups: t.part.groups }),
            },
          }
        : { model: null },
    );
    if (!topics.ok) return topics;
    // only the engagement part: the other parts are already decoded
    const engagement = loaded?.engagement
      ? ({ ...loaded.bundle, sentiment: undefined, topics: undefined } as ModelBundle)
      : null;
    const e = await boxes.setEngagementModel({ bundle: engagement });
    return e.ok ? ok(true) : e;
  }

  async function load(): Promise<Result<ActiveBundleInfo | null>> {
    let stored = await readActiveModel();
    if (!stored && (await offerDefaultModel())) stored = await readActiveModel();
    const loaded = stored ? await loadBundleWithLanguages(stored.model.bundle) : null;
    if (loaded && !loaded.ok) return loaded;
    const value = loaded?.value ?? null;
    const handed = await handOut(value);
    if (!handed.ok) return handed;
    if (!stored || !value) {
      state = null;
      return ok(null);
    }
    const b = value.bundle;
    const { id, name, origin, summary, datasetId, updatedAt } = stored.record;
    const info: ActiveBundleInfo = {
      id,
      name,
      origin,
      parts: value.parts,
      createdAt: b.createdAt,
      dataset: b.dataset,
      summary,
      datasetId,
      updatedAt,
    };
    state = { info, loaded: value };
    return ok(info);
  }

  return {
    info(reload = false) {
      if (!listening) {
        listening = true;
        listen((m) => {
          if (m.type === 'changed') loading = load();
        });
      }
      if (!loading || reload) loading = load();
      return loading;
    },
    loaded: () => state?.loaded ?? null,
  };
}
