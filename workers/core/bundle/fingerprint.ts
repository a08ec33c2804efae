import type { ParsedTable } from '../csv/types.ts';
import { Fnv64 } from '../hash/fnv.ts';
import type { BundleFingerprint } from './bundle.ts';

/**
 * The training table's fingerprint: row count, header, and FNV-1a 64 over the header and every
 * cell (a unit separator between cells, a record separator between rows), column by column.
 */
export function fingerprintTable(table: ParsedTable): BundleFingerprint {
  const h = new Fnv64();
  h.update(table.header.join('\u001f')).update('\u001e');
  for (const column of table.columns) {
    for (const cell of column) h.update(cell).update('\u001f');
    h.update('\u001e');
  }
  return { rows: table.rowCount, columns: [...table.header], hash: h.hex() };
}
