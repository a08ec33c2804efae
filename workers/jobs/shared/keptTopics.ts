/**
 * The Topics view's last analysis, kept in the dataset's cache: Topics writes it, Engagement reads
 * its hashtag model (the hashtag-cluster feature) and the report reads its result.
 */
import type { TopicsResult } from '../../api/topics.ts';
import { parseTopicModel, type TopicModel } from '../../core/cluster/topicModel.ts';
import { cacheEntry, type LoadedDataset } from './session.ts';

/** The last analysis shown, with every post's cluster. */
export interface KeptTopics {
  readonly result: TopicsResult;
  readonly labels: Int32Array;
  /** The fitted `TopicModel` as JSON: Engagement uses it for the hashtag-cluster feature, models save it. */
  readonly model: string;
}

const kept = cacheEntry<KeptTopics>('topics:kept');

/** The last analysis of the active dataset, or null before any (or after its roles changed). */
export function keptTopics(d: LoadedDataset): KeptTopics | null {
  return kept.get(d);
}

export function keepTopics(d: LoadedDataset, topics: KeptTopics): void {
  kept.set(d, topics);
}

/** The topic model of the kept analysis when it clustered hashtags; null otherwise (or when its JSON is not a model). */
export function keptHashtagModel(d: LoadedDataset): TopicModel | null {
  const topics = kept.get(d);
  if (!topics || topics.result.settings.terms !== 'hashtags') return null;
  let value: unknown;
  try {
    value = JSON.parse(topics.model);
  } catch {
    return null;
  }
  const parsed = parseTopicModel(value);
  return parsed.ok ? parsed.value : null;
}
