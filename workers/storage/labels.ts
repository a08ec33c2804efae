/**
 * The labels a person gave in the Sentiment view, kept in the generic `derived` store with their
 * dataset (deleted with it), saved after every key press so a reload mid-batch loses nothing.
 */
import { db } from './db.ts';

const KIND = 'sentiment-labels';

/** Labels given in the app: parallel arrays, in the order given. */
export interface StoredLabels {
  readonly textColumn: string;
  readonly rows: readonly number[];
  /** 0 negative, 1 neutral, 2 positive. */
  readonly classes: readonly number[];
  /** 1 drawn at random for the audit, 2 chosen where the model was least sure. */
  readonly kinds: readonly number[];
  /** Posts skipped with S: never offered again. */
  readonly skipped: readonly number[];
  /** How far the audit has gone through its seeded order. */
  readonly auditCursor: number;
  /** The charts' sentiment source the person chose. */
  readonly source: 'vader' | 'classifier';
  /** A model per language with enough labels (absent in records kept before the option). */
  readonly perLanguage?: boolean;
}

function isStoredLabels(v: unknown): v is StoredLabels {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    typeof o.textColumn === 'string' &&
    Array.isArray(o.rows) &&
    Array.isArray(o.classes) &&
    Array.isArray(o.kinds) &&
    Array.isArray(o.skipped) &&
    typeof o.auditCursor === 'number' &&
    (o.source === 'vader' || o.source === 'classifier') &&
    (o.perLanguage === undefined || typeof o.perLanguage === 'boolean') &&
    o.rows.length === o.classes.length &&
    o.rows.length === o.kinds.length
  );
}

/** The labels kept for `datasetId`, or null (none, or a record this version cannot read). */
export async function loadLabels(datasetId: string): Promise<StoredLabels | null> {
  const r = await (await db()).get('derived', [datasetId, KIND]);
  return r && isStoredLabels(r.data) ? r.data : null;
}

export async function saveLabels(datasetId: string, labels: StoredLabels): Promise<void> {
  await (await db()).put('derived', { datasetId, kind: KIND, data: labels });
}
