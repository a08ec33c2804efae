/**
 * Murmur's IndexedDB, opened through `idb` with a typed schema. Only the workers touch it: the rows
 * are imported, stored and read there, and the page asks the analysis worker for what it needs.
 * Versions only ever add: an upgrade from version n runs every step after n.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DatasetMeta } from '../api/dataset.ts';
import type { BundleSummary } from '../core/bundle/summary.ts';
import type { PreprocessSpec } from '../core/preprocess/types.ts';
import type { ColumnSchema, RoleMapping } from '../core/schema/types.ts';

export interface StoredDataset {
  readonly id: string;
  readonly meta: DatasetMeta;
  readonly header: readonly string[];
  readonly schema: readonly ColumnSchema[];
  readonly mapping: RoleMapping;
  readonly preprocessing: PreprocessSpec;
  /** Rows per chunk record; the last chunk may hold fewer. */
  readonly chunkRows: number;
  readonly chunkCount: number;
  /** False until every chunk is written: an interrupted import is cleaned up, never half-loaded. */
  readonly complete: boolean;
}

/** A slice of rows, column-major like the in-memory table. */
export interface StoredChunk {
  readonly datasetId: string;
  readonly index: number;
  readonly columns: readonly (readonly string[])[];
}

export interface RememberedMapping {
  readonly signature: string;
  readonly mapping: RoleMapping;
  readonly savedAt: number;
}

/** A saved analysis bundle (its shape is owned by workers/core/bundle); its list entry is a ModelRecord of the same id. */
export interface StoredModel {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
  readonly kind: string;
  readonly bytes: number;
  readonly bundle: unknown;
}

/** Where a saved model came from. */
export type ModelOrigin = 'trained' | 'imported' | 'default';

/**
 * A saved model's list entry (written in the same transaction as its StoredModel), so the
 * registry lists without reading every bundle.
 */
export interface ModelRecord {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly origin: ModelOrigin;
  /** The dataset whose trainings update this model (its working bundle), or null. */
  readonly datasetId: string | null;
  /** Size of the bundle's JSON, bytes. */
  readonly bytes: number;
  readonly summary: BundleSummary;
}

export interface DerivedRecord {
  readonly datasetId: string;
  readonly kind: string;
  readonly data: unknown;
}

export interface MurmurDB extends DBSchema {
  datasets: { key: string; value: StoredDataset };
  chunks: { key: [string, number]; value: StoredChunk; indexes: { byDataset: string } };
  mappings: { key: string; value: RememberedMapping };
  models: { key: string; value: StoredModel };
  modelIndex: { key: string; value: ModelRecord };
  settings: { key: string; value: unknown };
  derived: { key: [string, string]; value: DerivedRecord; indexes: { byDataset: string } };
}

export const DB_NAME = 'murmur';
export const DB_VERSION = 2;

let opening: Promise<IDBPDatabase<MurmurDB>> | null = null;

/** The database, opened once per worker. */
export function db(): Promise<IDBPDatabase<MurmurDB>> {
  opening ??= openDB<MurmurDB>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('datasets', { keyPath: 'id' });
        const chunks = database.createObjectStore('chunks', { keyPath: ['datasetId', 'index'] });
        chunks.createIndex('byDataset', 'datasetId');
        database.createObjectStore('mappings', { keyPath: 'signature' });
        database.createObjectStore('models', { keyPath: 'id' });
        database.createObjectStore('settings');
        const derived = database.createObjectStore('derived', { keyPath: ['datasetId', 'kind'] });
        derived.createIndex('byDataset', 'datasetId');
      }
      if (oldVersion < 2) database.createObjectStore('modelIndex', { keyPath: 'id' });
    },
    // Another tab upgraded the schema: let it, and reopen on next use.
    blocking() {
      void opening?.then((d) => d.close());
      opening = null;
    },
  }).catch((e: unknown) => {
    opening = null;
    throw e;
  });
  return opening;
}

/** For tests: forget the open connection (after deleting the database). */
export function resetDbForTests(): void {
  opening = null;
}

/** For tests: closes and deletes the database, so the next db() starts empty. */
export async function deleteDbForTests(): Promise<void> {
  (await db()).close();
  resetDbForTests();
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
}
