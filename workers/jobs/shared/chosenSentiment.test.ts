import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { tableFromRows } from '../../core/csv/index.ts';
import { inferSchema } from '../../core/schema/index.ts';
import { deleteDbForTests } from '../../storage/db.ts';
import { chooseSentiment, chosenSentiment, chosenSentimentKept } from './chosenSentiment.ts';
import { activeDataset } from './session.testutil.ts';
import type { LoadedDataset } from './session.ts';

const table = tableFromRows(
  ['text', 'likes'],
  [
    ['good', '1'],
    ['bad', '2'],
    ['meh', '3'],
  ],
);

/** A fresh worker after a reload: the same dataset, an empty cache. */
const reloaded = (d: LoadedDataset): LoadedDataset => ({ ...d, cache: new Map() });

beforeEach(async () => {
  await deleteDbForTests();
});

describe('the charts’ sentiment source kept with the dataset', () => {
  it('reads the classifier again after a reload, without retraining', async () => {
    const d = activeDataset(table, inferSchema(table), 'chosen.csv');
    expect(await chosenSentimentKept(d)).toEqual({ source: 'vader' });
    await chooseSentiment(d, {
      source: 'classifier',
      classes: Uint8Array.from([2, 0, 1]),
      textColumn: 'text',
    });
    const fresh = reloaded(d);
    // the synchronous read knows only this worker's memory
    expect(chosenSentiment(fresh).source).toBe('vader');
    const back = await chosenSentimentKept(fresh);
    expect(back.source === 'classifier' && Array.from(back.classes)).toEqual([2, 0, 1]);
    expect(back.source === 'classifier' && back.textColumn).toBe('text');
    expect(chosenSentiment(fresh).source).toBe('classifier');
  });

  it('forgets the classifier when the person goes back to VADER', async () => {
    const d = activeDataset(table, inferSchema(table), 'back.csv');
    await chooseSentiment(d, {
      source: 'classifier',
      classes: Uint8Array.from([2, 0, 1]),
      textColumn: 'text',
    });
    await chooseSentiment(d, { source: 'vader' });
    expect(await chosenSentimentKept(reloaded(d))).toEqual({ source: 'vader' });
  });
});
