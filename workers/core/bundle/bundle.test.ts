import { describe, expect, it } from 'vitest';
import { tableFromRows } from '../csv/tableFromRows.ts';
import { prepareEngagementData } from '../features/engagementData.ts';
import { predict } from '../forest/predict.ts';
import { bundleParts, createAnalysisBundle } from './bundle.ts';
import { engagementBundle, tinyTopics, topicsOnlyBundle } from './bundles.testutil.ts';
import { fingerprintTable } from './fingerprint.ts';
import { loadBundle, loadEngagementBundle } from './loadBundle.ts';

describe('analysis bundles', () => {
  it('round-trips through JSON and predicts exactly as the trained forest', () => {
    const { bundle, expected, posts } = engagementBundle();
    expect(bundle).toMatchObject({
      format: 'murmur-bundle',
      schemaVersion: 3,
      appVersion: '0.1.0',
      createdAt: '1970-01-01T00:00:00.000Z',
      dataset: 'posts.csv',
    });
    const loaded = loadEngagementBundle(JSON.parse(JSON.stringify(bundle)));
    if (!loaded.ok) throw new Error(loaded.error.message);
    const again = prepareEngagementData(posts.table, posts.schema, {
      target: { expression: 'likes', log1p: true },
    });
    if (!again.ok) throw new Error(again.error.message);
    const p = predict(loaded.value.forest, again.value.test.X);
    expect(p.ok && Array.from(p.value)).toEqual(Array.from(expected));
  });

  it('holds any subset of parts: topics alone is a valid bundle', () => {
    const only = topicsOnlyBundle();
    expect(bundleParts(only)).toEqual(['topics']);
    const loaded = loadBundle(JSON.parse(JSON.stringify(only)));
    expect(loaded.ok && loaded.value.parts).toEqual(['topics']);
    const empty = createAnalysisBundle({
      appVersion: '0.1.0',
      dataset: '',
      fingerprint: { rows: 0, columns: [], hash: '0000000000000000' },
      preprocessing: null,
    });
    const r = loadBundle(empty);
    expect(!r.ok && r.error.message).toContain('holds no model');
  });

  it('fingerprints the data: same table same hash, one cell changed another', () => {
    const a = tableFromRows(
      ['a', 'b'],
      [
        ['1', 'x'],
        ['2', 'y'],
      ],
    );
    const b = tableFromRows(
      ['a', 'b'],
      [
        ['1', 'x'],
        ['2', 'z'],
      ],
    );
    expect(fingerprintTable(a)).toEqual(
      fingerprintTable(
        tableFromRows(
          ['a', 'b'],
          [
            ['1', 'x'],
            ['2', 'y'],
          ],
        ),
      ),
    );
    expect(fingerprintTable(a).hash).not.toBe(fingerprintTable(b).hash);
    expect(fingerprintTable(a)).toMatchObject({ rows: 2, columns: ['a', 'b'] });
  });

  it('refuses damaged, foreign and newer bundles with a code', () => {
    const { bundle } = engagementBundle(60, 3);
    const code = (v: unknown) => {
      const r = loadEngagementBundle(v);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code(null)).toBe('BUNDLE_INVALID');
    expect(code({ format: 'something-else' })).toBe('BUNDLE_INVALID');
    expect(code({ ...bundle, schemaVersion: 4 })).toBe('BUNDLE_TOO_NEW');
    expect(
      code({
        ...bundle,
        engagement: {
          ...bundle.engagement,
          nodeMeans: { ...bundle.engagement.nodeMeans, count: 1 },
        },
      }),
    ).toBe('BUNDLE_INVALID');
    expect(
      code({
        ...bundle,
        engagement: {
          ...bundle.engagement,
          features: { ...bundle.engagement.features, names: ['one'] },
        },
      }),
    ).toBe('BUNDLE_MISMATCH');
    expect(code({ ...topicsOnlyBundle(), topics: tinyTopics() })).toBe('BUNDLE_INVALID');
  });
});
