import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureConsole } from './captureConsole.testutil.ts';
import { tempDir } from './tempDir.testutil.ts';
import { loadEngagementBundle } from '../../workers/core/bundle/loadBundle.ts';
import { generatePosts, POST_HEADER } from '../../workers/core/features/posts.testutil.ts';
import { copiedPostsCsv } from '../gen/copiedPosts.ts';
import { command } from './train.ts';

const { dir } = tempDir('train');

/** Generated posts (likes follow followers, platform and hour) as a CSV file. */
function postsFile(n: number, name = 'posts.csv'): string {
  const { table } = generatePosts(n, 11);
  const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const lines = [
    POST_HEADER.join(','),
    ...Array.from({ length: table.rowCount }, (_, r) =>
      table.columns.map((col) => quote(col[r]!)).join(','),
    ),
  ];
  const p = path.join(dir, name);
  writeFileSync(p, `${lines.join('\n')}\n`);
  return p;
}

const { out, err } = captureConsole();

interface TrainJson {
  target: string;
  split: { kind: string; overlap: number };
  features: string[];
  bestParams: Record<string, unknown>;
  grid: { params: Record<string, unknown>; meanScore: number; stdScore: number }[];
  test: { mse: number; mae: number; r2: number };
  baseline: { mse: number; mae: number; r2: number };
  raw?: { test: { mse: number }; baseline: { mse: number } };
  seconds: number;
}

describe('murmur train', () => {
  const file = postsFile(300);

  it('searches the quick grid and beats the mean baseline on the test posts, as JSON', async () => {
    expect(
      await command([
        file,
        '--target',
        'likes',
        '--log1p',
        '--grid',
        'quick',
        '--folds',
        '3',
        '--json',
      ]),
    ).toBe(0);
    const r = JSON.parse(out.join('\n')) as TrainJson;
    expect(r.target).toBe('log1p(likes)');
    expect(r.grid).toHaveLength(4);
    expect(r.grid.map((g) => g.params)).toContainEqual(r.bestParams);
    expect(r.features).toContain('log1p_author_followers');
    expect(r.features.some((f) => /^(likes|shares|comments)/.test(f))).toBe(false);
    expect(r.test.mse).toBeLessThan(r.baseline.mse);
    expect(r.test.r2).toBeGreaterThan(0.2);
    expect(r.raw?.test.mse).toBeGreaterThan(0);
    const best = r.grid.reduce((a, b) => (b.meanScore > a.meanScore ? b : a));
    expect(best.params).toEqual(r.bestParams);
    expect(err).toEqual([]);
  });

  it('saves a bundle that loads and predicts, and leaves nothing half-written on failure', async () => {
    const bundle = path.join(dir, 'model.json');
    expect(
      await command([
        file,
        '--target',
        'likes + 2 * shares',
        '--grid',
        'quick',
        '--folds',
        '3',
        '--save',
        bundle,
      ]),
    ).toBe(0);
    expect(out.join('\n')).toContain('saved the model bundle');
    const loaded = loadEngagementBundle(JSON.parse(readFileSync(bundle, 'utf8')));
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.bundle.engagement.target.expression).toBe('likes + 2 * shares');
    expect(loaded.value.bundle.fingerprint.rows).toBe(300);

    const refused = path.join(dir, 'refused.json');
    expect(
      await command([file, '--target', 'likes', '--features', 'shares', '--save', refused]),
    ).toBe(1);
    expect(existsSync(refused)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses an engagement count as a feature, explaining why', async () => {
    expect(
      await command([
        file,
        '--target',
        'likes',
        '--features',
        'author_followers,retweets_like_col',
      ]),
    ).toBe(1);
    expect(err.join('\n')).toContain('no column "retweets_like_col"');
    err.length = 0;
    expect(await command([file, '--target', 'likes', '--features', 'comments'])).toBe(1);
    expect(err.join('\n')).toMatch(
      /engagement count .*only known after a post is published.*\[LEAKY_FEATURE\]/s,
    );
  });

  it('says clearly what is wrong with the target or the data', async () => {
    expect(await command([file, '--target', 'text'])).toBe(1);
    expect(err.join('\n')).toContain('[TARGET_NOT_NUMERIC]');
    const tiny = path.join(dir, 'tiny.csv');
    writeFileSync(tiny, 'text,likes\na,1\nb,2\nc,3\n');
    expect(await command([tiny, '--target', 'likes'])).toBe(1);
    expect(err.join('\n')).toContain('[TOO_FEW_ROWS]');
    const flat = path.join(dir, 'flat.csv');
    writeFileSync(
      flat,
      `text,likes\n${Array.from({ length: 20 }, (_, i) => `post ${i},7`).join('\n')}\n`,
    );
    expect(await command([flat, '--target', 'likes'])).toBe(1);
    expect(err.join('\n')).toContain('[TARGET_CONSTANT]');
  });

  it('answers bad arguments with usage and exit code 2', async () => {
    expect(await command([])).toBe(2);
    expect(await command([file])).toBe(2);
    expect(await command([file, '--target', 'likes', '--grid', 'huge'])).toBe(2);
    expect(await command([file, '--target', 'likes', '--folds', '1'])).toBe(2);
    expect(err.join('\n')).toContain('usage:');
  });

  it('predicts "above the median" with --task classification', async () => {
    expect(
      await command([
        file,
        '--target',
        'likes',
        '--task',
        'classification',
        '--grid',
        'quick',
        '--folds',
        '3',
        '--json',
      ]),
    ).toBe(0);
    const r = JSON.parse(out.join('\n')) as {
      test: { accuracy: number; rocAuc: number };
      baseline: { accuracy: number };
    };
    expect(r.test.accuracy).toBeGreaterThan(r.baseline.accuracy);
    expect(r.test.rocAuc).toBeGreaterThan(0.7);
  });

  describe('on an export where 559 of 661 rows copy an earlier row', () => {
    const copies = path.join(dir, 'copies.csv');
    writeFileSync(copies, copiedPostsCsv({ seed: 1 }));
    const train = async (...extra: string[]) => {
      out.length = 0;
      const args = [copies, '--target', 'likes', '--log1p', '--grid', 'quick', '--folds', '3'];
      expect(await command([...args, '--json', ...extra])).toBe(0);
      return JSON.parse(out.join('\n')) as TrainJson;
    };

    it('looks excellent with a random split, because the test posts are copies of training posts', async () => {
      const r = await train('--split', 'random');
      expect(r.split.kind).toBe('random');
      expect(r.split.overlap).toBeGreaterThan(120);
      expect(r.test.r2).toBeGreaterThan(0.9);
    });

    it('drops to an honest score when copies are held out together (the default)', async () => {
      const r = await train();
      expect(r.split).toEqual({ kind: 'grouped', overlap: 0 });
      expect(r.test.r2).toBeLessThan(0.3);
    });

    it('tests on the latest posts with --split time', async () => {
      const r = await train('--split', 'time');
      expect(r.split).toEqual({ kind: 'time', overlap: 0 });
      expect(r.test.r2).toBeLessThan(0.3);
    });
  });
});
