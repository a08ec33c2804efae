import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../csv/importCsv.ts';
import { memoryByteSource } from '../csv/memorySource.ts';
import { tableFromRows } from '../csv/tableFromRows.ts';
import { inferSchema } from '../schema/inferSchema.ts';
import { findDuplicates, keptRows } from './duplicates.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SHARED = process.env.MURMUR_SHARED ?? path.resolve(ROOT, '../shared');
const DATA = path.join(SHARED, 'data', 'sentimentdataset.csv');

const text = { index: 1, name: 'text' };

describe('findDuplicates', () => {
  const t = tableFromRows(
    ['id', 'text', 'likes'],
    [
      ['1', 'Great flight!', '5'],
      ['2', 'Great flight!', '5'], // exact copy but its id
      ['3', 'great   FLIGHT! https://t.co/x', '7'], // same text once normalised
      ['4', 'Other post', '1'],
      ['5', '', '0'],
      ['6', '', '0'], // exact copy with no text: an exact row, not a repeated text
      ['7', 'Great flight!', '5'],
    ],
  );

  it('counts exact copies (id columns aside) and repeated texts, with examples', () => {
    const d = findDuplicates(t.columns, t.rowCount, text, new Set([0]));
    expect(d.report).toMatchObject({
      rows: 7,
      textColumn: 'text',
      exactRows: 3,
      repeatedTexts: 3,
      repeatedGroups: 1,
    });
    expect(d.report.examples).toEqual([
      { text: 'Great flight!', rows: 4, exactCopies: 2, rowNumbers: [0, 1, 2, 6] },
    ]);
    expect([...d.exact]).toEqual([0, 1, 0, 0, 0, 1, 1]);
    expect([...d.repeated]).toEqual([0, 1, 1, 0, 0, 0, 1]);
  });

  it('counts no exact copy when every id differs and ids are compared', () => {
    expect(findDuplicates(t.columns, t.rowCount, text).report.exactRows).toBe(0);
  });

  it('keeps the first of each copy as asked', () => {
    const d = findDuplicates(t.columns, t.rowCount, text, new Set([0]));
    expect(keptRows(d, 'none')).toBeNull();
    expect([...keptRows(d, 'exact')!]).toEqual([0, 2, 3, 4]);
    expect([...keptRows(d, 'text')!]).toEqual([0, 3, 4]);
  });

  it('finds every row but the first a copy when every text is identical', () => {
    const same = tableFromRows(
      ['text'],
      Array.from({ length: 20 }, () => ['Same']),
    );
    const d = findDuplicates(same.columns, 20, { index: 0, name: 'text' });
    expect(d.report).toMatchObject({ exactRows: 19, repeatedTexts: 19, repeatedGroups: 1 });
    expect([...keptRows(d, 'text')!]).toEqual([0]);
  });

  it.skipIf(!existsSync(DATA))(
    'finds the 22 fully duplicated rows of sentimentdataset.csv',
    async () => {
      const imported = await importCsv(
        memoryByteSource(readFileSync(DATA), 'sentimentdataset.csv'),
      );
      if (!imported.ok) throw new Error(imported.error.message);
      const schema = inferSchema(imported.value);
      const textColumn = schema.find((c) => c.role === 'text')!;
      const ids = new Set(schema.filter((c) => c.role === 'id').map((c) => c.index));
      const d = findDuplicates(imported.value.columns, imported.value.rowCount, textColumn, ids);
      // SOURCES.md: 26 duplicate texts, 22 fully duplicated rows
      expect(d.report.exactRows).toBe(22);
      expect(d.report.repeatedTexts).toBeGreaterThanOrEqual(26);
    },
  );
});
