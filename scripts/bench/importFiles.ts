/** The import benchmark's generated files, shared by its Node and Chromium measurements. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { writeMessyCsv, type MessyDelimiter, type MessyEncoding } from './gen/messyCsv.ts';
import { BENCH_OUT } from './section.ts';

const SEED = 20240501;

/**
 * Write the benchmark's file of `rows` generated posts into `dir` (default bench-out/import) and return
 * its path and size. The same rows, seed and options give the same bytes.
 */
export function makeBenchFile(
  rows: number,
  options: { dir?: string; delimiter?: MessyDelimiter; encoding?: MessyEncoding } = {},
): { path: string; bytes: number } {
  const dir = options.dir ?? path.join(BENCH_OUT, 'import');
  mkdirSync(dir, { recursive: true });
  const suffix = `${options.delimiter === undefined || options.delimiter === ',' ? '' : `-${{ ';': 'semicolon', '\t': 'tab', '|': 'pipe' }[options.delimiter]}`}${options.encoding && options.encoding !== 'utf-8' ? `-${options.encoding}` : ''}`;
  const file = path.join(dir, `posts-${rows}${suffix}.csv`);
  const bytes = writeMessyCsv(file, {
    rows,
    seed: SEED,
    delimiter: options.delimiter ?? ',',
    encoding: options.encoding ?? 'utf-8',
  });
  return { path: file, bytes };
}
