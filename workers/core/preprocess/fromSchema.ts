/**
 * The bridge from an imported table to preprocessing: a default spec chosen from each column's type
 * and role, and the table's columns read in the form each spec kind needs.
 */
import type { ParsedTable } from '../csv/types.ts';
import { numericColumn, tagsColumn } from '../schema/columnAccess.ts';
import type { ColumnSchema, Role } from '../schema/types.ts';
import type { ColumnInput, ColumnSpec, PreprocessInput, PreprocessSpec } from './types.ts';

/** Counts are heavy-tailed: log1p them by default. */
const COUNT_ROLES: readonly Role[] = ['likes', 'shares', 'comments', 'engagement', 'followers'];

/**
 * A sensible starting point per column: numbers → median fill (log1p for counts); categories →
 * a "missing" level and one-hot of the top 10; text → cleaned tokens; hashtags → kept as lists.
 * Identifiers, timestamps and unused columns are left out.
 */
export function defaultPreprocessSpec(schema: readonly ColumnSchema[]): PreprocessSpec {
  const columns: ColumnSpec[] = [];
  for (const c of schema) {
    if (c.role === 'id' || c.role === 'timestamp' || c.type === 'empty') continue;
    if (c.role === 'text') columns.push({ name: c.name, kind: 'text' });
    else if (c.role === 'hashtags') columns.push({ name: c.name, kind: 'hashtags' });
    else if (c.type === 'integer' || c.type === 'number') {
      const count = COUNT_ROLES.includes(c.role);
      columns.push({
        name: c.name,
        kind: 'numeric',
        missing: 'median',
        log1p: count,
        scale: 'none',
      });
    } else if (
      c.role === 'category' ||
      c.role === 'label' ||
      c.type === 'category' ||
      c.type === 'boolean'
    ) {
      columns.push({
        name: c.name,
        kind: 'categorical',
        missing: 'category',
        encoding: 'onehot',
        topN: 10,
      });
    }
  }
  return { columns };
}

/** The table's columns named by the spec, read as numbers, cells or tag lists. */
export function preprocessInputFromTable(
  table: ParsedTable,
  schema: readonly ColumnSchema[],
  spec: PreprocessSpec,
): PreprocessInput {
  const input: Record<string, ColumnInput> = {};
  for (const s of spec.columns) {
    const col = schema.find((c) => c.name === s.name);
    if (!col) continue;
    if (s.kind === 'numeric') input[s.name] = numericColumn(table, col);
    else if (s.kind === 'hashtags')
      input[s.name] = col.type === 'tags' ? tagsColumn(table, col) : table.columns[col.index]!;
    else input[s.name] = table.columns[col.index]!;
  }
  return input;
}
