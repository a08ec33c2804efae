/** Parquet files for tests, written in memory with our writer, and read back through a ByteSource. */
import type { ByteSource, StoredKind } from '../csv/types.ts';
import { memoryByteSource } from '../csv/memorySource.ts';
import { ParquetChunks, type ParquetValue } from './writeParquet.ts';

/** The bytes of one Parquet file with these columns, `rowGroupRows` rows per group. */
export function parquetBytes(
  columns: readonly { name: string; kind: StoredKind; values: readonly ParquetValue[] }[],
  rowGroupRows = 100_000,
): Uint8Array {
  const parts: Uint8Array[] = [];
  const file = new ParquetChunks(columns, (b) => parts.push(b), rowGroupRows);
  const n = columns[0]?.values.length ?? 0;
  for (let from = 0; from < n; from += 7)
    file.append(columns.map((c) => c.values.slice(from, from + 7)));
  file.finish();
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function bytesSource(bytes: Uint8Array, name = 'posts.parquet'): ByteSource {
  return memoryByteSource(bytes, name);
}
