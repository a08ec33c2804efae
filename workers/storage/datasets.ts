/** Datasets in IndexedDB: metadata, rows in chunks, the active id, and remembered mappings. */
import type { DatasetMeta } from '../api/dataset.ts';
import type { ParsedTable } from '../core/csv/types.ts';
import type { PreprocessSpec } from '../core/preprocess/types.ts';
import type { ColumnSchema, RoleMapping } from '../core/schema/types.ts';
import { db, type StoredDataset } from './db.ts';

export const CHUNK_ROWS = 5000;
const ACTIVE_KEY = 'activeDatasetId';

export interface DatasetRecordInput {
  readonly meta: DatasetMeta;
  readonly header: readonly string[];
  readonly schema: readonly ColumnSchema[];
  readonly mapping: RoleMapping;
  readonly preprocessing: PreprocessSpec;
}

/**
 * Writes a dataset: first an incomplete record, then the chunks one transaction each (so a huge
 * file does not need one huge transaction), then the record marked complete and made active.
 * On any failure the partial writes are removed and the error is rethrown; the previous active
 * dataset is untouched until the very last step.
 */
export async function saveDataset(
  input: DatasetRecordInput,
  table: ParsedTable,
  onChunk?: (rowsSaved: number) => void,
): Promise<void> {
  const d = await db();
  const chunkCount = Math.ceil(table.rowCount / CHUNK_ROWS);
  const record: StoredDataset = {
    id: input.meta.id,
    meta: input.meta,
    header: input.header,
    schema: input.schema,
    mapping: input.mapping,
    preprocessing: input.preprocessing,
    chunkRows: CHUNK_ROWS,
    chunkCount,
    complete: false,
  };
  try {
    await d.put('datasets', record);
    for (let i = 0; i < chunkCount; i++) {
      const start = i * CHUNK_ROWS;
      const end = Math.min(table.rowCount, start + CHUNK_ROWS);
      await d.put('chunks', {
        datasetId: record.id,
        index: i,
        columns: table.columns.map((c) => c.slice(start, end)),
      });
      onChunk?.(end);
    }
    const tx = d.transaction(['datasets', 'settings'], 'readwrite');
    await Promise.all([
      tx.objectStore('datasets').put({ ...record, complete: true }),
      tx.objectStore('settings').put(record.id, ACTIVE_KEY),
      tx.done,
    ]);
  } catch (e) {
    await deleteDatasetRecords(record.id).catch(() => {});
    throw e;
  }
}

/** Reads a complete dataset back into a table; null when it is missing or was never completed. */
export async function loadDataset(
  id: string,
): Promise<{ record: StoredDataset; table: ParsedTable } | null> {
  const d = await db();
  const record = await d.get('datasets', id);
  if (!record || !record.complete) return null;
  const chunks = await d.getAll(
    'chunks',
    IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]),
  );
  if (chunks.length !== record.chunkCount) return null;
  chunks.sort((a, b) => a.index - b.index);
  const columns: string[][] = record.header.map((_, c) => {
    const out: string[] = [];
    for (const ch of chunks) {
      const col = ch.columns[c]!;
      for (let r = 0; r < col.length; r++) out.push(col[r]!);
    }
    return out;
  });
  const m = record.meta;
  const table: ParsedTable = {
    fileName: m.fileName,
    bytes: m.bytes,
    delimiter: m.delimiter,
    encoding: m.encoding,
    header: record.header,
    columns,
    rowCount: m.rows,
    warnings: m.warnings,
  };
  return { record, table };
}

export async function updateDatasetRecord(
  id: string,
  patch: Partial<Pick<StoredDataset, 'schema' | 'mapping' | 'meta' | 'preprocessing'>>,
): Promise<void> {
  const d = await db();
  const tx = d.transaction('datasets', 'readwrite');
  const current = await tx.store.get(id);
  if (current) await tx.store.put({ ...current, ...patch });
  await tx.done;
}

export async function listDatasetRecords(): Promise<StoredDataset[]> {
  const d = await db();
  const all = await d.getAll('datasets');
  return all.filter((r) => r.complete).sort((a, b) => b.meta.importedAt - a.meta.importedAt);
}

/** Removes a dataset, its chunks and everything derived from it, atomically. */
export async function deleteDatasetRecords(id: string): Promise<void> {
  const d = await db();
  const tx = d.transaction(['datasets', 'chunks', 'derived', 'settings'], 'readwrite');
  await tx.objectStore('datasets').delete(id);
  await tx.objectStore('chunks').delete(IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]));
  let cursor = await tx.objectStore('derived').index('byDataset').openCursor(IDBKeyRange.only(id));
  while (cursor) {
    await cursor.delete();
    cursor = await cursor.continue();
  }
  if ((await tx.objectStore('settings').get(ACTIVE_KEY)) === id)
    await tx.objectStore('settings').delete(ACTIVE_KEY);
  await tx.done;
}

/** Removes records of imports that were interrupted (tab closed or import cancelled mid-save). */
export async function deleteIncompleteDatasets(): Promise<number> {
  const d = await db();
  const all = await d.getAll('datasets');
  const stale = all.filter((r) => !r.complete);
  for (const r of stale) await deleteDatasetRecords(r.id);
  return stale.length;
}

export async function getActiveDatasetId(): Promise<string | null> {
  const v = await (await db()).get('settings', ACTIVE_KEY);
  return typeof v === 'string' ? v : null;
}

export async function setActiveDatasetId(id: string | null): Promise<void> {
  const d = await db();
  if (id === null) await d.delete('settings', ACTIVE_KEY);
  else await d.put('settings', id, ACTIVE_KEY);
}

export async function rememberMapping(signature: string, mapping: RoleMapping): Promise<void> {
  await (await db()).put('mappings', { signature, mapping, savedAt: Date.now() });
}

export async function recallMapping(signature: string): Promise<RoleMapping | null> {
  const r = await (await db()).get('mappings', signature);
  return r ? r.mapping : null;
}
