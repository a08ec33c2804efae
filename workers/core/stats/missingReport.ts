/** Where values are missing: per column, and how many rows are complete. */
import type { ParsedTable } from '../csv/types.ts';
import { isMissingCell } from '../schema/missing.ts';
import type { MissingReport } from './types.ts';

/** Missing cells per column (most first) and the rows with none missing, over every row. */
export function missingReport(table: ParsedTable): MissingReport {
  const rows = table.rowCount;
  const incomplete = new Uint8Array(rows);
  const columns = table.header.map((name, c) => {
    const cells = table.columns[c]!;
    let missing = 0;
    for (let r = 0; r < rows; r++) {
      if (isMissingCell(cells[r]!)) {
        missing++;
        incomplete[r] = 1;
      }
    }
    return { name, missing, share: rows === 0 ? 0 : missing / rows };
  });
  let completeRows = 0;
  for (let r = 0; r < rows; r++) if (incomplete[r] === 0) completeRows++;
  // A stable sort keeps file order among equals.
  return { rows, completeRows, columns: columns.sort((a, b) => b.missing - a.missing) };
}
