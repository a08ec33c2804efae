/**
 * The Engagement feature's share of the analysis worker's memory, in the active dataset's cache
 * (dropped with the dataset or when its roles change): VADER scores it computed, the last prepared
 * data (feature builder, target) and the kept model bundle. What other features keep is only read.
 */
import type { ModelBundle } from '../../core/bundle/bundle.ts';
import { parseTopicModel, type TopicModel } from '../../core/cluster/topicModel.ts';
import type { EngagementData } from '../../core/features/engagementData.ts';
import type { EngagementDataRequest } from '../../api/engagement.ts';
import { cachedIn, type LoadedDataset } from '../dataset/session.ts';
import { completeScores, scoreStore } from '../sentiment/sentimentSession.ts';

const KEY = 'engagement:';

/** True when every post of `column` has its VADER scores (the Sentiment view or a feature scored them). */
export function sentimentComplete(d: LoadedDataset, column: string | null): boolean {
  const schema = column ? d.schema.find((c) => c.name === column) : undefined;
  return schema !== undefined && scoreStore(d, schema).complete;
}

/**
 * VADER scores (4 per row) of a text column, from the sentiment feature's score store; rows not
 * scored yet are scored into it first, in steps with progress.
 */
export async function vaderScores(
  d: LoadedDataset,
  column: string,
  onProgress: (done: number, total: number) => void,
): Promise<{ scores: Float64Array; source: 'sentiment-view' | 'scored-now' }> {
  const schema = d.schema.find((c) => c.name === column);
  if (!schema) return { scores: new Float64Array(0), source: 'scored-now' };
  const before = scoreStore(d, schema).complete;
  const store = await completeScores(d, schema, onProgress);
  return cachedIn(d, `${KEY}vader:${column}:${store.revision}`, () => {
    // The store keeps float32; back to VADER's printed 4-decimal values, as the reference features hold them.
    const out = new Float64Array(store.scores.length);
    for (let i = 0; i < out.length; i++) out[i] = Math.round(store.scores[i]! * 10000) / 10000;
    return { scores: out, source: before ? 'sentiment-view' : 'scored-now' };
  });
}

/**
 * The hashtag topic model of the Topics view's kept analysis, when it clustered hashtags and kept
 * the model (`topics:kept`.model, JSON or object); null otherwise.
 */
export function keptTopicModel(d: LoadedDataset): TopicModel | null {
  const kept = d.cache.get('topics:kept') as
    { result?: { settings?: { terms?: string } }; model?: unknown } | undefined;
  if (!kept || kept.result?.settings?.terms !== 'hashtags' || kept.model === undefined) return null;
  let value: unknown = kept.model;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return null;
    }
  }
  const parsed = parseTopicModel(value);
  return parsed.ok ? parsed.value : null;
}

/** The last prepared data: its key, request and everything but the matrices (those went to the page). */
export interface PreparedEntry {
  readonly key: string;
  readonly request: EngagementDataRequest;
  readonly data: Pick<EngagementData, 'task' | 'target' | 'features' | 'threshold' | 'notes'>;
}

export function keepPrepared(d: LoadedDataset, entry: PreparedEntry): void {
  d.cache.set(`${KEY}prepared`, entry);
}

export function preparedOf(d: LoadedDataset): PreparedEntry | null {
  return (d.cache.get(`${KEY}prepared`) as PreparedEntry | undefined) ?? null;
}

export function keepBundle(d: LoadedDataset, key: string, bundle: ModelBundle): void {
  d.cache.set(`${KEY}bundle`, { key, bundle });
}

export function bundleOf(d: LoadedDataset): { key: string; bundle: ModelBundle } | null {
  return (d.cache.get(`${KEY}bundle`) as { key: string; bundle: ModelBundle } | undefined) ?? null;
}
