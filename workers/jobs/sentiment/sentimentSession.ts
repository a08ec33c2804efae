/**
 * The sentiment feature's share of the analysis worker's memory: parsed times, category codes, the
 * user's label mapping and the trained classifier, all in the active dataset's cache (dropped with
 * the dataset or when its roles change; a restarted worker starts empty). The label mapping and the
 * classifier are also kept in IndexedDB (shared/keptResults.ts) and read back after a reload. The VADER scores live in
 * the shared score store (shared/scores.ts), which Topics and Engagement read too.
 */
import type {
  SentimentColumns,
  SentimentTimeUnit,
  SentimentTrainResult,
} from '../../api/sentiment.ts';
import { fail, ok, type Result } from '../../core/errors/index.ts';
import { datetimeColumn, type ColumnSchema } from '../../core/schema/index.ts';
import type { LabelTarget } from '../../core/sentiment/labelMapping.ts';
import type { TimeBuckets } from '../../core/trends/timeBuckets.ts';
import { restoreKept, storeKept, type KeptKind } from '../shared/keptResults.ts';
import { cacheEntry, cachedIn, type LoadedDataset } from '../shared/session.ts';
import { categoryColumnNames } from '../../core/schema/categoryColumns.ts';
import { encodeCategory, type CategoryCodes } from '../../core/schema/categoryCodes.ts';
import { sentimentBuckets } from './sentimentTime.ts';

const KEY = 'sentiment:';

function cached<T>(d: LoadedDataset, key: string, make: () => T): T {
  return cachedIn(d, KEY + key, make);
}

/** The columns the view offers: text candidates, the timestamp, categorical columns, the label. */
export function sentimentColumns(schema: readonly ColumnSchema[]): SentimentColumns {
  const text = schema.find((c) => c.role === 'text') ?? null;
  const textCandidates = [
    ...(text ? [text.name] : []),
    ...schema.filter((c) => c !== text && c.type === 'text' && c.role !== 'id').map((c) => c.name),
  ];
  return {
    text: text?.name ?? null,
    textCandidates,
    timestamp: schema.find((c) => c.role === 'timestamp')?.name ?? null,
    categories: categoryColumnNames(schema),
    label: schema.find((c) => c.role === 'label')?.name ?? null,
  };
}

/** The text column to score: `requested` when given, else the one with role text. */
export function textColumnOf(d: LoadedDataset, requested?: string): Result<ColumnSchema> {
  if (requested !== undefined) {
    const c = d.schema.find((x) => x.name === requested);
    return c
      ? ok(c)
      : fail(
          'COLUMN_NOT_FOUND',
          `The dataset has no column "${requested}".`,
          'Pick one of the listed text columns.',
        );
  }
  const c = d.schema.find((x) => x.role === 'text');
  return c
    ? ok(c)
    : fail(
        'NO_TEXT_COLUMN',
        'No column has the text role, so there is nothing to score.',
        'In the Dataset view, give the column that holds the post text the role "text".',
      );
}

/** The label column: `requested`, else the one with role label. */
export function labelColumnOf(d: LoadedDataset, requested?: string): Result<ColumnSchema> {
  const c =
    requested !== undefined
      ? d.schema.find((x) => x.name === requested)
      : d.schema.find((x) => x.role === 'label');
  if (c) return ok(c);
  return requested !== undefined
    ? fail(
        'COLUMN_NOT_FOUND',
        `The dataset has no column "${requested}".`,
        'Pick the column that holds the human labels.',
      )
    : fail(
        'NO_LABEL_COLUMN',
        'No column has the label role.',
        'Map the column with human sentiment labels (e.g. "sentiment") to the role "label" in the Dataset view.',
      );
}

export function cellsOf(d: LoadedDataset, column: ColumnSchema): readonly string[] {
  return d.table.columns[column.index]!;
}

/** Rows of the timestamp column in buckets of `unit`; null without a timestamp column or any readable time. */
export function timeBucketsOf(
  d: LoadedDataset,
  unit: SentimentTimeUnit | 'auto',
): { column: string; buckets: TimeBuckets; auto: boolean } | null {
  const column = d.schema.find((c) => c.role === 'timestamp');
  if (!column) return null;
  const times = cached(d, `times:${column.name}`, () => datetimeColumn(d.table, column));
  const buckets = cached(d, `buckets:${column.name}:${unit}`, () => sentimentBuckets(times, unit));
  return buckets ? { column: column.name, buckets, auto: unit === 'auto' } : null;
}

