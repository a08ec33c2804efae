/**
 * Scoring in shards end to end: a generated file scored in 4 shards by separate processes, 2 at a
 * time, aggregates to exactly the summary one process prints (the one process through tsx, the shards
 * through the built CLI of `npm run build:cli`, so the two agree), and DuckDB reads every row of the
 * parts as one table equal to the one process's file. Then the bad inputs: overlapping, missing
 * and mixed parts, parts from another bundle or input, a changed part, a shard that does not exist,
 * empty shards, a truncated Parquet file.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCli } from './buildCli.ts';
import { DEFAULT_BUNDLE } from '../make-default-bundle.ts';
import { generateSample, sampleToCsv } from '../sample/generateSample.ts';
import { command as aggregate } from './aggregate.ts';
import { captureConsole } from './captureConsole.testutil.ts';
import { command as convert } from './convert.ts';
import { duckCell, openDuckDb, sqlPath } from './duckdb.testutil.ts';
import { command as score } from './score.ts';
import { tempDir } from './tempDir.testutil.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'scripts/cli.ts');

const duck = await openDuckDb();
const { dir, file } = tempDir('shards');
const { out, err } = captureConsole();

// Inside the checkout, so the build's packages resolve from node_modules.
const BUILT = await buildCli(
  path.join(ROOT, `node_modules/.cache/murmur-test/murmur-${process.pid}.mjs`),
);
afterAll(() => rmSync(BUILT, { force: true }));

/** `murmur …` in a process of its own (through tsx, or the built CLI); its stdout. */
async function cli(...args: string[]): Promise<string> {
  const { stdout } = await run(TSX, [CLI, ...args], { cwd: ROOT, maxBuffer: 64 << 20 });
  return stdout;
}
async function builtCli(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [BUILT, ...args], {
    cwd: ROOT,
    maxBuffer: 64 << 20,
  });
  return stdout;
}

type Summary = Record<string, unknown>;
const withoutSeconds = ({ seconds: _, ...rest }: Summary) => rest;
const lastJson = (): Summary => JSON.parse(out.join('\n')) as Summary;

const csvPath = file('posts.csv', sampleToCsv(generateSample({ seed: 1616, rows: 3001 })));
const pqPath = path.join(dir, 'posts.parquet');

