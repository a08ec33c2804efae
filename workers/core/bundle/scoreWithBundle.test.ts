import { describe, expect, it } from 'vitest';
import type { AnalysisBundle } from './bundle.ts';
import { oneSplitBundle, tinyTopics, topicsOnlyBundle } from './bundles.testutil.ts';
import { loadBundle, type LoadedBundle } from './loadBundle.ts';
import {
  parseTagText,
  scoreWithBundle,
  type BundlePost,
  type PostScore,
} from './scoreWithBundle.ts';

function loaded(bundle: AnalysisBundle): LoadedBundle {
  const r = loadBundle(JSON.parse(JSON.stringify(bundle)));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function score(bundle: AnalysisBundle, posts: BundlePost[]): PostScore[] {
  const r = scoreWithBundle(loaded(bundle), posts);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

// vaderSentiment's README example: {'neg': 0.0, 'neu': 0.254, 'pos': 0.746, 'compound': 0.8316}
const SMART = 'VADER is smart, handsome, and funny.';

describe('scoreWithBundle', () => {
  it('gives VADER scores labelled with the bundle thresholds', () => {
    const strict: AnalysisBundle = {
      ...topicsOnlyBundle(),
      sentiment: {
        textColumn: 'text',
        thresholds: { positive: 0.9, negative: -0.05 },
        labelMapping: null,
        classifier: null,
        heldOut: null,
      },
    };
    const [s] = score(strict, [{ text: SMART }]);
    expect(s!.sentiment).toEqual({
      neg: 0,
      neu: 0.254,
      pos: 0.746,
      compound: 0.8316,
      label: 'neutral',
      classifier: null,
    });
    // without a sentiment part, VADER's own cut-offs (±0.05)
    expect(score(topicsOnlyBundle(), [{ text: SMART }])[0]!.sentiment.label).toBe('positive');
  });

  it('puts a post on the nearest topic by its hashtags, given or written in the text', () => {
    const bundle = topicsOnlyBundle();
    const [given, written, unknown, none] = score(bundle, [
      { hashtags: ['#Dog'] },
      { text: 'walking the #dog #dog' },
      { hashtags: 'bird' },
      { text: 'no tags' },
    ]);
    expect(given!.cluster).toEqual({
      id: 1,
      similarity: expect.closeTo(0.6, 12),
      topTerms: ['fish', 'dog'],
    });
    expect(written!.cluster?.id).toBe(1);
    expect(written!.cluster?.similarity).toBeCloseTo(0.6, 12);
    expect(unknown!.cluster).toBeNull();
    expect(none!.cluster).toBeNull();
    expect(given!.engagement).toBeNull();
  });

  it('predicts engagement on the raw scale, filling a missing field as in training', () => {
    const [big, missing] = score(oneSplitBundle(), [
      { fields: { author_followers: 150 } },
      { fields: {} },
    ]);
    expect(big!.engagement!.value).toBeCloseTo(9, 12);
    expect(big!.engagement!.low).toBeCloseTo(9, 12);
    expect(big!.engagement!.high).toBeCloseTo(9, 12);
    expect(missing!.engagement!.value).toBe(0);
    expect(big!.cluster).toBeNull();
  });

  it('reads tag text in the usual list formats', () => {
    expect(parseTagText("['a', 'b']")).toEqual(['a', 'b']);
    expect(parseTagText('#a #b,c')).toEqual(['a', 'b', 'c']);
    expect(parseTagText('')).toEqual([]);
  });

  it('scores a batch exactly as one post at a time', () => {
    const bundle = loaded({ ...oneSplitBundle(), topics: tinyTopics() });
    const posts: BundlePost[] = [
      { text: 'great #cat', fields: { author_followers: 1 } },
      { text: 'awful #fish', fields: { author_followers: 100 } },
      { text: '' },
    ];
    const batch = scoreWithBundle(bundle, posts);
    const single = posts.map((p) => scoreWithBundle(bundle, [p]));
    expect(batch.ok && batch.value).toEqual(single.map((r) => r.ok && r.value[0]));
  });
});
