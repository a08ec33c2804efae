/** Reading a CSV or Parquet file from disk for the CLI commands: the same importers and schema inference the app runs. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ByteSource, ImportOptions, ParsedTable } from '../../workers/core/csv/index.ts';
import { importTable } from '../../workers/core/table/importTable.ts';
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

/** Import `path` (CSV or Parquet, told by its bytes) and infer its schema. Fails with FILE_UNREADABLE when the file cannot be opened, else as `importTable`. */
export async function readTableFile(
  path: string,
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
    const imported = await importTable(source, options);
    if (!imported.ok) return imported;
    return ok({ table: imported.value, schema: inferSchema(imported.value) });
  } finally {
    source.close();
  }
}
