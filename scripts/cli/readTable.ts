/** Reading a CSV or Parquet file from disk for the CLI commands: the same importers and schema inference the app runs. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import {
  checkMemoryBudget,
  type ByteSource,
  type ImportOptions,
  type MemoryJob,
  type ParsedTable,
} from '../../workers/core/csv/index.ts';
import { importTable, sniffTableFormat } from '../../workers/core/table/importTable.ts';
import { fail, ok, type Result } from '../../workers/core/errors/index.ts';
import { inferSchema, type ColumnSchema } from '../../workers/core/schema/index.ts';

/** A file on disk as a ByteSource, open until `close()`. Throws (ENOENT, EACCES, EISDIR) when it cannot be opened. */
export function nodeByteSource(path: string): ByteSource & { close(): void } {
  const fd = openSync(path, 'r');
  const stat = fstatSync(fd);
  if (stat.isDirectory()) {
    closeSync(fd);
    throw Object.assign(new Error(`EISDIR: ${path} is a directory`), { code: 'EISDIR' });
  }
  return {
    name: path.split(/[\\/]/).pop() ?? path,
    size: stat.size,
    read: (start, end) => {
      const buffer = new Uint8Array(Math.max(0, Math.min(end, stat.size) - start));
      let filled = 0;
      while (filled < buffer.length) {
        const n = readSync(fd, buffer, filled, buffer.length - filled, start + filled);
        if (n === 0) break;
        filled += n;
      }
      return Promise.resolve(buffer.subarray(0, filled));
    },
    close: () => closeSync(fd),
  };
}

/** The memory this process may use for its heap (Node's limit, `--max-old-space-size` when set). */
export function heapLimitBytes(): number {
  return getHeapStatistics().heap_size_limit;
}

/**
 * Import `path` (CSV or Parquet, told by its bytes) for `job` and infer its schema. Fails with
 * FILE_UNREADABLE when the file cannot be opened, FILE_TOO_LARGE before reading when the job's
 * memory budget cannot hold it, else as `importTable`.
 */
export async function readTableFile(
  path: string,
  job: MemoryJob,
  options: ImportOptions = {},
): Promise<Result<{ table: ParsedTable; schema: ColumnSchema[] }>> {
  let source: ReturnType<typeof nodeByteSource>;
  try {
    source = nodeByteSource(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : e instanceof Error
              ? e.message
              : String(e);
    return fail(
      'FILE_UNREADABLE',
      `Cannot read "${path}": ${why}.`,
      'Check the path and that the file is readable.',
    );
  }
  try {
    const format = await sniffTableFormat(source);
    const budget = checkMemoryBudget(job, source.name, source.size, heapLimitBytes(), format);
    if (!budget.ok) return budget;
    const imported = await importTable(source, options);
    if (!imported.ok) return imported;
    return ok({ table: imported.value, schema: inferSchema(imported.value) });
  } finally {
    source.close();
  }
}
