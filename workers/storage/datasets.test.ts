import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DatasetMeta } from '../api/dataset.ts';
import type { ParsedTable } from '../core/csv/types.ts';
import type { ColumnSchema } from '../core/schema/types.ts';
import {
  CHUNK_ROWS,
  deleteDatasetRecords,
  deleteIncompleteDatasets,
  getActiveDatasetId,
  listDatasetRecords,
  loadDataset,
  recallMapping,
  rememberMapping,
  saveDataset,
} from './datasets.ts';
import { db, DB_NAME, resetDbForTests } from './db.ts';

function table(rows: number): ParsedTable {
  return {
    fileName: 'posts.csv',
    bytes: rows * 20,
    delimiter: ',',
    encoding: 'utf-8',
    header: ['text', 'likes'],
    columns: [
      Array.from({ length: rows }, (_, i) => `post ${i}`),
      Array.from({ length: rows }, (_, i) => String(i % 7)),
    ],
    rowCount: rows,
    warnings: [],
  };
}

function meta(id: string, rows: number): DatasetMeta {
  return {
    id,
    name: id,
    fileName: 'posts.csv',
    bytes: rows * 20,
    rows,
    columns: 2,
    delimiter: ',',
    encoding: 'utf-8',
    importedAt: Date.now(),
    warnings: [],
    signature: 'sig',
    stored: true,
  };
}

const schema: ColumnSchema[] = [
  {
    name: 'text',
    index: 0,
    type: 'text',
    role: 'text',
    format: {},
    missing: 0,
    distinct: 10,
    distinctCapped: false,
    samples: ['post 0'],
  },
  {
    name: 'likes',
    index: 1,
    type: 'integer',
    role: 'likes',
    format: {},
    missing: 0,
    distinct: 7,
    distinctCapped: false,
    samples: ['0'],
  },
];

beforeEach(async () => {
  const d = await db();
  d.close();
  resetDbForTests();
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
});

describe('dataset storage', () => {
  it('stores rows in chunks and reads back the identical table, as the active dataset', async () => {
    const rows = CHUNK_ROWS * 2 + 17;
    await saveDataset(
      {
        meta: meta('a', rows),
        header: ['text', 'likes'],
        schema,
        mapping: { text: 'text', likes: 'likes' },
        preprocessing: { columns: [] },
      },
      table(rows),
    );
    expect(await getActiveDatasetId()).toBe('a');
    const back = await loadDataset('a');
    expect(back).not.toBeNull();
    expect(back!.record.chunkCount).toBe(3);
    expect(back!.table.rowCount).toBe(rows);
    expect(back!.table.columns[0]![rows - 1]).toBe(`post ${rows - 1}`);
    expect(back!.table.columns).toEqual(table(rows).columns);
  });

  it('removes partial writes when saving fails midway and leaves the previous active dataset intact', async () => {
    await saveDataset(
      {
        meta: meta('old', 10),
        header: ['text', 'likes'],
        schema,
        mapping: {},
        preprocessing: { columns: [] },
      },
      table(10),
    );
    const failing = saveDataset(
      {
        meta: meta('new', CHUNK_ROWS * 3),
        header: ['text', 'likes'],
        schema,
        mapping: {},
        preprocessing: { columns: [] },
      },
      table(CHUNK_ROWS * 3),
      (saved) => {
        if (saved > CHUNK_ROWS) throw new DOMException('quota', 'QuotaExceededError');
      },
    );
    await expect(failing).rejects.toThrow('quota');
    expect(await getActiveDatasetId()).toBe('old');
    expect(await loadDataset('new')).toBeNull();
    const chunks = await (await db()).getAll('chunks');
    expect(chunks.every((c) => c.datasetId === 'old')).toBe(true);
    expect((await listDatasetRecords()).map((r) => r.meta.id)).toEqual(['old']);
  });

  it('cleans up an import interrupted before it completed', async () => {
    const d = await db();
    await d.put('datasets', {
      id: 'half',
      meta: meta('half', 5),
      header: ['text'],
      schema: [],
      mapping: {},
      preprocessing: { columns: [] },
      chunkRows: CHUNK_ROWS,
      chunkCount: 2,
      complete: false,
    });
    await d.put('chunks', { datasetId: 'half', index: 0, columns: [['x']] });
    expect(await deleteIncompleteDatasets()).toBe(1);
    expect(await d.getAll('chunks')).toEqual([]);
    expect(await loadDataset('half')).toBeNull();
  });

  it('deletes a dataset with its chunks and clears the active id', async () => {
    await saveDataset(
      {
        meta: meta('a', 10),
        header: ['text', 'likes'],
        schema,
        mapping: {},
        preprocessing: { columns: [] },
      },
      table(10),
    );
    await deleteDatasetRecords('a');
    expect(await getActiveDatasetId()).toBeNull();
    expect(await (await db()).count('chunks')).toBe(0);
  });

  it('remembers a mapping by column signature', async () => {
    await rememberMapping('sig-1', { body: 'text' });
    expect(await recallMapping('sig-1')).toEqual({ body: 'text' });
    expect(await recallMapping('sig-2')).toBeNull();
  });
});
