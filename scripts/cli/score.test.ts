import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { oneSplitBundle, tinyTopics } from '../../workers/core/bundle/bundles.testutil.ts';
import { bundleFileText } from '../../workers/core/bundle/integrity.ts';
import { loadBundle } from '../../workers/core/bundle/loadBundle.ts';
import { scoreSource } from '../../workers/core/bundle/scoreSource.ts';
import { REFERENCE_READING_NOTE } from '../../workers/core/bundle/scoreTable.ts';
import { captureConsole } from './captureConsole.testutil.ts';
import { tempDir } from './tempDir.testutil.ts';
import { nodeByteSource } from './readTable.ts';
import { command } from './score.ts';
import { DEFAULT_BUNDLE, SAMPLE, makeDefaultBundle } from '../make-default-bundle.ts';

const { dir } = tempDir('score');
const SHARED = process.env.MURMUR_SHARED ?? path.resolve(import.meta.dirname, '../../../shared');
const DATA = path.join(SHARED, 'data', 'sentimentdataset.csv');
const VADER_REFERENCE = path.join(
  SHARED,
  'reference',
  'vader',
  'vader_sentimentdataset_scores.csv',
);
const referenceAvailable = existsSync(DATA) && existsSync(VADER_REFERENCE);
if (!referenceAvailable)
  console.warn(`score.test.ts: skipped --reference against ${VADER_REFERENCE} (set MURMUR_SHARED)`);

const readCsv = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;

