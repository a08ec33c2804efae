/**
 * The Engagement feature's share of the analysis worker's memory, in the active dataset's cache
 * (dropped with the dataset or when its roles change): VADER scores on their printed scale, the last
 * prepared data (feature builder, target) and the kept model bundle. What other features keep
 * (the score store, the kept topics) is read through shared/.
 */
import type { EngagementDataRequest, EngagementRunRecord } from '../../api/engagement.ts';
import type { ModelBundle, TargetRange } from '../../core/bundle/bundle.ts';
import type { EngagementData } from '../../core/features/engagementData.ts';
import { DEFAULT_SENTIMENT_MODE } from '../../core/sentiment/mode.ts';
import { completeScores, scoreStore } from '../shared/scores.ts';
import { restoreKept, storeKept, type KeptKind } from '../shared/keptResults.ts';
import { cacheEntry, cachedIn, type LoadedDataset } from '../shared/session.ts';

const KEY = 'engagement:';

/** True when every post of `column` has its VADER scores (the Sentiment view or a feature scored them). */
export function sentimentComplete(d: LoadedDataset, column: string | null): boolean {
  const schema = column ? d.schema.find((c) => c.name === column) : undefined;
  return schema !== undefined && scoreStore(d, schema, DEFAULT_SENTIMENT_MODE).complete;
}

/**
 * VADER scores (4 per row) of a text column, from the shared score store; rows not
 * scored yet are scored into it first, in steps with progress.
 */
export async function vaderScores(
  d: LoadedDataset,
  column: string,
  onProgress: (done: number, total: number) => void,
): Promise<{ scores: Float64Array; source: 'sentiment-view' | 'scored-now' }> {
  const schema = d.schema.find((c) => c.name === column);
  if (!schema) return { scores: new Float64Array(0), source: 'scored-now' };
  // the features read the text as the model will be saved to (the social reading), whatever the
  // Sentiment view's reference switch says
  const before = scoreStore(d, schema, DEFAULT_SENTIMENT_MODE).complete;
  const store = await completeScores(d, schema, onProgress, DEFAULT_SENTIMENT_MODE);
  return cachedIn(d, `${KEY}vader:${column}:${store.revision}`, () => {
    // The store keeps float32; back to VADER's printed 4-decimal values, as the reference features hold them.
    const out = new Float64Array(store.scores.length);
    for (let i = 0; i < out.length; i++) out[i] = Math.round(store.scores[i]! * 10000) / 10000;
    return { scores: out, source: before ? 'sentiment-view' : 'scored-now' };
  });
}

/** The last prepared data: its key, request and everything but the matrices (those went to the page). */
export interface PreparedEntry {
  readonly key: string;
  readonly request: EngagementDataRequest;
  readonly data: Pick<EngagementData, 'task' | 'target' | 'features' | 'threshold' | 'notes'> & {
    /** The training target's range, which the saved model's leaves must lie in. */
    readonly targetRange: TargetRange;
  };
}

const prepared = cacheEntry<PreparedEntry>(`${KEY}prepared`);

export function keepPrepared(d: LoadedDataset, entry: PreparedEntry): void {
  prepared.set(d, entry);
}

export function preparedOf(d: LoadedDataset): PreparedEntry | null {
  return prepared.get(d);
}

/** The kept model and the key of the data it was trained on. */
export interface KeptBundle {
  readonly key: string;
  readonly bundle: ModelBundle;
}

const kept = cacheEntry<KeptBundle>(`${KEY}bundle`);

const isObject = (v: unknown): v is { readonly [k: string]: unknown } =>
  typeof v === 'object' && v !== null;

/** The model in IndexedDB too, so the network can be added to it (and it saved) after a reload. */
const STORED_BUNDLE: KeptKind<KeptBundle> = {
  kind: `${KEY}model`,
  what: 'the engagement model',
  check: (v): v is KeptBundle =>
    isObject(v) && typeof v.key === 'string' && isObject(v.bundle) && isObject(v.bundle.engagement),
};

export const STORED_RUN: KeptKind<EngagementRunRecord> = {
  kind: `${KEY}run`,
  what: 'the engagement results',
  check: (v): v is EngagementRunRecord =>
    isObject(v) && typeof v.key === 'string' && typeof v.savedAt === 'number' && 'view' in v,
};

/** Keeps the model in memory and in IndexedDB (a failure to store is announced, never thrown). */
export async function keepBundle(
  d: LoadedDataset,
  key: string,
  bundle: ModelBundle,
): Promise<void> {
  kept.set(d, { key, bundle });
  await storeKept(d, STORED_BUNDLE, { key, bundle });
}

/** The kept model, read back from IndexedDB after a reload; null before any training. */
export async function bundleOf(d: LoadedDataset): Promise<KeptBundle | null> {
  const had = kept.get(d);
  if (had) return had;
  const stored = await restoreKept(d, STORED_BUNDLE);
  if (stored) kept.set(d, stored);
  return stored;
}
