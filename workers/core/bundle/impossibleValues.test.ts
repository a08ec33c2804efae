import { describe, expect, it } from 'vitest';
import type { AnalysisBundle, EngagementPart } from './bundle.ts';
import { fullBundle } from './bundles.testutil.ts';
import { bundleFileText } from './integrity.ts';
import { packFloats, unpackFloats } from './packedArrays.ts';
import { readBundleText } from './readBundleFile.ts';
import { floatsToBase64 } from './typedBase64.ts';

/**
 * The failures a fuzz run of the CLI found (issue 11), each as a file signed after the edit, so
 * the checksum cannot be what refuses it: the parts' own checks must.
 */
const { bundle } = fullBundle(200);
type Edit = (b: AnalysisBundle & { engagement: EngagementPart }) => unknown;

async function answer(edit: Edit): Promise<string> {
  const copy = structuredClone(bundle) as AnalysisBundle & { engagement: EngagementPart };
  const r = await readBundleText(await bundleFileText(edit(copy) ?? copy));
  return r.ok ? 'accepted' : `${r.error.code}: ${r.error.message}`;
}

const preprocessColumns = (b: AnalysisBundle & { engagement: EngagementPart }) =>
  b.engagement.features.preprocess!.columns as unknown as { name: string; levels?: string[] }[];