/** Codes of the category column `name` (undefined: the first categorical column; null: none). */
export function categoryOf(
  d: LoadedDataset,
  name: string | null | undefined,
): { column: string; codes: CategoryCodes } | null {
  if (name === null) return null;
  const chosen = name ?? sentimentColumns(d.schema).categories[0];
  const column = chosen === undefined ? undefined : d.schema.find((c) => c.name === chosen);
  if (!column) return null;
  return {
    column: column.name,
    codes: cached(d, `codes:${column.name}`, () => encodeCategory(cellsOf(d, column))),
  };
}

const mappingEntry = (column: string) =>
  cacheEntry<Record<string, LabelTarget>>(`${KEY}mapping:${column}`);

const TARGETS: readonly unknown[] = ['positive', 'neutral', 'negative', 'ignore'];

/** The mapping of one label column in IndexedDB too (kept whatever the roles: it names its column). */
const storedMapping = (column: string): KeptKind<Record<string, LabelTarget>> => ({
  kind: `${KEY}mapping:${column}`,
  what: 'your label mapping',
  staleWithRoles: false,
  check: (v): v is Record<string, LabelTarget> =>
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.values(v).every((t) => TARGETS.includes(t)),
});

/** The user's label mapping for a column (read back from IndexedDB after a reload), or null. */
export async function savedMapping(
  d: LoadedDataset,
  column: string,
): Promise<Record<string, LabelTarget> | null> {
  const had = mappingEntry(column).get(d);
  if (had) return had;
  const stored = await restoreKept(d, storedMapping(column));
  // a mapping saved while this one was read wins
  const now = mappingEntry(column).get(d);
  if (now) return now;
  if (stored) mappingEntry(column).set(d, stored);
  return stored;
}

/** Keeps the mapping in memory and in IndexedDB (a failure to store is announced, never thrown). */
export async function saveMapping(
  d: LoadedDataset,
  column: string,
  mapping: Readonly<Record<string, LabelTarget>>,
): Promise<void> {
  const had = mappingEntry(column).get(d);
  mappingEntry(column).set(d, { ...mapping });
  if (had && sameMapping(had, mapping)) return;
  await storeKept(d, storedMapping(column), { ...mapping });
}

function sameMapping(
  a: Readonly<Record<string, LabelTarget>>,
  b: Readonly<Record<string, LabelTarget>>,
): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

const classifierEntry = cacheEntry<SentimentTrainResult>(`${KEY}classifier`);

/** The classifier's training result in IndexedDB too, read back after a reload. */
const STORED_CLASSIFIER: KeptKind<SentimentTrainResult> = {
  kind: `${KEY}classifier`,
  what: 'the sentiment classifier',
  check: (v): v is SentimentTrainResult => {
    if (typeof v !== 'object' || v === null) return false;
    const o = v as { readonly [k: string]: unknown };
    return (
      typeof o.classifier === 'object' &&
      o.classifier !== null &&
      typeof o.heldOut === 'object' &&
      o.heldOut !== null &&
      Array.isArray(o.history)
    );
  },
};

/** The classifier trained on this dataset (read back from IndexedDB after a reload), or null. */
export async function keptClassifier(d: LoadedDataset): Promise<SentimentTrainResult | null> {
  const had = classifierEntry.get(d);
  if (had) return had;
  const stored = await restoreKept(d, STORED_CLASSIFIER);
  if (stored) classifierEntry.set(d, stored);
  return stored;
}

/** Keeps the classifier in memory and in IndexedDB (a failure to store is announced, never thrown). */
export async function keepClassifier(
  d: LoadedDataset,
  result: SentimentTrainResult,
): Promise<void> {
  classifierEntry.set(d, result);
  await storeKept(d, STORED_CLASSIFIER, result);
}

/** A value derived from the scores, rebuilt when they change (e.g. the rows of one label). */
export function derived<T>(d: LoadedDataset, key: string, revision: number, make: () => T): T {
  const entry = cacheEntry<{ revision: number; value: T }>(`${KEY}derived:${key}`);
  const hit = entry.get(d);
  if (hit && hit.revision === revision) return hit.value;
  const value = make();
  entry.set(d, { revision, value });
  return value;
}
