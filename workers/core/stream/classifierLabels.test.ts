import { describe, expect, it } from 'vitest';
import { DEFAULT_NGRAMS, ngramCounts } from '../classify/ngramCounts.ts';
import { predictLinear } from '../classify/sentimentLinear.ts';
import { flippedModel } from './classifier.testutil.ts';
import { feedClassifier, withClassifierLabels } from './classifierLabels.ts';
import { scoreSentimentOnly } from './scorePosts.ts';
import type { StreamPost } from './types.ts';

const post = (text: string): StreamPost => ({
  key: null,
  text,
  hashtags: [],
  spans: [],
  lang: 'en',
  timeMs: 0,
});

describe('a live feed read by the charts’ classifier', () => {
  it('labels each post with the class the model finds most likely, not VADER’s', () => {
    const { model, json, texts, flipped } = flippedModel();
    const c = feedClassifier(JSON.parse(JSON.stringify(json)));
    if (!c.ok) throw new Error(c.error.message);
    const posts = texts.slice(0, 60).map(post);
    const labelled = withClassifierLabels(c.value, posts);
    // the same classes the model gives in the worker that trained it
    const direct = predictLinear(
      model,
      ngramCounts(texts.slice(0, 60), DEFAULT_NGRAMS),
      posts.map((_, i) => i),
    );
    expect(labelled.map((p) => p.chosenLabel)).toEqual(
      Array.from(direct.label, (l) => model.classes[l]),
    );
    // it learned the turned-round labels, and the stream counts them instead of VADER's
    const agree = labelled.filter((p, i) => p.chosenLabel === flipped[i]).length;
    expect(agree).toBeGreaterThanOrEqual(57);
    const scored = scoreSentimentOnly(labelled);
    expect(Array.from(scored.label)).toEqual(labelled.map((p) => p.chosenLabel));
    expect(withClassifierLabels(c.value, [])).toEqual([]);
  });

  it('refuses a damaged model, saying which part', () => {
    const { json } = flippedModel();
    const cut = feedClassifier({ ...json, linear: { ...json.linear, weights: 'AAAA' } });
    expect(cut.ok ? null : [cut.error.code, cut.error.message]).toEqual([
      'BUNDLE_INVALID',
      expect.stringContaining('linear.weights'),
    ]);
    const classes = feedClassifier({ ...json, classes: ['negative', 'happy'] as never });
    expect(classes.ok ? null : classes.error.code).toBe('BUNDLE_INVALID');
  });
});
