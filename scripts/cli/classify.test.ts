import { describe, expect, it } from 'vitest';
import { labelledPosts } from '../../workers/core/classify/posts.testutil.ts';
import { captureConsole } from './captureConsole.testutil.ts';
import { command } from './classify.ts';
import { tempDir } from './tempDir.testutil.ts';

const temp = tempDir('classify');
const { out, err } = captureConsole();
const CLASS = ['negative', 'neutral', 'positive'];

/** Labelled posts as a CSV: text, label, a split column (every fifth row "test") and an airline. */
function file(n: number, name: string, label: (i: number, y: number) => string): string {
  const { texts, y } = labelledPosts(n, 21, 0.05);
  const lines = ['text,label,split,airline'];
  texts.forEach((t, i) =>
    lines.push(
      `"${t}",${label(i, y[i]!)},${i % 5 === 0 ? 'test' : 'train'},${i % 2 ? 'North' : 'South'}`,
    ),
  );
  return temp.file(name, `${lines.join('\n')}\n`);
}

interface ClassifyJson {
  rows: number;
  labelled: number;
  cv?: { folds: number; accuracy: number; macroF1: number };
  test?: {
    n: number;
    accuracy: number;
    macroF1: number;
    byGroup?: Record<string, { n: number; accuracy: number }>;
  };
  labelling?: { labels: number; audit: number; active: number; batches: number };
  vader: { n: number; accuracy: number; macroF1: number };
  majority: { label: string; accuracy: number };
  shares: {
    labels: Record<string, number>;
    vader: Record<string, number>;
    classifier: Record<string, number>;
    corrected: Record<string, number>;
    ci95: Record<string, [number, number]> | null;
  };
  seconds: number;
}

const json = () => JSON.parse(out.join('\n')) as ClassifyJson;

describe('murmur classify', () => {
  const posts = file(240, 'posts.csv', (_, y) => CLASS[y]!);

  it('cross-validates on every labelled row and beats VADER on complaints without negative words', async () => {
    expect(await command([posts, '--label', 'label', '--folds', '3', '--json'])).toBe(0);
    const r = json();
    expect(r.labelled).toBe(240);
    expect(r.cv!.folds).toBe(3);
    expect(r.cv!.accuracy).toBeGreaterThan(0.85);
    expect(r.cv!.accuracy).toBeGreaterThan(r.vader.accuracy + 0.2);
    expect(r.vader.n).toBe(240);
    // the floor: always answering the most common of the 240 labels
    const [top, share] = Object.entries(r.shares.labels).sort((a, b) => b[1] - a[1])[0]!;
    expect(r.majority.label).toBe(top);
    expect(r.majority.accuracy).toBeCloseTo(share, 4);
    expect(r.cv!.accuracy).toBeGreaterThan(r.majority.accuracy + 0.2);
    // all evaluated rows are labelled: the corrected shares are the counted ones
    expect(r.shares.corrected).toEqual(r.shares.labels);
    expect(Object.keys(r.shares.ci95!)).toEqual(CLASS);
  });

  it('evaluates the rows marked test, by group', async () => {
    expect(
      await command([
        posts,
        '--label',
        'label',
        '--split-column',
        'split',
        '--by',
        'airline',
        '--json',
      ]),
    ).toBe(0);
    const r = json();
    expect(r.cv).toBeUndefined();
    expect(r.test!.n).toBe(48);
    const groups = r.test!.byGroup!;
    expect(Object.keys(groups).sort()).toEqual(['North', 'South']);
    expect(groups.North!.n + groups.South!.n).toBe(48);
    expect(r.test!.accuracy).toBeGreaterThan(0.85);
  });

  it('simulates labelling with a budget: a third drawn at random, shares with intervals for the rest', async () => {
    expect(
      await command([posts, '--label', 'label', '--budget', '60', '--seed', '3', '--json']),
    ).toBe(0);
    const r = json();
    expect(r.labelling!.labels).toBe(60);
    expect(r.labelling!.batches).toBe(3);
    expect(r.labelling!.audit).toBeGreaterThanOrEqual(18);
    expect(r.labelling!.audit).toBeLessThanOrEqual(24);
    expect(r.test!.n).toBe(180);
    expect(r.test!.accuracy).toBeGreaterThan(0.8);
    for (const c of CLASS) {
      const [lo, hi] = r.shares.ci95![c]!;
      expect(lo).toBeLessThanOrEqual(r.shares.corrected[c]!);
      expect(hi).toBeGreaterThanOrEqual(r.shares.corrected[c]!);
      expect(Math.abs(r.shares.corrected[c]! - r.shares.labels[c]!)).toBeLessThan(0.15);
    }
  });

  it('prints a readable summary without --json', async () => {
    expect(await command([posts, '--label', 'label', '--folds', '2'])).toBe(0);
    expect(out.join('\n')).toMatch(/2-fold cross-validation: accuracy 0\.\d{4}/);
    expect(out.join('\n')).toMatch(/VADER on the same posts/);
  });

  it('refuses a label column with one class, and a budget that leaves nothing to evaluate', async () => {
    const one = file(30, 'one.csv', () => 'negative');
    expect(await command([one, '--label', 'label'])).toBe(1);
    expect(err.join('\n')).toMatch(/only one class \(negative\).*\[TOO_FEW_LABELS\]/s);
    err.length = 0;
    const small = file(30, 'small.csv', (_, y) => CLASS[y]!);
    expect(await command([small, '--label', 'label', '--budget', '500'])).toBe(1);
    expect(err.join('\n')).toMatch(/No labelled post is left/);
  });

  it('skips empty label cells and reads many-valued columns through the proposed mapping', async () => {
    const gappy = file(120, 'gappy.csv', (i, y) => (i % 3 === 0 ? '' : CLASS[y]!));
    expect(await command([gappy, '--label', 'label', '--folds', '3', '--json'])).toBe(0);
    expect(json().labelled).toBe(80);
  });

  it('explains usage errors with exit code 2', async () => {
    expect(await command([posts])).toBe(2);
    expect(await command([posts, '--label', 'label', '--folds', '1'])).toBe(2);
    expect(await command([posts, '--label', 'label', '--by', 'airline'])).toBe(2);
  });
});
