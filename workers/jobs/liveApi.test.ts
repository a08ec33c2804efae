import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { engagementBundle, tinyTopics } from '../core/bundle/bundles.testutil.ts';
import type { Result } from '../core/errors/index.ts';
import { deleteDbForTests } from '../storage/db.ts';
import { markDefaultOffered } from '../storage/models.ts';
import { liveApi as live } from './liveApi.ts';
import { autosavePart } from './shared/autosave.ts';
import { activeDataset } from './shared/session.testutil.ts';

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const trained = engagementBundle(200, 10);
const dataset = () => activeDataset(trained.posts.table, trained.posts.schema);

beforeEach(async () => {
  await deleteDbForTests();
  await markDefaultOffered();
});

describe('the live worker', () => {
  it('the live boxes and scoreWithBundle give the same numbers from the active model', async () => {
    const d = dataset();
    value(await autosavePart(d, { topics: tinyTopics() }));
    value(await autosavePart(d, { engagement: trained.bundle.engagement }));
    const info = value(await live.liveBundle({ reload: true }));
    expect(info?.parts).toEqual(['topics', 'engagement']);
    const draft = {
      text: 'new video today',
      hashtags: '#dog',
      time: '2024-03-05T20:00',
      numbers: { author_followers: 5000 },
      categories: { platform: 'TikTok', country: 'FR' },
    };
    const box = value(await live.predictDraft({ draft }));
    const [post] = value(
      await live.scorePostsLive({
        posts: [
          {
            text: draft.text,
            hashtags: draft.hashtags,
            timestamp: draft.time,
            fields: { ...draft.numbers, ...draft.categories },
          },
        ],
      }),
    );
    expect(post!.engagement).toEqual({ value: box.value, low: box.low, high: box.high });
    const topic = value(await live.topicForHashtags({ text: '#dog' }));
    expect(post!.cluster).toEqual({
      id: topic.match!.cluster,
      similarity: topic.match!.similarity,
      topTerms: topic.match!.topTerms,
    });
  });
});
