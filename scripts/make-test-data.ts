/**
 * Writes generated test files (nothing here is copied from a real dataset):
 *   npx tsx scripts/make-test-data.ts airline --rows 14640 --seed 1 --out airline.csv
 *     labelled airline-style complaint tweets (handles, links, RT prefixes, &amp;, camel-case tags)
 *   npx tsx scripts/make-test-data.ts copies [--rows 661] [--distinct 102] [--restyled 0.3] --seed 1 --out copies.csv
 *     a post export where most rows copy an earlier row (the Instagram shape of issue 12)
 */
import { parseArgs } from 'node:util';
import { writeFileWhole } from './cli/command.ts';
import { airlineTweetsCsv } from './gen/airlineTweets.ts';
import { copiedPostsCsv } from './gen/copiedPosts.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rows: { type: 'string' },
    distinct: { type: 'string' },
    restyled: { type: 'string' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const kind = positionals[0];
const seed = Number(values.seed);
if ((kind !== 'airline' && kind !== 'copies') || !values.out || !Number.isInteger(seed)) {
  console.error(
    'usage: npx tsx scripts/make-test-data.ts airline|copies [--rows N] [--distinct N] [--restyled SHARE] [--seed S] --out FILE.csv',
  );
  process.exit(2);
}
const csv =
  kind === 'airline'
    ? airlineTweetsCsv({ rows: Number(values.rows ?? 14640), seed })
    : copiedPostsCsv({
        seed,
        ...(values.rows ? { rows: Number(values.rows) } : {}),
        ...(values.distinct ? { distinct: Number(values.distinct) } : {}),
        ...(values.restyled ? { restyled: Number(values.restyled) } : {}),
      });
writeFileWhole(values.out, csv);
console.error(`wrote ${values.out}`);
