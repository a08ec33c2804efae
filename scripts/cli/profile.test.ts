import { spawnSync } from 'node:child_process';
import { existsSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureConsole } from './captureConsole.testutil.ts';
import { tempDir } from './tempDir.testutil.ts';
import { command } from './profile.ts';

const DATA = path.join(
  process.env.MURMUR_SHARED ?? fileURLToPath(new URL('../../../shared', import.meta.url)),
  'data',
);
const available =
  existsSync(path.join(DATA, 'vaccination_tweets.csv')) &&
  existsSync(path.join(DATA, 'sentimentdataset.csv'));
if (!available)
  console.warn(`skipped: murmur profile on the real files (no ${DATA}; set MURMUR_SHARED)`);

const { dir, file } = tempDir('profile');

const { out, err } = captureConsole();

interface ProfileJson {
  rows: number;
  delimiter: string;
  encoding: string;
  columns: { name: string; type: string; role: string; missing: number }[];
  warnings: { code: string; message: string }[];
  duplicates: { exactRows: number; repeatedTexts: number };
  valueNotes: { code: string; column: string; message: string }[];
}

describe('murmur profile', () => {
  it('prints the delimiter, encoding, rows and each column', async () => {
    const p = file(
      'semi.csv',
      'user;text;likes\nann;Hello there, world of posts;3\nbob;Another post with words;\n',
    );
    expect(await command([p])).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('2 rows, 3 columns');
    expect(text).toContain('delimiter: semicolon   encoding: utf-8');
    expect(text).toMatch(/likes\s+integer\s+likes\s+50\.0 %/);
    expect(err).toEqual([]);
  });

  it('prints exactly rows, delimiter, encoding, columns and warnings with --json', async () => {
    const p = file('dup.csv', 'text,text,likes\na long enough post,b,1\nanother long post,c,\n');
    expect(await command([p, '--json'])).toBe(0);
    const json = JSON.parse(out.join('\n')) as ProfileJson;
    expect(Object.keys(json)).toEqual([
      'rows',
      'delimiter',
      'encoding',
      'columns',
      'warnings',
      'duplicates',
      'valueNotes',
    ]);
    expect(json).toMatchObject({ rows: 2, delimiter: ',', encoding: 'utf-8' });
    expect(json.columns[2]).toEqual({
      name: 'likes',
      type: 'integer',
      role: 'likes',
      missing: 0.5,
    });
    expect(json.warnings.map((w) => w.code)).toEqual(['DUPLICATE_HEADER']);
  });

  it('names counts written short and cells that did not read, in text and with --json', async () => {
    // A Facebook Insights-like export: a second header row describes each column.
    const rows = Array.from(
      { length: 40 },
      (_, i) =>
        `2024-05-${String(1 + (i % 28)).padStart(2, '0')},Post number ${i} about the launch,${i % 9 === 0 ? `${i}.5K` : i}`,
    );
    const p = file(
      'insights.csv',
      ['date,text,likes', 'Lifetime: date posted,The message,Lifetime: likes', ...rows].join('\n'),
    );
    expect(await command([p])).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/likes\s+integer\s+likes\s+0\.0 % {2}\(abbreviated\)/);
    expect(text).toContain(
      '  - [UNREADABLE_ROW] Row 1 below the header is not a post: in 2 columns ("date", "likes") its values ("Lifetime: date posted", "Lifetime: likes") are not dates or numbers.',
    );
    expect(text).toContain('"0.5K" as 500, and so on');
    out.length = 0;
    expect(await command([p, '--json'])).toBe(0);
    const json = JSON.parse(out.join('\n')) as ProfileJson;
    expect(json.valueNotes.map((v) => [v.code, v.column])).toEqual([
      ['UNREADABLE_ROW', 'date'],
      ['ABBREVIATED_COUNTS', 'likes'],
    ]);
  });

  it('counts rows that copy an earlier row and rows whose text repeats, with --json', async () => {
    const p = file(
      'copies.csv',
      [
        'id,text,likes',
        '1,Great flight to Denver,3',
        '2,Great flight to Denver,3', // an exact copy but its id
        '3,great   FLIGHT to Denver @united,5', // the same text in other case and spaces
        '4,Lost my bag again,0',
        '5,Great flight to Denver,3',
      ].join('\n') + '\n',
    );
    expect(await command([p, '--json'])).toBe(0);
    const json = JSON.parse(out.join('\n')) as ProfileJson;
    expect(json.duplicates).toEqual({ exactRows: 2, repeatedTexts: 3 });
  });

  it('says when every text is identical', async () => {
    const p = file(
      'same.csv',
      'text,likes\n' + Array.from({ length: 12 }, (_, i) => `The same caption,${i}`).join('\n'),
    );
    expect(await command([p])).toBe(0);
    expect(out.join('\n')).toContain(
      'duplicates: 0 rows repeat an earlier row exactly; 11 rows repeat an earlier text in "text"',
    );
    expect(out.join('\n')).toContain('12 × "The same caption"');
  });

  it.each([
    ['empty.csv', '', 'FILE_EMPTY'],
    ['header.csv', 'id,text,likes\n', 'FILE_HEADER_ONLY'],
    [
      'image.csv',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'FILE_BINARY',
    ],
    ['quote.csv', 'a,b\n1,ok\n2,"never closed\n3,x\n', 'CSV_UNCLOSED_QUOTE'],
  ] as const)('fails on %s with %s on stderr and exit code 1', async (name, content, code) => {
    expect(await command([file(name, content), '--json'])).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain(`[${code}]`);
  });

  it('prints the profile of a file with no text column, then exits 1 with NO_TEXT_COLUMN', async () => {
    const p = file(
      'numbers.csv',
      'a,b,c\n' + Array.from({ length: 20 }, (_, i) => `${i},${i * 2},${i * 3}`).join('\n') + '\n',
    );
    expect(await command([p, '--json'])).toBe(1);
    expect((JSON.parse(out.join('\n')) as ProfileJson).rows).toBe(20);
    expect(err.join('\n')).toContain(
      'No column in "numbers.csv" looks like post text (columns: a, b, c).',
    );
    expect(err.join('\n')).toContain('[NO_TEXT_COLUMN]');
  });

  it('fails on a missing file and on bad usage', async () => {
    expect(await command([path.join(dir, 'nope.csv')])).toBe(1);
    expect(err.join('\n')).toContain('there is no such file');
    expect(await command([])).toBe(2);
    expect(await command(['a.csv', '--bogus'])).toBe(2);
  });

  it('exits non-zero through the real command line', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/cli.ts', 'profile', file('empty-cli.csv', '')],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('"empty-cli.csv" is empty (0 bytes).');
    expect(run.stderr).toContain('[FILE_EMPTY]');
  });

  it.skipIf(!available)('profiles vaccination_tweets.csv', async () => {
    expect(await command([path.join(DATA, 'vaccination_tweets.csv'), '--json'])).toBe(0);
    const json = JSON.parse(out.join('\n')) as ProfileJson;
    expect(json.rows).toBe(9497);
    expect(json.columns).toHaveLength(16);
    const role = Object.fromEntries(json.columns.map((c) => [c.name, c.role]));
    expect(role).toMatchObject({
      text: 'text',
      hashtags: 'hashtags',
      favorites: 'likes',
      retweets: 'shares',
      user_followers: 'followers',
      date: 'timestamp',
    });
    expect(json.columns.find((c) => c.name === 'hashtags')!.missing).toBeCloseTo(2235 / 9497, 12);
    // retweets of shared articles: the same text behind different t.co links
    expect(json.duplicates).toEqual({ exactRows: 0, repeatedTexts: 340 });
  });

  it.skipIf(!available)('profiles sentimentdataset.csv', async () => {
    expect(await command([path.join(DATA, 'sentimentdataset.csv')])).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('732 rows, 15 columns');
    expect(text).toMatch(/Text\s+text\s+text/);
    expect(text).toMatch(/Sentiment\s+category\s+label/);
    expect(text).toContain('[EMPTY_HEADER]');
    // data/SOURCES.md: 26 duplicate texts, 22 fully duplicated rows
    expect(text).toContain(
      'duplicates: 22 rows repeat an earlier row exactly; 26 rows repeat an earlier text',
    );
  });

  it('refuses a file its memory budget cannot hold before reading it, with its size and the limit', async () => {
    // 1 GB on paper (a sparse file), far over what a profile holds in Node's 4 GB heap
    const p = file('huge.csv', 'text\nhello\n');
    truncateSync(p, 1e9);
    expect(await command([p])).toBe(1);
    expect(err.join('\n')).toMatch(
      /"huge\.csv" is 1 GB, over the \d+ MB limit for a profile in the [\d.]+ GB of memory available here\.[\s\S]*\[FILE_TOO_LARGE\]/,
    );
  });
});
