import { describe, expect, it } from 'vitest';
import { oneSplitBundle, topicsOnlyBundle } from '../bundle/bundles.testutil.ts';
import { loadBundle } from '../bundle/loadBundle.ts';
import { scoreStreamPosts } from './scorePosts.ts';
import type { StreamPost } from './types.ts';

const post = (
  text: string,
  hashtags: string[] = [],
  fields?: Record<string, string>,
): StreamPost => ({
  key: null,
  text,
  hashtags,
  spans: [],
  lang: null,
  timeMs: NaN,
  ...(fields && { fields }),
});

function loaded(bundle: unknown) {
  const l = loadBundle(bundle);
  if (!l.ok) throw new Error(l.error.message);
  return l.value;
}

describe('scoreStreamPosts', () => {
  it('without a model gives VADER compound and labels only', () => {
    const r = scoreStreamPosts(null, [
      post('VADER is smart, handsome, and funny.'),
      post('The book was kind of good.'),
      post(''),
      post('This is terrible and I hate it'),
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // vaderSentiment 3.3.2 README examples: 0.8316 and 0.3832
    expect(Array.from(r.value.compound.subarray(0, 3))).toEqual([0.8316, 0.3832, 0]);
    expect(r.value.compound[3]).toBeLessThan(-0.05);
    expect(Array.from(r.value.label)).toEqual([2, 2, 1, 0]);
    expect(r.value.topic).toBeNull();
    expect(r.value.engagement).toBeNull();
  });

  it('with a topic model gives each post its nearest topic from its hashtags (−1 for none)', () => {
    const r = scoreStreamPosts(loaded(topicsOnlyBundle()), [
      post('pets', ['Cat']),
      post('more', ['#dog']),
      post('none', []),
      post('unknown', ['bird']),
    ]);
    expect(r.ok && Array.from(r.value.topic!)).toEqual([0, 1, -1, -1]);
    expect(r.ok && r.value.topicTerms).toEqual([['cat'], ['fish', 'dog']]);
  });

  it('with an engagement model predicts from the fields a replayed row carries, filling missing ones as in training', () => {
    // 150 followers predict 9 likes; a missing count is filled with the median 50.5 and predicts 0
    const r = scoreStreamPosts(loaded(oneSplitBundle()), [
      post('a', [], { author_followers: '150' }),
      post('b'),
    ]);
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(Array.from(r.value.engagement!).map((v) => Math.round(v * 1e9) / 1e9)).toEqual([9, 0]);
  });

  it("takes a replayed post's label from the chosen source where it has one, with or without a model", () => {
    const chosen = (text: string, chosenLabel: number): StreamPost => ({
      ...post(text),
      chosenLabel,
    });
    const posts = [
      chosen('VADER is smart, handsome, and funny.', 0),
      post('The book was kind of good.'),
      chosen('This is terrible and I hate it', 1),
    ];
    for (const model of [null, loaded(oneSplitBundle())]) {
      const r = scoreStreamPosts(model, posts);
      if (!r.ok) throw new Error(r.error.message);
      // the classifier's classes win; the compound stays VADER's (the README's 0.8316)
      expect(Array.from(r.value.label)).toEqual([0, 2, 1]);
      expect(r.value.compound[0]).toBe(0.8316);
    }
  });
});
