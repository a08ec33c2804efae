/**
 * `npm run make-sample [-- --seed 42] [--rows 5000] [--out public/sample/murmur-sample.csv]`:
 * writes the synthetic sample dataset (see scripts/sample/ and public/sample/README.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateSample, sampleToCsv } from './sample/generateSample.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'npm run make-sample -- [--seed N] [--rows N] [--out FILE]';

function positiveInteger(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a whole number of at least 1 (got "${value}")`);
  return n;
}

function main(): number {
  let seed: number;
  let rows: number;
  let out: string;
  try {
    const { values } = parseArgs({
      options: { seed: { type: 'string' }, rows: { type: 'string' }, out: { type: 'string' } },
    });
    seed = positiveInteger(values.seed, 42, 'seed');
    rows = positiveInteger(values.rows, 5000, 'rows');
    out = path.resolve(values.out ?? path.join(ROOT, 'public/sample/murmur-sample.csv'));
  } catch (e) {
    console.error(`make-sample: ${e instanceof Error ? e.message : String(e)}\nusage: ${USAGE}`);
    return 2;
  }
  const csv = sampleToCsv(generateSample({ seed, rows }));
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, csv);
  console.log(
    `make-sample: ${rows} rows, ${(Buffer.byteLength(csv) / 1024).toFixed(0)} KiB, seed ${seed} → ${path.relative(process.cwd(), out)}`,
  );
  return 0;
}

process.exitCode = main();
