import { describe, expect, it } from 'vitest';
import type { AnalysisBundle } from './bundle.ts';
import { labelledPosts } from '../classify/posts.testutil.ts';
import { fullBundle, tinyTopics, topicsOnlyBundle } from './bundles.testutil.ts';
import { trainedLinearClassifier } from './linearClassifier.testutil.ts';
import { loadBundle } from './loadBundle.ts';
import { checkBundleSize, parseBundleJson } from './safeJson.ts';
import type { NetworkClassifierModel } from './sentimentClassifier.ts';
import { floatsToBase64 } from './typedBase64.ts';

function refusal(value: unknown): string {
  const r = loadBundle(value);
  return r.ok ? 'accepted' : `${r.error.code}: ${r.error.message}`;
}

describe('loading untrusted bundles', () => {
  const { bundle } = fullBundle(200);
  const clone = (): AnalysisBundle => JSON.parse(JSON.stringify(bundle)) as AnalysisBundle;

  it('accepts what it exported', () => {
    expect(refusal(clone())).toBe('accepted');
  });

  it('refuses a truncated file and another app’s JSON', () => {
    const text = JSON.stringify(bundle);
    const cut = parseBundleJson(text.slice(0, 5000));
    expect(!cut.ok && cut.error.message).toContain('ends too early');
    expect(refusal({ name: 'some-app', version: '1.0.0' })).toBe(
      'BUNDLE_INVALID: This is not a Murmur bundle: the "format" field is missing, not "murmur-bundle" (is this another app\'s JSON?).',
    );
    expect(refusal([1, 2])).toContain('it is a JSON array');
  });

  it('refuses a newer schema version', () => {
    expect(refusal({ ...clone(), schemaVersion: 4 })).toBe(
      'BUNDLE_TOO_NEW: This bundle uses schema version 4; this Murmur reads versions 1 to 3.',
    );
  });

  it('names the path and both lengths when an array does not match its declared shape', () => {
    const b = clone();
    const centroids = b.topics!.model.centroids;
    expect(
      refusal({
        ...b,
        topics: {
          ...b.topics!,
          model: { ...b.topics!.model, centroids: { ...centroids, cols: centroids.cols - 1 } },
        },
      }),
    ).toBe(
      `BUNDLE_INVALID: topics.model.centroids.cols: expected ${centroids.cols} (the vocabulary size), found ${centroids.cols - 1}`,
    );
    const c = b.sentiment!.classifier! as NetworkClassifierModel;
    const layer = c.layers[1]!;
    const shortKernel = {
      ...layer,
      kernel: floatsToBase64(new Float32Array(layer.inputs * layer.units - 1)),
    };
    expect(
      refusal({
        ...b,
        sentiment: { ...b.sentiment!, classifier: { ...c, layers: [c.layers[0]!, shortKernel] } },
      }),
    ).toBe(
      'BUNDLE_INVALID: sentiment.classifier.layers.1.kernel: expected 24 entries (8 inputs × 3 units), found 23',
    );
    const e = b.engagement!;
    expect(
      refusal({
        ...b,
        engagement: {
          ...e,
          forest: { ...e.forest, split: { ...e.forest.split, count: e.forest.splits - 1 } },
        },
      }),
    ).toMatch(/^BUNDLE_INVALID: engagement\.forest\.split: /);
    expect(
      refusal({
        ...b,
        engagement: { ...e, features: { ...e.features, names: e.features.names.slice(1) } },
      }),
    ).toMatch(
      /^BUNDLE_MISMATCH: engagement\.forest\.nFeatures: the forest reads \d+ features but the feature builder makes \d+\.$/,
    );
  });

  it('refuses out-of-range numbers with their path', () => {
    const b = clone();
    expect(
      refusal({ ...b, sentiment: { ...b.sentiment!, thresholds: { positive: 2, negative: 0 } } }),
    ).toMatch(/sentiment\.thresholds\.positive: Too big/);
    expect(
      refusal({
        ...b,
        topics: {
          ...b.topics!,
          model: {
            ...b.topics!.model,
            tfidf: { ...b.topics!.model.tfidf, idf: b.topics!.model.tfidf.idf.map(() => -1) },
          },
        },
      }),
    ).toMatch(/topics\.model\.tfidf\.idf\.0: Too small/);
  });

  it('refuses __proto__, constructor and prototype keys anywhere, wherever they come from', () => {
    const text = JSON.stringify(topicsOnlyBundle()).replace(
      '"topics":{',
      '"topics":{"__proto__":{"isAdmin":true},',
    );
    const parsed = parseBundleJson(text);
    expect(!parsed.ok && parsed.error.message).toBe(
      'topics.__proto__: the key "__proto__" is not allowed in a bundle.',
    );
    const object = {
      ...topicsOnlyBundle(),
      topics: { ...tinyTopics(), settings: { constructor: { prototype: {} } } },
    };
    expect(refusal(object)).toBe(
      'BUNDLE_INVALID: topics.settings.constructor: the key "constructor" is not allowed in a bundle.',
    );
    expect(({} as { isAdmin?: boolean }).isAdmin).toBeUndefined();
  });

  it('refuses a file over the size limit before reading it', () => {
    const r = checkBundleSize(1024 ** 3);
    expect(!r.ok && r.error).toMatchObject({
      code: 'BUNDLE_TOO_LARGE',
      message: 'The file is 1,024 MB; a Murmur bundle is at most 200 MB.',
    });
    expect(checkBundleSize(5_000_000).ok).toBe(true);
  });
});

describe('a bundle with the word-pattern classifier', () => {
  const { bundle } = fullBundle(200);
  const { texts, y } = labelledPosts(120, 6);
  const { json: linear } = trainedLinearClassifier(texts, y);
  const withClassifier = (classifier: unknown): unknown =>
    JSON.parse(JSON.stringify({ ...bundle, sentiment: { ...bundle.sentiment!, classifier } }));

  it('loads it and predicts with it', () => {
    const r = loadBundle(withClassifier(linear));
    if (!r.ok) throw new Error(r.error.message);
    const ready = r.value.sentiment!.classifier!;
    expect(ready.model.kind).toBe('murmur.sentiment-linear');
    const p = ready.probabilities(['@airline the refund never arrived after 3 weeks']);
    expect(p[0]!).toBeGreaterThan(Math.max(p[1]!, p[2]!));
  });

  it('refuses its corruption with the path at fault', () => {
    expect(
      refusal(
        withClassifier({
          ...linear,
          linear: { ...linear.linear, weights: floatsToBase64(new Float32Array(6)) },
        }),
      ),
    ).toMatch(/^BUNDLE_INVALID: sentiment\.classifier\.linear\.weights: expected [\d,]+ entries/);
    expect(
      refusal(withClassifier({ ...linear, linear: { ...linear.linear, loss: 'hinge' } })),
    ).toBe(
      'BUNDLE_INVALID: This bundle is damaged: sentiment.classifier.linear.loss: Invalid option: expected one of "logistic"|"squared-hinge".',
    );
  });
});