describe('a signed bundle with an impossible or misaligned part', () => {
  it('is accepted intact, and with a UTF-8 byte-order mark', async () => {
    expect(await answer(() => undefined)).toBe('accepted');
    const r = await readBundleText(`\uFEFF${await bundleFileText(bundle)}`);
    expect(r.ok && r.value.integrity).toBe('verified');
  });

  it('is refused when its preprocessing columns are reversed, naming the feature out of place', async () => {
    expect(
      await answer((b) => {
        preprocessColumns(b).reverse();
      }),
    ).toBe(
      'BUNDLE_MISMATCH: engagement.features.names.15: feature 16 is "log1p_author_followers" in the bundle but "country=IN" in its preprocessing, so the model would read the wrong column.',
    );
  });

  it('is refused when a column’s category levels are reversed, or one is added', async () => {
    const platform = (b: AnalysisBundle & { engagement: EngagementPart }) =>
      preprocessColumns(b).find((c) => c.name === 'platform')!;
    expect(await answer((b) => void platform(b).levels!.reverse())).toMatch(
      /^BUNDLE_MISMATCH: engagement\.features\.names\.16: feature 17 is "platform=Instagram" in the bundle but "platform=TikTok" in its preprocessing/,
    );
    expect(await answer((b) => void platform(b).levels!.push('Mastodon'))).toMatch(
      /^BUNDLE_MISMATCH: engagement\.features\.names\.20: feature 21 is "platform=__other__" in the bundle but "platform=Mastodon"/,
    );
  });

  it('is refused when the forest was trained on other features than the builder makes', async () => {
    expect(
      await answer((b) => {
        const names = b.engagement.forest.featureNames as string[];
        [names[0], names[1]] = [names[1]!, names[0]!];
      }),
    ).toMatch(
      /^BUNDLE_MISMATCH: engagement\.forest\.featureNames\.0: feature 1 is "vader_pos" in the forest but "vader_compound" in the feature builder/,
    );
  });

  it('is refused when a leaf is ±1e308 or outside the training target’s range', async () => {
    const leaf = (value: number) => (b: AnalysisBundle & { engagement: EngagementPart }) => {
      const values = unpackFloats(b.engagement.forest.leafValue) as Float64Array;
      values[3] = value;
      (b.engagement.forest as { leafValue: unknown }).leafValue = packFloats(values);
    };
    const range = bundle.engagement!.targetRange!.learned;
    expect(await answer(leaf(1e308))).toMatch(
      /^BUNDLE_INVALID: engagement\.forest\.leafValue: entry 3 is 1e\+308|^BUNDLE_INVALID: engagement\.forest\.leafValue: entry 3 is 100,000,000/,
    );
    expect(await answer(leaf(-1e308))).toContain('engagement.forest.leafValue: entry 3');
    expect(await answer(leaf(range.max + 1))).toContain('not inside the training target’s range');
  });

  it('is refused when target.log1p is flipped (its predictions would be expm1 of log counts, or Infinity)', async () => {
    expect(
      await answer((b) => void ((b.engagement.target as { log1p: boolean }).log1p = false)),
    ).toMatch(
      /^BUNDLE_MISMATCH: engagement\.targetRange: .* so target\.log1p does not describe this model\.$/,
    );
  });

  it('is refused as a one-class "classifier" whose probabilities are not shares', async () => {
    expect(
      await answer((b) => {
        Object.assign(b.engagement, { task: 'classification' });
        Object.assign(b.engagement.forest, { kind: 'classification', classes: ['1'], nOutputs: 1 });
      }),
    ).toMatch(
      /^BUNDLE_INVALID: engagement\.forest\.classes: an engagement classifier predicts classes 0 and 1/,
    );
  });

  it('is refused when a node mean is NaN (the "what pushed it" view would show NaN)', async () => {
    expect(
      await answer((b) => {
        const roots = new Float32Array(b.engagement.forest.nTrees).fill(NaN);
        Object.assign(b.engagement.nodeMeans, { roots: floatsToBase64(roots) });
      }),
    ).toMatch(/^BUNDLE_INVALID: engagement\.nodeMeans: split node \d+ has mean NaN/);
  });

  it('is refused when a time fill is off the calendar or missing (it used to become 0)', async () => {
    const fill =
      (part: string, v: number | undefined) =>
      (b: AnalysisBundle & { engagement: EngagementPart }) => {
        const timeFill = b.engagement.features.timeFill as Record<string, number | undefined>;
        if (v === undefined) Reflect.deleteProperty(timeFill, part);
        else timeFill[part] = v;
      };
    expect(await answer(fill('month', 0))).toBe(
      'BUNDLE_INVALID: engagement.features.timeFill.month: 0 is not a month (1 to 12).',
    );
    expect(await answer(fill('hour', -1))).toBe(
      'BUNDLE_INVALID: engagement.features.timeFill.hour: -1 is not a hour (0 to 23).',
    );
    expect(await answer(fill('day_of_week', 7))).toContain('(0 to 6)');
    expect(await answer(fill('year', undefined))).toBe(
      'BUNDLE_INVALID: engagement.features.timeFill.year: missing; a post with no readable time needs it (1 to 9999).',
    );
  });

  it('is refused, not a RangeError, when nTrees is 1e10', async () => {
    expect(await answer((b) => void Object.assign(b.engagement.forest, { nTrees: 1e10 }))).toMatch(
      /^BUNDLE_INVALID: engagement\.forest\.shape: 10,000,000,000 trees cannot fit in [\d,]+ nodes/,
    );
  });

  it('is refused with an idf below 1, a topic centre longer than 1, or a min-max scaler with min > max', async () => {
    expect(await answer((b) => void ((b.topics!.model.tfidf.idf as number[])[0] = 0.5))).toMatch(
      /^BUNDLE_INVALID: .*topics\.model\.tfidf\.idf\.0: .*>=1/,
    );
    expect(
      await answer((b) => {
        const c = b.topics!.model.centroids.centroids[0]!;
        (c.values as number[])[0] = 2;
      }),
    ).toMatch(
      /^BUNDLE_INVALID: topics\.model\.centroids\.centroids\.0: its length is [\d.]+, but a centre of TF-IDF rows is at most 1 long$/,
    );
    expect(
      await answer((b) => {
        const c = preprocessColumns(b).find((x) => x.name === 'author_followers') as unknown as {
          scaler: unknown;
        };
        c.scaler = { method: 'minmax', min: 5, max: 1 };
      }),
    ).toMatch(/^BUNDLE_INVALID: .*min must not exceed max/);
  });
});
