import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { tableFromRows } from '../../core/csv/index.ts';
import { inferSchema } from '../../core/schema/index.ts';
import { deleteDbForTests } from '../../storage/db.ts';
import { activeDataset } from './session.testutil.ts';
import type { LoadedDataset } from './session.ts';
import { saveViewSection, viewSettingsOf } from './viewSettings.ts';

const table = tableFromRows(
  ['text', 'likes'],
  [
    ['good morning', '3'],
    ['bad night', '1'],
  ],
);

/** The dataset as a fresh worker after a reload would load it (same id, empty cache), roles changed. */
function reloaded(d: LoadedDataset, roles: Record<string, string>): LoadedDataset {
  return {
    ...d,
    schema: d.schema.map((c) =>
      roles[c.name] ? { ...c, role: roles[c.name] as typeof c.role } : c,
    ),
    cache: new Map(),
  };
}

beforeEach(async () => {
  await deleteDbForTests();
});

describe('the views’ settings kept with their dataset', () => {
  it("keeps each view's section apart, across reloads and role changes", async () => {
    const d = activeDataset(table, inferSchema(table), 'settings.csv');
    expect(await viewSettingsOf(d)).toEqual({});
    await saveViewSection(d, 'sentiment', { thresholds: { positive: 0.3, negative: -0.3 } });
    await saveViewSection(d, 'engagement', { targetColumn: 'likes' });
    await saveViewSection(d, 'scoring', { keptModelIds: ['dataset:other'] });
    await saveViewSection(d, 'sentiment', { thresholds: { positive: 0.2, negative: -0.1 } });
    const back = await viewSettingsOf(reloaded(d, { likes: 'other' }));
    expect(back).toEqual({
      sentiment: { thresholds: { positive: 0.2, negative: -0.1 } },
      engagement: { targetColumn: 'likes' },
      scoring: { keptModelIds: ['dataset:other'] },
    });
  });

  it('refuses a section no view keeps', async () => {
    const d = activeDataset(table, inferSchema(table), 'bad.csv');
    const bad = await saveViewSection(d, 'nope' as 'topics', 1);
    expect(!bad.ok && bad.error.code).toBe('INVALID_OPTIONS');
    expect(await viewSettingsOf(reloaded(d, {}))).toEqual({});
  });
});
