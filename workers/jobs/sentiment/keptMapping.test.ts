import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tableFromRows } from '../../core/csv/index.ts';
import type { Result } from '../../core/errors/index.ts';
import { inferSchema } from '../../core/schema/index.ts';
import { deleteDbForTests } from '../../storage/db.ts';
import { activeDataset } from '../shared/session.testutil.ts';
import { setCurrent, type LoadedDataset } from '../shared/session.ts';
import { sentimentAnalysisJobs as analysis } from './analysisJobs.ts';

const table = tableFromRows(
  ['text', 'sentiment', 'likes'],
  [
    ['I love this, what a great day', 'Positive', '3'],
    ['This is awful and I hate it', 'Negative', '1'],
    ['The meeting is on Tuesday', 'Curiosity', '0'],
    ['Wonderful news, so happy', 'Joy', '5'],
  ],
);

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** A fresh worker after a reload: the same dataset, an empty cache. */
function reload(d: LoadedDataset, schema = d.schema): void {
  setCurrent({ ...d, schema, cache: new Map() });
}

beforeEach(async () => {
  await deleteDbForTests();
});
afterEach(() => setCurrent(null));

describe('the label mapping kept with its dataset', () => {
  it('comes back after a reload as the person left it, and stays apart per dataset', async () => {
    const d = activeDataset(table, inferSchema(table), 'mapping.csv');
    const first = value(await analysis.sentimentLabelValues({}));
    expect(first.mapping.Curiosity).toBe('ignore');
    value(
      await analysis.sentimentEvaluate({
        mapping: { ...first.mapping, Curiosity: 'neutral', Joy: 'ignore' },
      }),
    );

    reload(d);
    const back = value(await analysis.sentimentLabelValues({}));
    expect(back.mapping.Curiosity).toBe('neutral');
    expect(back.mapping.Joy).toBe('ignore');
    expect(back.mapping.Positive).toBe('positive');
    // the proposals themselves are unchanged
    expect(back.proposals.find((p) => p.value === 'Curiosity')?.target).toBe('ignore');

    // another dataset with the same column starts from the proposals
    activeDataset(table, inferSchema(table), 'other.csv');
    expect(value(await analysis.sentimentLabelValues({})).mapping.Curiosity).toBe('ignore');
  });

  it('survives a role change elsewhere, as it names its column', async () => {
    const d = activeDataset(table, inferSchema(table), 'roles.csv');
    const first = value(await analysis.sentimentLabelValues({}));
    value(await analysis.sentimentEvaluate({ mapping: { ...first.mapping, Joy: 'negative' } }));
    reload(
      d,
      d.schema.map((c) => (c.name === 'likes' ? { ...c, role: 'other' as const } : c)),
    );
    expect(value(await analysis.sentimentLabelValues({})).mapping.Joy).toBe('negative');
  });
});