function write(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

const bundle = { ...oneSplitBundle(), topics: tinyTopics() };
const bundleFile = write('bundle.json', await bundleFileText(bundle));
const postsFile = write(
  'posts.csv',
  'text,hashtags,author_followers\n"VADER is smart, handsome, and funny.",#dog,150\n=1+1,,\nawful day,#cat #cat,1\n',
);

const { out, err } = captureConsole();

describe('murmur score', () => {
  it('writes exactly the bytes the app’s batch scoring makes from the same bundle and file', async () => {
    const target = path.join(dir, 'scored.csv');
    expect(await command([bundleFile, postsFile, '--out', target])).toBe(0);
    const { integrity: _checksum, ...content } = JSON.parse(readFileSync(bundleFile, 'utf8')) as {
      integrity: unknown;
    };
    const loaded = loadBundle(content);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const source = nodeByteSource(postsFile);
    const inApp = await scoreSource(loaded.value, source);
    source.close();
    if (!inApp.ok) throw new Error(inApp.error.message);
    expect(readFileSync(target, 'utf8')).toBe(inApp.value.parts.join(''));
    const rows = readFileSync(target, 'utf8').trimEnd().split('\n');
    expect(rows).toHaveLength(4);
    expect(rows[2]!.startsWith("'=1+1,")).toBe(true);
    expect(err.join('\n')).toContain('3 posts scored (sentiment, topics, engagement)');
  });

  it.skipIf(!referenceAvailable)(
    'scores exactly as vaderSentiment 3.3.2 on the raw text with --reference (sentimentdataset.csv)',
    async () => {
      const target = path.join(dir, 'sd-reference.csv');
      expect(await command([DEFAULT_BUNDLE, DATA, '--reference', '--json', '--out', target])).toBe(
        0,
      );
      const ours = readCsv(target);
      const reference = readCsv(VADER_REFERENCE);
      expect(ours).toHaveLength(reference.length);
      const cells = (r: Record<string, string>, names: string[]) => names.map((n) => Number(r[n]));
      expect(
        ours.map((r) =>
          cells(r, ['sentiment_neg', 'sentiment_neu', 'sentiment_pos', 'sentiment_compound']),
        ),
      ).toEqual(reference.map((r) => cells(r, ['neg', 'neu', 'pos', 'compound'])));
      // the summary says how the text was read, so shards scored both ways never aggregate
      expect((JSON.parse(out.join('\n')) as { notes: string[] }).notes).toContain(
        REFERENCE_READING_NOTE,
      );
      // without the flag, handles and links are set aside: some rows read differently
      const social = path.join(dir, 'sd-social.csv');
      expect(await command([DEFAULT_BUNDLE, DATA, '--out', social])).toBe(0);
      const changed = readCsv(social).filter(
        (r, i) => Number(r.sentiment_compound) !== Number(reference[i]!.compound),
      );
      expect(changed.length).toBeGreaterThan(0);
    },
  );

  it('scores sentiment with handles set aside, as the app does by default', async () => {
    const tweets = write('tweets.csv', 'text\n@united flight 1234 to Denver is boarding now\n');
    expect(await command([bundleFile, tweets, '--json'])).toBe(0);
    // raw VADER would read "@united" as the positive word "united"
    expect((JSON.parse(out.join('\n')) as { sentiment: object }).sentiment).toEqual({
      negative: 0,
      neutral: 1,
      positive: 0,
    });
  });

  it('prints counts per label and cluster and the mean prediction as JSON', async () => {
    expect(await command([bundleFile, postsFile, '--json'])).toBe(0);
    const s = JSON.parse(out.join('\n')) as {
      rows: number;
      sentiment: Record<string, number>;
      clusters: { counts: number[]; none: number };
      meanEngagement: number;
      seconds: number;
    };
    expect(s.rows).toBe(3);
    // "awful day" is negative, "=1+1" neutral, the README example positive
    expect(s.sentiment).toEqual({ negative: 1, neutral: 1, positive: 1 });
    expect(s.clusters).toEqual({ counts: [1, 1], none: 1 });
    // 150 followers → 9 likes; the missing count and 1 follower → 0
    expect(s.meanEngagement).toBeCloseTo(3, 9);
    expect(s.seconds).toBeGreaterThan(0);
  });

  it('refuses a truncated, foreign, newer, changed or damaged bundle with the reason on stderr', async () => {
    const text = await bundleFileText(bundle);
    const cases: [string, string][] = [
      [text.replace('"likes"', '"shares"'), 'changed or damaged after it was exported'],
      [JSON.stringify(bundle), 'has no checksum'],
      [text.slice(0, text.length / 2), 'ends too early'],
      [
        JSON.stringify({ name: 'my-app', version: '1.0.0', dependencies: {} }),
        'the "format" field is missing',
      ],
      [JSON.stringify({ ...bundle, schemaVersion: 9 }), 'BUNDLE_TOO_NEW'],
      [
        // signed after the edit: the parts themselves must refuse it
        await bundleFileText({
          ...bundle,
          engagement: {
            ...bundle.engagement,
            forest: { ...bundle.engagement.forest, splits: bundle.engagement.forest.splits + 1 },
          },
        }),
        'engagement.forest.shape: expected 4 entries, found 3',
      ],
      [text.replace('"topics":{', '"topics":{"__proto__":{"polluted":true},'), 'topics.__proto__'],
    ];
    for (const [content, reason] of cases) {
      err.length = 0;
      expect(await command([write('bad.json', content), postsFile])).toBe(1);
      expect(err.join('\n')).toContain(reason);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('explains a missing file and wrong usage', async () => {
    expect(await command([path.join(dir, 'nope.json'), postsFile])).toBe(1);
    expect(err.join('\n')).toContain('no such file');
    expect(await command([bundleFile])).toBe(2);
  });

  it('uses the committed default bundle, which the script rebuilds byte for byte, on the sample posts', async () => {
    const made = await makeDefaultBundle();
    if (!made.ok) throw new Error(made.error.message);
    expect(await bundleFileText(made.value)).toBe(readFileSync(DEFAULT_BUNDLE, 'utf8'));
    expect(await command([DEFAULT_BUNDLE, SAMPLE, '--json'])).toBe(0);
    const s = JSON.parse(out.join('\n')) as {
      rows: number;
      parts: string[];
      sentiment: Record<string, number>;
      clusters: { counts: number[]; none: number };
      meanEngagement: number;
    };
    expect(s.rows).toBe(5000);
    expect(s.parts).toEqual(['sentiment', 'topics', 'engagement']);
    expect(s.sentiment.negative + s.sentiment.neutral + s.sentiment.positive).toBe(5000);
    expect(s.clusters.counts.reduce((a, b) => a + b, 0) + s.clusters.none).toBe(5000);
    expect(s.meanEngagement).toBeGreaterThan(0);
  });
});
