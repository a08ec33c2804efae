/**
 * `npm run make-labelled -- [--rows 15000] [--seed 1] [--noise 0.08] --out FILE`: writes generated,
 * labelled airline-style tweets (scripts/bench/gen/airlineTweets.ts) for `classify`, the benchmark
 * and trying the labelling view. Nothing it writes is committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { airlineTweetsCsv, generateAirlineTweets } from './bench/gen/airlineTweets.ts';

const USAGE = 'npm run make-labelled -- [--rows N] [--seed N] [--noise 0..0.5] --out FILE';

function main(): number {
  let rows: number;
  let seed: number;
  let noise: number;
  let out: string;
  try {
    const { values } = parseArgs({
      options: {
        rows: { type: 'string' },
        seed: { type: 'string' },
        noise: { type: 'string' },
        out: { type: 'string' },
      },
    });
    rows = Number(values.rows ?? 15_000);
    seed = Number(values.seed ?? 1);
    noise = Number(values.noise ?? 0.05);
    if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows must be a whole number ≥ 1`);
    if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a whole number ≥ 0`);
    if (!(noise >= 0 && noise <= 0.5)) throw new Error(`--noise must be between 0 and 0.5`);
    if (!values.out) throw new Error('--out FILE is required');
    out = path.resolve(values.out);
  } catch (e) {
    console.error(`make-labelled: ${e instanceof Error ? e.message : String(e)}\nusage: ${USAGE}`);
    return 2;
  }
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, airlineTweetsCsv(generateAirlineTweets({ rows, seed, labelNoise: noise })));
  console.log(`make-labelled: ${rows} labelled tweets (seed ${seed}) written to ${out}`);
  return 0;
}

process.exitCode = main();
