import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TopicsSettings } from '../../api/topics.ts';
import { tableFromRows } from '../../core/csv/index.ts';
import type { Result } from '../../core/errors/index.ts';
import { inferSchema } from '../../core/schema/index.ts';
import { deleteDbForTests } from '../../storage/db.ts';
import { activeDataset } from '../shared/session.testutil.ts';
import { setCurrent } from '../shared/session.ts';
import { topicsAnalysisJobs as analysis } from './analysisJobs.ts';
import { topicsComputeJobs as compute } from './computeJobs.ts';
import { DEFAULT_TOPICS_SETTINGS } from './topicsSettings.ts';

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const TEXTS = [
  'Lost luggage at the airport, my bag never arrived',
  'Flight delayed three hours at the gate again',
  'Customer service agent was rude on the phone',
];

/** A text-only export: 30 posts, three complaints. */
function load(): void {
  const rows = Array.from({ length: 30 }, (_, i) => [`${TEXTS[i % 3]} (${i})`]);
  const table = tableFromRows(['text'], rows);
  activeDataset(table, inferSchema(table), 'complaints.csv');
}

const SETTINGS: TopicsSettings = { ...DEFAULT_TOPICS_SETTINGS, terms: 'terms', kMin: 2, kMax: 4 };

beforeEach(async () => deleteDbForTests());
afterEach(() => setCurrent(null));

describe('topics kept across reloads', () => {
  it('comes back after a reload with its names, merges and hidden topics', async () => {
    load();
    const status = value(await analysis.topicsStatus({}));
    // no hashtags at all: text by default
    expect(status.defaults.terms).toBe('terms');
    const docs = value(await analysis.topicsDocuments({ terms: 'terms' }));
    const fit = value(
      await compute.fitTopics({
        documents: docs.documents,
        settings: SETTINGS,
        phrases: docs.phrases,
      }),
    );
    const result = value(await analysis.topicsKeep({ fit, settings: SETTINGS, refit: false }));
    expect(result.k).toBe(3);
    expect(result.restored).toBe(false);
    // each complaint's posts differ only by a number: one distinct post stands for each
    expect(result.clusters.map((c) => [c.mixed, c.representativePosts.length])).toEqual([
      [false, 1],
      [false, 1],
      [false, 1],
    ]);
    const bags = result.clusters.find((c) => c.label.includes('airport'))!;
    const late = result.clusters.find((c) => c.label.includes('delay'))!;
    const edited = value(
      await analysis.topicsEdit({
        edits: { names: { [bags.id]: 'Bags' }, mergedInto: { [late.id]: bags.id }, hidden: [] },
      }),
    );
    expect(edited.edits.names).toEqual({ [bags.id]: 'Bags' });

    // a reload: a fresh worker memory, the same dataset
    load();
    const back = value(await analysis.topicsStatus({})).last!;
    expect(back.restored).toBe(true);
    expect(back.clusters.map((c) => c.label)).toEqual(result.clusters.map((c) => c.label));
    expect(back.edits).toEqual({
      names: { [bags.id]: 'Bags' },
      mergedInto: { [late.id]: bags.id },
      hidden: [],
    });
  });

  it('refuses edits before any analysis', async () => {
    load();
    const r = await analysis.topicsEdit({ edits: { names: {}, mergedInto: {}, hidden: [] } });
    expect(r.ok ? 'ok' : r.error.code).toBe('INVALID_OPTIONS');
  });
});