describe('scoring in shards', () => {
  it('4 shards in separate processes, 2 at a time, give exactly the summary of one process; DuckDB reads every row', async () => {
    expect(await convert([csvPath, pqPath])).toBe(0);
    const one = JSON.parse(
      await cli('score', DEFAULT_BUNDLE, pqPath, '--json', '--out', path.join(dir, 'one.parquet')),
    ) as Summary;
    expect(one['rows']).toBe(3001);
    const parts = [0, 1, 2, 3].map((i) => path.join(dir, `part-${i}.parquet`));
    for (const pair of [
      [0, 1],
      [2, 3],
    ])
      await Promise.all(
        pair.map((i) =>
          builtCli('score', DEFAULT_BUNDLE, pqPath, '--shard', `${i}/4`, '--out', parts[i]!),
        ),
      );
    const manifest = JSON.parse(readFileSync(`${parts[3]}.manifest.json`, 'utf8')) as Record<
      string,
      Record<string, unknown>
    >;
    expect(manifest['shard']).toEqual({ index: 3, count: 4, from: 2250, to: 3001 });
    expect(manifest['input']!['rows']).toBe(3001);
    expect(manifest['input']!['format']).toBe('parquet');
    expect(manifest['bundle']!['sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest['rows']).toBe(751);

    const combined = JSON.parse(await cli('aggregate', ...parts, '--json')) as Summary;
    expect(withoutSeconds(combined)).toEqual(withoutSeconds(one));
    expect(combined['seconds']).toBeGreaterThan(0);

    if (!duck) return;
    const all = await duck.rows(
      `SELECT * FROM read_parquet([${parts.map(sqlPath).join(', ')}], filename = true, file_row_number = true) ORDER BY filename, file_row_number`,
    );
    const whole = await duck.rows(
      `SELECT * FROM read_parquet(${sqlPath(path.join(dir, 'one.parquet'))}, file_row_number = true) ORDER BY file_row_number`,
    );
    expect(all).toHaveLength(3001);
    const columns = Object.keys(whole[0]!).filter((c) => c !== 'file_row_number');
    expect(columns).toContain('predicted_engagement');
    for (let r = 0; r < whole.length; r++)
      for (const c of columns)
        if (duckCell(all[r]![c]) !== duckCell(whole[r]![c]))
          throw new Error(
            `row ${r}, ${c}: the parts have ${String(all[r]![c])}, one process ${String(whole[r]![c])}`,
          );
    const [counts] = await duck.rows(
      `SELECT count(*) AS n, count(*) FILTER (sentiment_label = 'positive') AS positive FROM read_parquet([${parts.map(sqlPath).join(', ')}])`,
    );
    expect(Number(counts!['n'])).toBe(3001);
    expect(Number(counts!['positive'])).toBe(
      (one['sentiment'] as Record<string, number>)['positive'],
    );
  });

  it('CSV in and out: 3 shards aggregate to one process’s summary, and their rows are its rows', async () => {
    expect(
      await score([DEFAULT_BUNDLE, csvPath, '--json', '--out', path.join(dir, 'one.csv')]),
    ).toBe(0);
    const one = lastJson();
    const parts = [0, 1, 2].map((i) => path.join(dir, `part-${i}.csv`));
    for (let i = 0; i < 3; i++)
      expect(await score([DEFAULT_BUNDLE, csvPath, '--shard', `${i}/3`, '--out', parts[i]!])).toBe(
        0,
      );
    out.length = 0;
    expect(await aggregate([...parts, '--json'])).toBe(0);
    expect(withoutSeconds(lastJson())).toEqual(withoutSeconds(one));
    const body = (p: string) => readFileSync(p, 'utf8').split('\n').slice(1).join('\n');
    expect(parts.map(body).join('')).toBe(body(path.join(dir, 'one.csv')));
  });

  it('refuses overlapping, missing and mixed parts, parts of another bundle or input, and a changed part, saying which', async () => {
    const parts = [0, 1, 2, 3].map((i) => path.join(dir, `part-${i}.parquet`));
    const refused = async (args: string[], code: string, text: string) => {
      err.length = 0;
      expect(await aggregate(args)).toBe(1);
      expect(err.join('\n')).toContain(`[${code}]`);
      expect(err.join('\n')).toContain(text);
    };
    await refused(
      [parts[0]!, parts[1]!, parts[3]!],
      'PARTS_MISSING',
      'rows 1,500–2,249 of 3,001 are in no part given (shard 2/4 not given)',
    );
    await refused([...parts, parts[2]!], 'PARTS_OVERLAP', 'are the same part (shard 2/4');
    // the first half again, as one shard of 2: it overlaps shard 1/4
    const half = path.join(dir, 'half-0.parquet');
    expect(await score([DEFAULT_BUNDLE, pqPath, '--shard', '0/2', '--out', half])).toBe(0);
    await refused(
      [half, parts[1]!, parts[2]!, parts[3]!],
      'PARTS_OVERLAP',
      `${half} (shard 0/2, rows 0–1,499) and ${parts[1]} (shard 1/4, rows 750–1,499) overlap`,
    );
    await refused(
      [parts[0]!, parts[1]!, path.join(dir, 'part-2.csv'), parts[3]!],
      'PARTS_MIXED_FORMATS',
      `${path.join(dir, 'part-2.csv')} is CSV`,
    );
    // another bundle: the same model with one byte more
    const otherBundle = file('other-bundle.json', `${readFileSync(DEFAULT_BUNDLE, 'utf8')} `);
    const other = path.join(dir, 'other-3.parquet');
    expect(await score([otherBundle, pqPath, '--shard', '3/4', '--out', other])).toBe(0);
    await refused(
      [parts[0]!, parts[1]!, parts[2]!, other],
      'PARTS_DIFFERENT_SOURCES',
      `${other} with ${otherBundle}`,
    );
    // another input: the CSV, scored to Parquet
    const fromCsv = path.join(dir, 'csv-3.parquet');
    expect(await score([DEFAULT_BUNDLE, csvPath, '--shard', '3/4', '--out', fromCsv])).toBe(0);
    await refused(
      [parts[0]!, parts[1]!, parts[2]!, fromCsv],
      'PARTS_DIFFERENT_SOURCES',
      `${fromCsv} from ${csvPath}`,
    );
    // a part changed after its manifest was written
    const changed = path.join(dir, 'changed-1.parquet');
    copyFileSync(parts[1]!, changed);
    copyFileSync(`${parts[1]}.manifest.json`, `${changed}.manifest.json`);
    writeFileSync(changed, Buffer.concat([readFileSync(changed), Buffer.from([0])]));
    await refused(
      [parts[0]!, changed, parts[2]!, parts[3]!],
      'PART_INVALID',
      'its SHA-256 differs',
    );
    await refused([csvPath], 'PART_INVALID', 'has no manifest');
  });

  it('gives empty parts when N exceeds the rows, and they aggregate to the whole', async () => {
    const tiny = file('tiny.csv', 'text,author_followers\ngood day,10\nawful day,\nok,3\n');
    expect(await score([DEFAULT_BUNDLE, tiny, '--json'])).toBe(0);
    const one = lastJson();
    const parts = Array.from({ length: 5 }, (_, i) => path.join(dir, `tiny-${i}.parquet`));
    for (let i = 0; i < 5; i++)
      expect(await score([DEFAULT_BUNDLE, tiny, '--shard', `${i}/5`, '--out', parts[i]!])).toBe(0);
    expect(err.join('\n')).toContain('shard 0/5 has no rows (the file has 3)');
    expect(err.join('\n')).toContain('(shard 0/5, no rows of 3; manifest');
    expect(err.join('\n')).toContain('(shard 1/5, rows 0–0 of 3; manifest');
    out.length = 0;
    expect(await aggregate([...parts, '--json'])).toBe(0);
    expect(withoutSeconds(lastJson())).toEqual(withoutSeconds(one));
    err.length = 0;
    expect(await aggregate(parts.slice(1))).toBe(1);
    expect(err.join('\n')).toContain(
      'Every row is covered but a shard is missing (shard 0/5 not given)',
    );
  });

  it('refuses a shard that does not exist, a shard without --out, and a truncated Parquet file', async () => {
    expect(
      await score([DEFAULT_BUNDLE, pqPath, '--shard', '4/4', '--out', path.join(dir, 'x.parquet')]),
    ).toBe(2);
    expect(err.join('\n')).toContain('i must be below N');
    expect(
      await score([
        DEFAULT_BUNDLE,
        pqPath,
        '--shard',
        'two/4',
        '--out',
        path.join(dir, 'x.parquet'),
      ]),
    ).toBe(2);
    expect(await score([DEFAULT_BUNDLE, pqPath, '--shard', '0/4'])).toBe(2);
    expect(err.join('\n')).toContain('--shard needs --out');
    const cut = file(
      'cut.parquet',
      readFileSync(pqPath).subarray(0, Math.floor(readFileSync(pqPath).length * 0.7)),
    );
    err.length = 0;
    expect(
      await score([
        DEFAULT_BUNDLE,
        cut,
        '--shard',
        '1/4',
        '--out',
        path.join(dir, 'cut-1.parquet'),
      ]),
    ).toBe(1);
    expect(err.join('\n')).toContain('[PARQUET_DAMAGED]');
    expect(() => readFileSync(path.join(dir, 'cut-1.parquet'))).toThrow();
  });
});
