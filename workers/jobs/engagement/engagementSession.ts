/**
 * The Engagement feature's share of the analysis worker's memory, in the active dataset's cache
 * (dropped with the dataset or when its roles change): VADER scores it computed, the last prepared
 * data (feature builder, target) and the kept model bundle. What other features keep is only read.
 */
import type { ModelBundle } from '../../core/bundle/bundle.ts';
import { parseTopicModel, type TopicModel } from '../../core/cluster/topicModel.ts';
import type { EngagementData } from '../../core/features/engagementData.ts';
import type { EngagementDataRequest } from '../../api/engagement.ts';
import { scoreTexts } from '../../core/sentiment/vader.ts';
import type { LoadedDataset } from '../dataset/session.ts';

const KEY = 'engagement:';
/** Texts scored per step, so progress moves and the worker answers between steps. */
const VADER_CHUNK = 5000;

/** What the Sentiment feature keeps per text column (workers/jobs/sentiment/scoreStore.ts), as far as it is read here. */
interface SentimentStore {
  readonly scores: Float32Array;
  readonly done: Uint8Array;
}

function sentimentStore(d: LoadedDataset, column: string): SentimentStore | null {
  const s = d.cache.get(`sentiment:scores:${column}`) as Partial<SentimentStore> | undefined;
  return s?.scores instanceof Float32Array && s.done instanceof Uint8Array && s.done.length === d.table.rowCount ? (s as SentimentStore) : null;
}

/** True when the Sentiment view has scored every post of `column`. */
export function sentimentComplete(d: LoadedDataset, column: string | null): boolean {
  const s = column ? sentimentStore(d, column) : null;
  return s !== null && !s.done.includes(0);
}

/**
 * VADER scores (4 per row) of a text column: the Sentiment view's when it has scored every post,
 * else ours, scored here once per dataset (rows it has scored are taken from it).
 */
export async function vaderScores(d: LoadedDataset, column: string, onProgress: (done: number, total: number) => void): Promise<{ scores: Float32Array | Float64Array; source: 'sentiment-view' | 'scored-now' }> {
  const store = sentimentStore(d, column);
  if (store && !store.done.includes(0)) return { scores: store.scores, source: 'sentiment-view' };
  const key = `${KEY}vader:${column}`;
  const kept = d.cache.get(key) as Float64Array | undefined;
  if (kept) return { scores: kept, source: 'scored-now' };
  const index = d.schema.find((c) => c.name === column)?.index ?? -1;
  const texts = d.table.columns[index] ?? [];
  const out = new Float64Array(texts.length * 4);
  for (let from = 0; from < texts.length; from += VADER_CHUNK) {
    const to = Math.min(texts.length, from + VADER_CHUNK);
    const todo: number[] = [];
    for (let r = from; r < to; r++) {
      // the Sentiment view's float32 scores, back to VADER's printed decimals
      if (store?.done[r] === 1) for (let k = 0; k < 4; k++) out[r * 4 + k] = Math.round(store.scores[r * 4 + k]! * 10000) / 10000;
      else todo.push(r);
    }
    const scored = scoreTexts(todo.map((r) => texts[r] ?? ''), new Float64Array(todo.length * 4));
    todo.forEach((r, i) => out.set(scored.subarray(i * 4, i * 4 + 4), r * 4));
    onProgress(to, texts.length);
    // let a queued call (or a terminate) in between chunks
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  d.cache.set(key, out);
  return { scores: out, source: 'scored-now' };
}

/**
 * The hashtag topic model of the Topics view's kept analysis, when it clustered hashtags and kept
 * the model (`topics:kept`.model, JSON or object); null otherwise.
 */
export function keptTopicModel(d: LoadedDataset): TopicModel | null {
  const kept = d.cache.get('topics:kept') as { result?: { settings?: { terms?: string } }; model?: unknown } | undefined;
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
