import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { captureConsole } from './captureConsole.testutil.ts';
import { tempDir } from './tempDir.testutil.ts';
import { command, parseMapOption } from './sentiment.ts';

const SHARED =
  process.env.MURMUR_SHARED ?? fileURLToPath(new URL('../../../shared', import.meta.url));
const DATA = path.join(SHARED, 'data', 'sentimentdataset.csv');
const REFERENCE = path.join(SHARED, 'reference', 'vader', 'vader_sentimentdataset_scores.csv');
const SKLEARN = path.join(SHARED, 'reference', 'sklearn', 'clf_sentimentdataset.json');
const available = existsSync(DATA) && existsSync(REFERENCE) && existsSync(SKLEARN);
if (!available)
  console.warn(
    `skipped: murmur sentiment on sentimentdataset.csv against the references (no ${SHARED}; set MURMUR_SHARED)`,
  );

const { dir, file } = tempDir('sentiment');

const { out, err } = captureConsole();

interface SentimentJson {
  rows: number;
  mode: 'social' | 'reference';
  counts: { positive: number; neutral: number; negative: number };
  seconds: number;
  textsPerSecond: number | null;
  evaluation?: {
    n: number;
    excluded: number;
    accuracy: number;
    macroF1: number;
    confusion: number[][];
    labels: string[];
    mapping: Record<string, string>;
    perClass: { label: string; f1: number }[];
  };
}

const readCsv = (p: string) =>
  Papa.parse<Record<string, string>>(readFileSync(p, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });

