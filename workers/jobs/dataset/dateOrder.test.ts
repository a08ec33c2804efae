import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../api/common.ts';
import { tableFromRows } from '../../core/csv/tableFromRows.ts';
import { inferSchema } from '../../core/schema/inferSchema.ts';
import { activeDataset } from '../shared/session.testutil.ts';
import { datasetJobs } from './datasetJobs.ts';

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

// A campaign's first twelve days, written 03/05/2021: no part above 12 says which is the day.
const rows = Array.from({ length: 24 }, (_, i) => [
  `${String(1 + (i % 12)).padStart(2, '0')}/05/2021 10:00`,
  `post ${i} about the launch`,
  String(i),
]);
const table = tableFromRows(['date', 'text', 'likes'], rows);

describe('the order of day and month', () => {
  it('is a guess the summary names, and the user can switch', async () => {
    activeDataset(table, inferSchema(table));
    const before = value(await datasetJobs.datasetSummary({}));
    const date = before.columns.find((c) => c.name === 'date')!;
    expect(date.dayOrder).toEqual({ read: 'mdy', example: '01/05/2021 10:00' });
    expect(new Date(date.datetime!.min).toISOString()).toBe('2021-01-05T10:00:00.000Z');
    expect(before.valueNotes.map((n) => n.code)).toEqual(['AMBIGUOUS_DAY_ORDER']);
    expect(before.valueNotes[0]!.message).toContain(
      'They were read month first, as US exports write them: "01/05/2021 10:00" is 5 Jan 2021.',
    );

    const profile = value(await datasetJobs.setDateOrder({ column: 'date', order: 'dmy' }));
    expect(profile.schema.find((c) => c.name === 'date')!.format.datetime).toBe('dmy');
    const after = value(await datasetJobs.datasetSummary({}));
    const switched = after.columns.find((c) => c.name === 'date')!;
    expect(new Date(switched.datetime!.min).toISOString()).toBe('2021-05-01T10:00:00.000Z');
    expect(new Date(switched.datetime!.max).toISOString()).toBe('2021-05-12T10:00:00.000Z');
    expect(after.valueNotes[0]!.message).toContain(
      'They were read day first: "01/05/2021 10:00" is 1 May 2021. If the export writes the month first',
    );
  });

  it('is refused for a column that is not such a date, or not there', async () => {
    activeDataset(table, inferSchema(table));
    const notDate = await datasetJobs.setDateOrder({ column: 'likes', order: 'dmy' });
    expect(!notDate.ok && notDate.error.code).toBe('INVALID_OPTIONS');
    const missing = await datasetJobs.setDateOrder({ column: 'when', order: 'dmy' });
    expect(!missing.ok && missing.error.code).toBe('COLUMN_NOT_FOUND');
  });

  it('is not named when a day above 12 settles it', async () => {
    const settled = tableFromRows(
      ['date', 'text'],
      Array.from({ length: 20 }, (_, i) => [`${i + 1}/05/2021`, `post ${i}`]),
    );
    activeDataset(settled, inferSchema(settled));
    const summary = value(await datasetJobs.datasetSummary({}));
    expect(summary.columns[0]!.dayOrder).toBeUndefined();
    expect(summary.valueNotes).toEqual([]);
  });
});
