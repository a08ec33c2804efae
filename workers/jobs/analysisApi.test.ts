import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../api/common.ts';
import { generatePosts } from '../core/features/posts.testutil.ts';
import { deleteDbForTests } from '../storage/db.ts';
import { markDefaultOffered } from '../storage/models.ts';
import { analysisApi as analysis } from './analysisApi.ts';
import { computeApi as compute } from './computeApi.ts';
import { activeDataset } from './shared/session.testutil.ts';

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

beforeEach(async () => {
  await deleteDbForTests();
  await markDefaultOffered();
});

describe('the analysis worker', () => {
  it('reports what Topics keeps and the scores Topics made, through the lazily loaded jobs', async () => {
    const posts = generatePosts(300);
    activeDataset(posts.table, posts.schema);
    const settings = { ...value(await analysis.topicsStatus({})).defaults, kMin: 2, kMax: 4 };
    const { documents } = value(await analysis.topicsDocuments({ terms: 'hashtags' }));
    const fit = value(await compute.fitTopics({ documents, settings }));
    const kept = value(await analysis.topicsKeep({ fit, settings, refit: false }));

    const read = async () => {
      const download = value(await analysis.modelsReport({}));
      return JSON.parse(await download.blob.text()) as {
        dataset: { meta: { rows: number } };
        sentiment: { summary: { scored: number } | null };
        topics: { k: number; clusters: unknown[] } | null;
      };
    };
    const before = await read();
    expect(before.dataset.meta.rows).toBe(300);
    expect(before.topics?.k).toBe(kept.k);
    expect(before.topics?.clusters).toHaveLength(kept.clusters.length);
    expect(before.sentiment.summary).toBeNull();
    // sentiment per hashtag scores every post into the shared store; the report's summary reads it
    value(await analysis.topicsTrends({ words: 'hashtags' }));
    expect((await read()).sentiment.summary?.scored).toBe(300);
  });
});
