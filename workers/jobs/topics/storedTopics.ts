/**
 * The last topic analysis of a dataset in IndexedDB (the generic `derived` store), so it is back
 * after a reload without rerunning. Kept only while the dataset's columns and roles are those it
 * ran on: a role change makes it stale, as it drops the in-memory copy.
 */
import type { TopicsResult } from '../../api/topics.ts';
import { getDerived, putDerived } from '../../storage/derived.ts';
import type { KeptTopics } from '../shared/keptTopics.ts';
import type { LoadedDataset } from '../shared/session.ts';

const KIND = 'topics:last';

interface StoredTopics {
  readonly fingerprint: string;
  readonly result: TopicsResult;
  readonly labels: Int32Array;
  readonly model: string;
}

/** What the analysis depended on: rows, columns and their roles. */
function fingerprint(d: LoadedDataset): string {
  return JSON.stringify([d.table.rowCount, d.schema.map((c) => [c.name, c.role])]);
}

/** Stores the analysis; a failure to store (storage full) leaves it in memory only. */
export async function storeTopics(d: LoadedDataset, kept: KeptTopics): Promise<void> {
  const record: StoredTopics = { fingerprint: fingerprint(d), ...kept };
  try {
    await putDerived(d.meta.id, KIND, record);
  } catch {
    // the result is still shown; only the reload would lose it
  }
}

/** The stored analysis of this dataset, or null (none, stale, unreadable). */
export async function restoreTopics(d: LoadedDataset): Promise<KeptTopics | null> {
  let value: unknown;
  try {
    value = await getDerived(d.meta.id, KIND);
  } catch {
    return null;
  }
  const stored = value as Partial<StoredTopics> | null;
  if (
    !stored ||
    stored.fingerprint !== fingerprint(d) ||
    !(stored.labels instanceof Int32Array) ||
    typeof stored.model !== 'string' ||
    typeof stored.result !== 'object' ||
    stored.result === null ||
    stored.labels.length !== d.table.rowCount
  )
    return null;
  return {
    result: { ...stored.result, restored: true },
    labels: stored.labels,
    model: stored.model,
  };
}