describe('murmur sentiment', () => {
  const posts = file(
    'posts.csv',
    [
      'id,text,mood',
      '1,good,Happy',
      '2,not good,Sad',
      '3,,Neutral',
      '4,"The meeting is at noon, room 4",Neutral',
      '5,I hate it,Joy',
    ].join('\n') + '\n',
  );

  it('writes one row per input row, in order, with the four scores and the label', async () => {
    const target = path.join(dir, 'scores.csv');
    expect(await command([posts, '--out', target])).toBe(0);
    const csv = readCsv(target);
    expect(csv.meta.fields).toEqual(['row', 'neg', 'neu', 'pos', 'compound', 'label', 'language']);
    // good: +1.9 → 0.4404 (all positive); not good: 1.9 × -0.74 → -0.3412; empty: zeros.
    // Short posts are `unknown` and, written in Latin letters, still read by VADER.
    expect(csv.data.map((r) => [r.row, r.compound, r.label, r.language])).toEqual([
      ['0', '0.4404', 'positive', 'unknown'],
      ['1', '-0.3412', 'negative', 'unknown'],
      ['2', '0', 'neutral', 'unknown'],
      ['3', '0', 'neutral', 'en'],
      ['4', '-0.5719', 'negative', 'unknown'],
    ]);
    expect([csv.data[0]!.neg, csv.data[0]!.neu, csv.data[0]!.pos]).toEqual(['0', '0', '1']);
    expect(out.join('\n')).toContain('positive 1 (20.0 %)');
    expect(err).toEqual([]);
  });

  it('prints counts, time and an evaluation against a label column with --json', async () => {
    expect(await command([posts, '--label', 'mood', '--json'])).toBe(0);
    const json = JSON.parse(out.join('\n')) as SentimentJson;
    expect(Object.keys(json)).toEqual([
      'rows',
      'mode',
      'counts',
      'unscored',
      'languages',
      'seconds',
      'textsPerSecond',
      'evaluation',
    ]);
    expect(json.rows).toBe(5);
    expect(json.counts).toEqual({ positive: 1, neutral: 2, negative: 2 });
    expect(json.seconds).toBeGreaterThanOrEqual(0);
    const e = json.evaluation!;
    // Happy → positive, Sad → negative, Neutral → neutral (by name), Joy → positive (valence).
    expect(e.mapping).toEqual({
      Neutral: 'neutral',
      Happy: 'positive',
      Joy: 'positive',
      Sad: 'negative',
    });
    // Truth pos, neg, neu, neu, pos; VADER pos, neg, neu, neu, neg: 4 of 5.
    expect([e.n, e.excluded, e.accuracy]).toEqual([5, 0, 0.8]);
    expect(e.labels).toEqual(['negative', 'neutral', 'positive']);
    expect(e.confusion).toEqual([
      [1, 0, 0],
      [0, 2, 0],
      [1, 0, 1],
    ]);
    // F1: negative 2/3, neutral 1, positive 2/3
    expect(e.macroF1).toBeCloseTo((2 / 3 + 1 + 2 / 3) / 3, 12);
  });

  it('sets aside handles, links and RT prefixes by default, and reads the raw text with --reference', async () => {
    const tweets = file(
      'tweets.csv',
      [
        'text',
        '@united flight 1234 to Denver is boarding now',
        'RT @AmericanAir: I am #NotHappy https://t.co/x?y=1',
      ].join('\n') + '\n',
    );
    const social = path.join(dir, 'social.csv');
    const raw = path.join(dir, 'raw.csv');
    expect(await command([tweets, '--out', social, '--json'])).toBe(0);
    expect((JSON.parse(out.join('\n')) as SentimentJson).mode).toBe('social');
    out.length = 0;
    expect(await command([tweets, '--out', raw, '--reference'])).toBe(0);
    expect(out.join('\n')).toContain('on the raw text (reference VADER)');
    // "@united" is the lexicon word "united" to raw VADER; "#NotHappy" is no word at all
    expect(readCsv(raw).data.map((r) => r.compound)).toEqual(['0.4215', '0']);
    expect(readCsv(social).data.map((r) => r.compound)).toEqual(['0', '-0.4585']);
  });

  it('takes the mapping from --map, ignoring values it does not list', async () => {
    expect(
      await command([posts, '--label', 'mood', '--map', 'Happy=positive,Sad=negative', '--json']),
    ).toBe(0);
    const e = (JSON.parse(out.join('\n')) as SentimentJson).evaluation!;
    expect([e.n, e.excluded, e.accuracy]).toEqual([2, 3, 1]);
    expect(parseMapOption('a=b').ok).toBe(false);
    expect(parseMapOption('x=y=positive')).toEqual({ ok: true, value: { 'x=y': 'positive' } });
  });

  it('scores each post in its language, counts languages and leaves unread ones unscored', async () => {
    const mixed = file(
      'mixed.csv',
      [
        'text,declared',
        '"Das Konzert gestern war wunderbar, ich bin so glücklich",de',
        '"El servicio fue horrible, nunca más vuelvo a esta tienda",es',
        '"Отличный день, наконец-то солнце и тепло!",ru',
        '"The train was late again and nobody told us anything, awful",fr',
        '今日は最高の一日でした！ありがとう,',
        '"Obrigado!",pt',
      ].join('\n') + '\n',
    );
    const target = path.join(dir, 'mixed-scores.csv');
    expect(await command([mixed, '--lang', 'declared', '--out', target, '--json'])).toBe(0);
    const rows = readCsv(target).data;
    // A wrong declared language (row 3) loses to clear text; a short post takes its hint (row 5).
    expect(rows.map((r) => [r.language, r.label])).toEqual([
      ['de', 'positive'],
      ['es', 'negative'],
      ['ru', 'unscored'],
      ['en', 'negative'],
      ['ja', 'unscored'],
      ['pt', 'positive'],
    ]);
    expect([rows[2]!.neg, rows[2]!.compound]).toEqual(['', '']);
    const json = JSON.parse(out.join('\n')) as SentimentJson & {
      unscored: number;
      languages: Record<string, number>;
    };
    expect(json.unscored).toBe(2);
    expect(json.counts).toEqual({ positive: 2, neutral: 0, negative: 2 });
    expect(json.languages).toEqual({ de: 1, en: 1, es: 1, ja: 1, pt: 1, ru: 1 });
    expect(await command([mixed, '--lang', 'nope'])).toBe(1);
  });

  it('scores another column with --text, and refuses a missing one', async () => {
    expect(await command([posts, '--text', 'mood', '--json'])).toBe(0);
    // Happy, Joy → positive; Neutral twice → 0; Sad → negative.
    expect((JSON.parse(out.join('\n')) as SentimentJson).counts).toEqual({
      positive: 2,
      neutral: 2,
      negative: 1,
    });
    out.length = 0;
    expect(await command([posts, '--text', 'body'])).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(/no column "body".*\[COLUMN_NOT_FOUND\]/s);
  });

  it('refuses a file without a text column with a clear message and exit code 1', async () => {
    expect(await command([file('numbers.csv', 'a,b\n1,2\n3,4\n'), '--json'])).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain('No column in "numbers.csv" looks like post text');
    expect(err.join('\n')).toContain('[NO_TEXT_COLUMN]');
  });

  it('fails on bad usage', async () => {
    expect(await command([])).toBe(2);
    expect(await command([posts, '--map', 'a=positive'])).toBe(2);
    expect(await command([posts, '--label', 'mood', '--map', 'oops'])).toBe(1);
    expect(await command([posts, '--label', 'nope'])).toBe(1);
  });

  it('scores bad input without failing: whitespace, 100k characters, lone surrogates, right-to-left text', async () => {
    const long = 'great '.repeat(16_667).trim();
    const odd = file('odd.csv', `text,n\n"   ",1\n"${long}",2\nbad \uD800 day,3\nهذا رائع جدا,4\n`);
    const target = path.join(dir, 'odd-scores.csv');
    expect(await command([odd, '--out', target, '--json'])).toBe(0);
    const rows = readCsv(target).data;
    // The Arabic post is too short to tell its language, and not in Latin letters: unscored.
    expect(rows.map((r) => r.label)).toEqual(['neutral', 'positive', 'negative', 'unscored']);
    expect(Number(rows[1]!.compound)).toBe(1);
  });

  it('exits non-zero through the real command line', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/cli.ts', 'sentiment', file('no-text.csv', 'x,y\n1,2\n')],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('[NO_TEXT_COLUMN]');
  });

  it.skipIf(!available)(
    'writes the reference compound of every row of sentimentdataset.csv, and its sklearn evaluation',
    async () => {
      const target = path.join(dir, 'sd-scores.csv');
      expect(
        await command([
          DATA,
          '--out',
          target,
          '--label',
          'Sentiment',
          '--map',
          'Positive=positive,Negative=negative,Neutral=neutral',
          '--reference',
          '--json',
        ]),
      ).toBe(0);
      const ours = readCsv(target).data;
      const reference = readCsv(REFERENCE).data;
      expect(ours).toHaveLength(732);
      // The reference numbers rows by the file's own index column (it has gaps); ours count from 0.
      expect(ours.map((r) => r.row)).toEqual(ours.map((_, i) => String(i)));
      expect(
        ours.map((r) => [Number(r.neg), Number(r.neu), Number(r.pos), Number(r.compound)]),
      ).toEqual(
        reference.map((r) => [Number(r.neg), Number(r.neu), Number(r.pos), Number(r.compound)]),
      );
      const e = (JSON.parse(out.join('\n')) as SentimentJson).evaluation!;
      const ref = (
        JSON.parse(readFileSync(SKLEARN, 'utf8')) as {
          vader_vs_label_3class: {
            n: number;
            accuracy: number;
            macro_f1: number;
            confusion_rows_true_cols_pred_neg_neu_pos: number[][];
          };
        }
      ).vader_vs_label_3class;
      expect(e.n).toBe(ref.n);
      expect(e.accuracy).toBeCloseTo(ref.accuracy, 12);
      expect(e.macroF1).toBeCloseTo(ref.macro_f1, 12);
      expect(e.confusion).toEqual(ref.confusion_rows_true_cols_pred_neg_neu_pos);
    },
  );
});
