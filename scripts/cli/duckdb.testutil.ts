/**
 * DuckDB as the independent reader (and writer) of Parquet files in tests: a different
 * implementation (C++) from ours (hyparquet). When @duckdb/node-api cannot load (its native
 * binding is missing on this platform), the tests that need it skip with a printed notice.
 */
import type { DuckDBConnection } from '@duckdb/node-api';

export interface Duck {
  /** Rows of a query as plain objects (BIGINT as bigint, DOUBLE as number, NULL as null). */
  rows(sql: string): Promise<Record<string, unknown>[]>;
  run(sql: string): Promise<void>;
}

/** A DuckDB connection in memory, or null (with a notice) when DuckDB is not available here. */
export async function openDuckDb(): Promise<Duck | null> {
  let connection: DuckDBConnection;
  try {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    connection = await (await DuckDBInstance.create(':memory:')).connect();
  } catch (e) {
    console.warn(
      `[skipped] DuckDB is not available (${e instanceof Error ? e.message : String(e)}): the tests in which an independent reader checks our Parquet files do not run. npm ci installs @duckdb/node-api with its binding for linux-x64, darwin and win32.`,
    );
    return null;
  }
  return {
    rows: async (sql) =>
      (await connection.runAndReadAll(sql)).getRowObjects() as Record<string, unknown>[],
    run: async (sql) => {
      await connection.run(sql);
    },
  };
}

/** A DuckDB value as the importer's text cell: NULL as '', numbers as JavaScript writes them. */
export function duckCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  return String(v);
}

/** `'path'` for SQL. */
export const sqlPath = (p: string): string => `'${p.replaceAll("'", "''")}'`;
