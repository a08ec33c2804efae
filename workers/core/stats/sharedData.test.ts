import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../csv/importCsv.ts';
import { memoryByteSource } from '../csv/memorySource.ts';
import { inferSchema } from '../schema/inferSchema.ts';
import { summarizeTable } from './summarizeTable.ts';

const DATA = `${process.env.MURMUR_SHARED ?? fileURLToPath(new URL('../../../../shared', import.meta.url))}/data`;
const available =
  existsSync(`${DATA}/vaccination_tweets.csv`) && existsSync(`${DATA}/sentimentdataset.csv`);
const pandas = available && spawnSync('/usr/bin/python3', ['-c', 'import pandas']).status === 0;
if (!pandas)
  console.warn(`skipped: column summaries against pandas (needs ${DATA} and python3 with pandas)`);

interface PandasStats {
  describe: Record<string, Record<string, number>>;
  corr: Record<string, Record<string, number>>;
  missing: Record<string, number>;
}

/** pandas' describe(), corr() and missing counts on the numeric columns Murmur found (columns named as Murmur names them). */
function pandasStats(name: string, header: readonly string[], numeric: string[]): PandasStats {
  const script = `import json, sys, pandas as pd
d = pd.read_csv(sys.argv[1])
d.columns = json.loads(sys.argv[3])
cols = json.loads(sys.argv[2])
n = d[cols].astype(float)
# Murmur trims cells, so a blank cell (' ') is missing too.
missing = (d.isna() | d.apply(lambda c: c.astype(str).str.strip() == '')).sum()
print(json.dumps({'describe': n.describe().to_dict(), 'corr': n.corr().to_dict(), 'missing': missing.to_dict()}))`;
  const out = spawnSync(
    '/usr/bin/python3',
    ['-c', script, `${DATA}/${name}`, JSON.stringify(numeric), JSON.stringify(header)],
    { encoding: 'utf8' },
  );
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout) as PandasStats;
}

describe.skipIf(!pandas)('summaries of the real exports match pandas', () => {
  it.each(['vaccination_tweets.csv', 'sentimentdataset.csv'])(
    '%s: describe(), corr() and missing counts',
    async (name) => {
      const r = await importCsv(
        memoryByteSource(new Uint8Array(readFileSync(`${DATA}/${name}`)), name),
      );
      if (!r.ok) throw new Error(r.error.message);
      const summary = summarizeTable(r.value, inferSchema(r.value));
      const numeric = summary.columns.filter((c) => c.numeric !== undefined);
      expect(numeric.length).toBeGreaterThanOrEqual(5);
      const expected = pandasStats(
        name,
        r.value.header,
        numeric.map((c) => c.name),
      );
      for (const c of numeric) {
        const d = expected.describe[c.name]!;
        const s = c.numeric!;
        expect([s.count, s.min, s.q1, s.median, s.q3, s.max]).toEqual([
          d.count,
          d.min,
          d['25%'],
          d['50%'],
          d['75%'],
          d.max,
        ]);
        expect(s.mean).toBeCloseTo(d.mean!, 9);
        expect(s.std).toBeCloseTo(d.std!, 9);
      }
      const { columns, r: matrix } = summary.correlation;
      columns.forEach((a, i) =>
        columns.forEach((b, j) => expect(matrix[i]![j]).toBeCloseTo(expected.corr[a]![b]!, 12)),
      );
      expect(Object.fromEntries(summary.columns.map((c) => [c.name, c.missing]))).toEqual(
        expected.missing,
      );
    },
  );
});
