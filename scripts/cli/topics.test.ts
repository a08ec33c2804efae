import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureConsole } from './captureConsole.testutil.ts';
import { tempDir } from './tempDir.testutil.ts';
import { command } from './topics.ts';

const SHARED =
  process.env.MURMUR_SHARED ?? fileURLToPath(new URL('../../../shared', import.meta.url));
const TWEETS = path.join(SHARED, 'data', 'vaccination_tweets.csv');
const REFERENCE = path.join(SHARED, 'reference', 'sklearn', 'kmeans_vaccination.json');
const available = existsSync(TWEETS) && existsSync(REFERENCE);
if (!available)
  console.warn(
    `skipped: murmur topics on vaccination_tweets.csv against kmeans_vaccination.json (not found under ${SHARED}; set MURMUR_SHARED)`,
  );

const { dir, file } = tempDir('topics');

const { out, err } = captureConsole();

interface TopicsJson {
  documents: number;
  vocabulary: number;
  perK: {
    k: number;
    inertia: number;
    silhouetteCosine: number | null;
    silhouetteEuclidean: number | null;
  }[];
  recommendedK: number;
  kAtEdge: 'low' | 'high' | null;
  largestShare: number;
  clusters: { size: number; label: string; mixed: boolean; top: string[] }[];
  languages?: Record<string, number>;
  notes: string[];
  seconds: number;
}

/** Three topics of six posts, one post without hashtags (row 3). */
function posts(): string {
  const tags = ['#vaccine #pfizer', '#beach #sun', '#rust #code'];
  const rows = ['text,hashtags'];
  for (let i = 0; i < 18; i++) {
    rows.push(`Post number ${i} talks about things at some length,${tags[i % 3]} #own${i}`);
    if (i === 2) rows.push('A post without any tag at all in it,');
  }
  return rows.join('\n') + '\n';
}

