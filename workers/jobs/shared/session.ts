/**
 * The analysis worker's memory: the active dataset's rows, schema and mapping, and the cache of what
 * features computed from it. A fresh worker (after a cancel, or after a reload) restores the
 * dataset from IndexedDB on first use; the cache starts empty.
 */
import type { DatasetMeta, DatasetProfile } from '../../api/dataset.ts';
import type { ParsedTable } from '../../core/csv/types.ts';
import { fail, ok, type Result } from '../../core/errors/index.ts';
import { defaultPreprocessSpec } from '../../core/preprocess/fromSchema.ts';
import type { PreprocessSpec } from '../../core/preprocess/types.ts';
import type { ColumnSchema, RoleMapping } from '../../core/schema/types.ts';
import {
  deleteIncompleteDatasets,
  getActiveDatasetId,
  loadDataset,
} from '../../storage/datasets.ts';

export interface LoadedDataset {
  readonly meta: DatasetMeta;
  readonly table: ParsedTable;
  readonly schema: readonly ColumnSchema[];
  readonly mapping: RoleMapping;
  readonly mappingRemembered: boolean;
  readonly preprocessing: PreprocessSpec;
  /**
   * Results computed from this dataset (sentiment scores, topics …), dropped when it changes. Read
   * and written only through `cacheEntry` and `cachedIn`, under a prefix per feature.
   */
  readonly cache: Map<string, unknown>;
}

let current: LoadedDataset | null = null;
let restored = false;

export function setCurrent(d: LoadedDataset | null): void {
  current = d;
  restored = true;
}

export function peekCurrent(): LoadedDataset | null {
  return current;
}

/** The active dataset, restoring it from storage once per worker. */
export async function currentDataset(): Promise<Result<LoadedDataset | null>> {
  if (current || restored) return ok(current);
  restored = true;
  await deleteIncompleteDatasets().catch(() => 0);
  const id = await getActiveDatasetId();
  if (!id) return ok(null);
  const loaded = await loadDataset(id);
  if (!loaded) return ok(null);
  current = {
    meta: loaded.record.meta,
    table: loaded.table,
    schema: loaded.record.schema,
    mapping: loaded.record.mapping,
    mappingRemembered: false,
    preprocessing: loaded.record.preprocessing ?? defaultPreprocessSpec(loaded.record.schema),
    cache: new Map(),
  };
  return ok(current);
}

/** The active dataset, or a NO_DATASET failure that tells the user what to do. */
export async function requireDataset(): Promise<Result<LoadedDataset>> {
  const r = await currentDataset();
  if (!r.ok) return r;
  if (!r.value)
    return fail(
      'NO_DATASET',
      'No dataset is loaded.',
      'Import a CSV file or try the sample dataset first.',
    );
  return ok(r.value);
}

/** One entry of the dataset's cache with its type: what a feature keeps, read back without a cast. */
export interface CacheEntry<T> {
  get(d: LoadedDataset): T | null;
  set(d: LoadedDataset, value: T): void;
}

/** The entry under `key`; its owner declares it once and hands out typed accessors over it. */
export function cacheEntry<T>(key: string): CacheEntry<T> {
  return {
    // the one cast: only this entry writes under `key`, always a T
    get: (d) => (d.cache.get(key) as T | undefined) ?? null,
    set: (d, value) => {
      d.cache.set(key, value);
    },
  };
}

/** A value derived from the dataset, made once and kept in its cache under `key`. */
export function cachedIn<T>(d: LoadedDataset, key: string, make: () => T): T {
  if (d.cache.has(key)) return d.cache.get(key) as T;
  const v = make();
  d.cache.set(key, v);
  return v;
}

export function profileOf(d: LoadedDataset): DatasetProfile {
  return {
    meta: d.meta,
    schema: d.schema,
    mapping: d.mapping,
    mappingRemembered: d.mappingRemembered,
    preprocessing: d.preprocessing,
  };
}
