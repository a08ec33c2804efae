/**
 * `murmur profile FILE [--json]`: how Murmur reads a file — delimiter, encoding, rows, and each column's
 * type, proposed role and share of missing values, with the importer's warnings.
 * `--json` prints `{ rows, delimiter, encoding, columns: [{ name, type, role, missing }], warnings,
 * duplicates: { exactRows, repeatedTexts }, valueNotes }`, `missing` as a share 0..1, each warning as
 * an object `{ code, message, column?, rows? }`; `exactRows` counts rows identical to an earlier row
 * (id columns aside), `repeatedTexts` rows whose normalised text repeats an earlier row's;
 * `valueNotes` (`{ code, column, message }`) name number and date cells that did not read, and
 * counts written short (`2.1K`), as the app's dataset view does.
 */
import { formatBytes } from '../../workers/core/csv/index.ts';
import { requireTextColumn } from '../../workers/core/schema/index.ts';
import { findDuplicates } from '../../workers/core/split/duplicates.ts';
import { summarizeColumn, valueNotes } from '../../workers/core/stats/index.ts';
import { parseCommandArgs, reportError, usageError, type CliCommand } from './command.ts';
import { readTableFile } from './readTable.ts';

const USAGE = 'npm run cli -- profile FILE [--json]';

export const command: CliCommand = async (args) => {
  const parsed = parseCommandArgs(args, { json: { type: 'boolean', default: false } }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0)
    return usageError(
      file === undefined ? 'profile needs a FILE' : `unexpected arguments: ${extra.join(' ')}`,
      USAGE,
    );
  const result = await readTableFile(file, 'profile');
  if (!result.ok) return reportError(result.error);
  const { table, schema } = result.value;
  // The profile is still printed, so the user sees what the columns were taken for.
  const text = requireTextColumn(schema, table.fileName);
  const exitCode = text.ok ? 0 : reportError(text.error);
  const { report: dup } = findDuplicates(
    table.columns,
    table.rowCount,
    text.ok ? text.value : null,
    new Set(schema.filter((c) => c.role === 'id').map((c) => c.index)),
  );
  const notes = valueNotes(
    schema
      .filter((c) => c.type === 'integer' || c.type === 'number' || c.type === 'datetime')
      .map((c) => summarizeColumn(table, c)),
  );
  if (parsed.values.json) {
    const report = {
      rows: table.rowCount,
      delimiter: table.delimiter,
      encoding: table.encoding,
      columns: schema.map((c) => ({
        name: c.name,
        type: c.type,
        role: c.role,
        missing: c.missing,
      })),
      warnings: table.warnings,
      duplicates: { exactRows: dup.exactRows, repeatedTexts: dup.repeatedTexts },
      valueNotes: notes,
    };
    console.log(JSON.stringify(report, null, 2));
    return exitCode;
  }
  const delimiterName = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' }[
    table.delimiter
  ];
  const lines = [
    `${table.fileName}: ${formatBytes(table.bytes)}, ${table.rowCount.toLocaleString('en-US')} rows, ${schema.length} columns`,
    `delimiter: ${delimiterName}   encoding: ${table.encoding}`,
    '',
  ];
  const nameWidth = Math.max(6, ...schema.map((c) => c.name.length));
  lines.push(`${'column'.padEnd(nameWidth)}  ${'type'.padEnd(8)}  ${'role'.padEnd(10)}  missing`);
  for (const c of schema) {
    const format = [
      c.format.datetime ??
        c.format.tags ??
        (c.format.decimalComma ? 'decimal comma' : c.format.thousands ? 'thousands' : ''),
      c.format.abbreviated ? 'abbreviated' : '',
      c.format.percent ? 'percent' : '',
    ]
      .filter((f) => f !== '')
      .join(', ');
    lines.push(
      `${c.name.padEnd(nameWidth)}  ${c.type.padEnd(8)}  ${c.role.padEnd(10)}  ${(c.missing * 100).toFixed(1).padStart(6)} %${format ? `  (${format})` : ''}`,
    );
  }
  const n = (x: number) => x.toLocaleString('en-US');
  lines.push(
    '',
    `duplicates: ${n(dup.exactRows)} rows repeat an earlier row exactly; ${n(dup.repeatedTexts)} rows repeat an earlier text${dup.textColumn ? ` in "${dup.textColumn}" (case, spaces, handles and links aside)` : ''}`,
    ...dup.examples
      .slice(0, 3)
      .map(
        (e) =>
          `  ${e.rows} × ${JSON.stringify(e.text.length > 80 ? `${e.text.slice(0, 80)}…` : e.text)}`,
      ),
  );
  if (notes.length > 0)
    lines.push('', 'values:', ...notes.map((v) => `  - [${v.code}] ${v.message}`));
  if (table.warnings.length > 0)
    lines.push('', 'warnings:', ...table.warnings.map((w) => `  - [${w.code}] ${w.message}`));
  console.log(lines.join('\n'));
  return exitCode;
};