describe('murmur topics', () => {
  it('prints documents, vocabulary, the sweep, the recommended k and the clusters with --json', async () => {
    const labels = path.join(dir, 'labels.csv');
    expect(
      await command([file('posts.csv', posts()), '--k', '2..5', '--json', '--out', labels]),
    ).toBe(0);
    expect(err).toEqual([]);
    const json = JSON.parse(out.join('\n')) as TopicsJson;
    expect(Object.keys(json)).toEqual([
      'documents',
      'vocabulary',
      'perK',
      'recommendedK',
      'kAtEdge',
      'largestShare',
      'clusters',
      'notes',
      'seconds',
    ]);
    // 18 posts with tags; 6 topic tags + 18 own tags
    expect(json).toMatchObject({ documents: 18, vocabulary: 24, recommendedK: 3 });
    expect(json.perK.map((p) => p.k)).toEqual([2, 3, 4, 5]);
    expect(Object.keys(json.perK[0]!)).toEqual([
      'k',
      'inertia',
      'silhouetteCosine',
      'silhouetteEuclidean',
    ]);
    expect(json.clusters.map((c) => c.size)).toEqual([6, 6, 6]);
    expect(json.clusters.map((c) => c.top.slice(0, 2).sort().join(' ')).sort()).toEqual([
      'beach sun',
      'code rust',
      'pfizer vaccine',
    ]);
    const written = readFileSync(labels, 'utf8').trim().split('\n');
    expect(written[0]).toBe('row,cluster');
    expect(written).toHaveLength(20);
    // row 3 is the post without tags; rows 0 and 4 are both "#vaccine #pfizer" posts
    expect(written[4]).toBe('3,-1');
    expect(written[1]!.split(',')[1]).toBe(written[5]!.split(',')[1]);
  });

  it('prints a readable summary without --json, and fits one k with --k N', async () => {
    expect(await command([file('posts2.csv', posts()), '--k', '4'])).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('18 of 19 posts have terms (hashtags column "hashtags")');
    expect(text).toContain('k = 4 (as asked)');
  });

  it('without hashtags: says that --text-terms exists, and --text-terms works', async () => {
    const rows = [
      'text',
      ...Array.from(
        { length: 12 },
        (_, i) =>
          [
            'Vaccine clinic opens early with booster shots today',
            'Beach weather brings surfing and sunshine again',
            'Rust compiler release fixes another borrow bug',
          ][i % 3]!,
      ),
    ];
    const p = file('plain.csv', rows.join('\n') + '\n');
    expect(await command([p, '--json'])).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(
      /None of the 12 posts has a hashtag.*\n.*--text-terms.*\[NO_HASHTAGS\]/,
    );
    err.length = 0;
    expect(await command([p, '--text-terms', '--k', '2..4', '--json'])).toBe(0);
    const json = JSON.parse(out.join('\n')) as TopicsJson;
    expect(json).toMatchObject({ documents: 12, recommendedK: 3, kAtEdge: null });
    expect(json.clusters.map((c) => c.size)).toEqual([4, 4, 4]);
    // named by distinctive words ("today", "again", "another" are general words, never names)
    expect(json.clusters.map((c) => c.label).sort()).toEqual([
      'beach · brings · sunshine',
      'booster · clinic · early',
      'borrow · bug · compiler',
    ]);
    expect(json.clusters.every((c) => c.mixed === false)).toBe(true);
  });

  it('--text-terms drops each post’s own language’s stop words (German and English posts)', async () => {
    const german = [
      'Der Zug nach Berlin hat wieder eine Stunde Verspätung und die Bahn sagt nichts dazu',
      'Die Bahn hat den Zug nach München gestrichen und wir warten am Gleis auf den nächsten',
      'Das Essen im Restaurant war sehr lecker und der Kellner war freundlich zu uns allen',
      'Im Restaurant gab es ein wunderbares Essen und die Kellnerin war sehr aufmerksam',
    ];
    const english = [
      'The flight to Denver was delayed again and the airline told us nothing about it',
      'Our flight to Chicago was cancelled and we are waiting at the gate for the next one',
    ];
    const rows = [
      'text',
      ...Array.from({ length: 30 }, (_, i) => `"${[...german, ...english][i % 6]!}"`),
    ];
    expect(
      await command([file('mixed.csv', rows.join('\n') + '\n'), '--text-terms', '--json']),
    ).toBe(0);
    const json = JSON.parse(out.join('\n')) as TopicsJson;
    expect(json.languages).toEqual({ de: 20, en: 10 });
    const terms = json.clusters.flatMap((c) => c.top);
    expect(terms).toEqual(expect.arrayContaining(['bahn', 'restaurant', 'flight']));
    for (const stop of ['der', 'die', 'und', 'das', 'den', 'hat', 'war', 'the', 'and', 'to'])
      expect(terms).not.toContain(stop);
  });

  it.each([
    ['1..3', /--k must be/],
    ['5..3', /--k must be/],
    ['two', /--k must be/],
  ])('refuses --k %s on stderr with exit code 2', async (k, says) => {
    expect(await command([file('bad-k.csv', posts()), '--k', k])).toBe(2);
    expect(err.join('\n')).toMatch(says);
    expect(out).toEqual([]);
  });

  it('fails with exit code 1 on a missing file and on a single distinct hashtag', async () => {
    expect(await command([path.join(dir, 'nope.csv')])).toBe(1);
    expect(err.join('\n')).toContain('[FILE_UNREADABLE]');
    err.length = 0;
    const same = [
      'text,hashtags',
      ...Array.from({ length: 5 }, (_, i) => `Another post about the same thing ${i},#Vaccine`),
    ].join('\n');
    expect(await command([file('same.csv', same)])).toBe(1);
    expect(err.join('\n')).toMatch(/same hashtags.*\n.*\[TOO_FEW_DOCUMENTS\]/);
  });

  it.skipIf(!available)(
    'vaccination_tweets.csv: the reference documents and vocabulary, and its sweep within the parity bounds',
    async () => {
      const ref = JSON.parse(readFileSync(REFERENCE, 'utf8')) as {
        n_docs_with_hashtags: number;
        vocab_size: number;
        best_k_by_silhouette_cosine: number;
        per_k: {
          k: number;
          inertia: number;
          silhouette_cosine: number;
          silhouette_euclidean: number;
        }[];
      };
      expect(await command([TWEETS, '--json'])).toBe(0);
      const json = JSON.parse(out.join('\n')) as TopicsJson;
      expect(json.documents).toBe(ref.n_docs_with_hashtags);
      expect(json.vocabulary).toBe(ref.vocab_size);
      expect(json.recommendedK).toBe(ref.best_k_by_silhouette_cosine);
      // the bounds of workers/core/cluster/sklearnReference.test.ts
      for (const r of ref.per_k) {
        const ours = json.perK.find((p) => p.k === r.k)!;
        expect(ours.inertia, `inertia at k=${r.k}`).toBeLessThanOrEqual(r.inertia * 1.02);
        expect(
          Math.abs(ours.silhouetteCosine! - r.silhouette_cosine),
          `cosine silhouette at k=${r.k}`,
        ).toBeLessThanOrEqual(0.02);
        expect(
          Math.abs(ours.silhouetteEuclidean! - r.silhouette_euclidean),
          `euclidean silhouette at k=${r.k}`,
        ).toBeLessThanOrEqual(0.02);
      }
    },
  );
});
