/**
 * `murmur convert IN OUT`: CSV to Parquet or Parquet to CSV, the format of OUT told by its extension
 * (.parquet, .parq, .pq: Parquet; anything else: CSV), the format of IN by its bytes. Reading is
 * the app's import (any delimiter and encoding; Parquet's flat and list columns), so what converts
 * is what the app would read. CSV to Parquet keeps every value: a column becomes 64-bit integers,
 * doubles or booleans only when every cell reads back as the same text, else it stays text; empty
 * cells become nulls. Parquet to CSV writes RFC 4180 with UTF-8, values as the app reads them
 * (timestamps as ISO 8601, lists as JSON). Written whole or not at all. `--json` prints
 * `{ rows, columns: [{ name, kind }], warnings, seconds }`.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { ParsedTable, StoredKind } from '../../workers/core/csv/types.ts';
import { appError } from '../../workers/core/errors/index.ts';
import { cellValue, tableKinds } from '../../workers/core/parquet/storedKinds.ts';
import { ParquetChunks, type ParquetValue } from '../../workers/core/parquet/writeParquet.ts';
import { parseCommandArgs, reportError, usageError, type CliCommand } from './command.ts';
import { readTableFile } from './readTable.ts';
import { formatOfName } from './score.ts';

const USAGE = 'npm run cli -- convert IN.csv|IN.parquet OUT.parquet|OUT.csv [--json]';

/** Rows handed to the writer at a time. */
const STEP = 50_000;

/** An RFC 4180 field: quoted when it holds a comma, a quote or a line break. Values are written as they are (no spreadsheet-formula guard: a conversion changes nothing). */
export function rfc4180(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function writeTable(
  table: ParsedTable,
  kinds: readonly StoredKind[],
  asParquet: boolean,
  write: (b: Uint8Array | string) => void,
): void {
  if (asParquet) {
    const file = new ParquetChunks(
      table.header.map((name, c) => ({ name, kind: kinds[c]! })),
      write,
    );
    for (let from = 0; from < table.rowCount; from += STEP) {
      const to = Math.min(table.rowCount, from + STEP);
      file.append(
        table.columns.map((column, c) => {
          const out = new Array<ParquetValue>(to - from);
          for (let r = from; r < to; r++) out[r - from] = cellValue(column[r]!, kinds[c]!);
          return out;
        }),
      );
    }
    file.finish();
    return;
  }
  write(`${table.header.map(rfc4180).join(',')}\n`);
  for (let from = 0; from < table.rowCount; from += STEP) {
    const to = Math.min(table.rowCount, from + STEP);
    const lines: string[] = [];
    for (let r = from; r < to; r++) lines.push(table.columns.map((c) => rfc4180(c[r]!)).join(','));
    write(`${lines.join('\n')}\n`);
  }
}

export const command: CliCommand = async (args) => {
  const parsed = parseCommandArgs(args, { json: { type: 'boolean', default: false } }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [input, out, ...extra] = positionals;
  if (input === undefined || out === undefined)
    return usageError('convert needs an input file and an output file', USAGE);
  if (extra.length > 0) return usageError(`unexpected arguments: ${extra.join(' ')}`, USAGE);
  if (path.resolve(input) === path.resolve(out))
    return usageError('convert writes a new file: give OUT another name than IN', USAGE);
  const started = performance.now();
  const read = await readTableFile(input);
  if (!read.ok) return reportError(read.error);
  const { table } = read.value;
  for (const w of table.warnings) console.error(`murmur convert: ${w.message}`);
  const asParquet = formatOfName(out) === 'parquet';
  // CSV text columns of a Parquet input stay text in a CSV: kinds matter for Parquet output only
  const kinds = asParquet ? tableKinds(table) : table.columns.map((): StoredKind => 'string');

  const tmp = path.join(
    path.dirname(path.resolve(out)),
    `.${path.basename(out)}.${process.pid}.tmp`,
  );
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeTable(table, kinds, asParquet, (b) => {
        writeSync(fd, typeof b === 'string' ? Buffer.from(b) : b);
      });
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, out);
  } catch (e) {
    rmSync(tmp, { force: true });
    return reportError(
      appError(
        'FILE_UNREADABLE',
        `Cannot write ${out}: ${e instanceof Error ? e.message : String(e)}.`,
        'Check the folder exists and is writable.',
      ),
    );
  }
  const seconds = (performance.now() - started) / 1000;
  if (values.json) {
    console.log(
      JSON.stringify(
        {
          rows: table.rowCount,
          columns: table.header.map((name, c) => ({ name, kind: kinds[c] })),
          warnings: table.warnings.map((w) => w.message),
          seconds,
        },
        null,
        2,
      ),
    );
  } else {
    console.error(
      `murmur convert: ${table.rowCount.toLocaleString('en-US')} rows × ${table.header.length} columns, ${table.format === 'parquet' ? 'Parquet' : 'CSV'} → ${asParquet ? 'Parquet' : 'CSV'}, to ${out} in ${seconds.toFixed(1)} s`,
    );
  }
  return 0;
};
