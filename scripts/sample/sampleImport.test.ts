/**
 * The committed sample as the app sees it: through the importer, schema inference and
 * preprocessing, each column gets the role the demo relies on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCsv, memoryByteSource } from '../../workers/core/csv/index.ts';
import { applyPreprocess, fitPreprocess } from '../../workers/core/preprocess/index.ts';
import { inferSchema, numericColumn, tagsColumn } from '../../workers/core/schema/index.ts';

const FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../public/sample/murmur-sample.csv',
);

describe('public/sample/murmur-sample.csv in the app', () => {
  it('imports cleanly, with the intended column roles', async () => {
    const imported = await importCsv(
      memoryByteSource(new Uint8Array(readFileSync(FILE)), 'murmur-sample.csv'),
      {},
    );
    if (!imported.ok) throw new Error(imported.error.message);
    const table = imported.value;
    expect(table.rowCount).toBe(5000);
    expect(table.warnings).toEqual([]);
    const schema = inferSchema(table);
    expect(Object.fromEntries(schema.map((c) => [c.name, c.role]))).toEqual({
      post_id: 'id',
      created_at: 'timestamp',
      platform: 'category',
      author: 'category',
      author_followers: 'followers',
      text: 'text',
      hashtags: 'hashtags',
      likes: 'likes',
      shares: 'shares',
      comments: 'comments',
      language: 'category',
      country: 'category',
      sentiment: 'label',
    });

    const col = (name: string) => schema.find((c) => c.name === name)!;
    const input = {
      followers: numericColumn(table, col('author_followers')),
      platform: table.columns[col('platform').index]!,
      text: table.columns[col('text').index]!,
      hashtags: tagsColumn(table, col('hashtags')),
    };
    const params = fitPreprocess(input, {
      columns: [
        { name: 'followers', kind: 'numeric', log1p: true, scale: 'zscore' },
        { name: 'platform', kind: 'categorical' },
        { name: 'text', kind: 'text' },
        { name: 'hashtags', kind: 'hashtags' },
      ],
    });
    if (!params.ok) throw new Error(params.error.message);
    const out = applyPreprocess(params.value, input);
    if (!out.ok) throw new Error(out.error.message);
    // six platforms, all within the default top 10, plus the other column
    expect(out.value.matrix.names).toHaveLength(1 + 6 + 1);
    expect(out.value.matrix.data.every(Number.isFinite)).toBe(true);
    const tags = new Set(out.value.hashtags.hashtags!.flat());
    expect(tags.has('climateaction')).toBe(true);
    expect([...tags].every((t) => t === t.toLowerCase() && !t.startsWith('#'))).toBe(true);
  });
});
