/**
 * Writing Parquet with hyparquet-writer: typed columns (text, 32/64-bit integers, doubles,
 * booleans; null where a cell is missing), Snappy-compressed, in row groups, handed out as byte
 * chunks so a large file is never one buffer: the browser makes a Blob of them, the CLI appends
 * them to the file as they come.
 */
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet';
import type { StoredKind } from '../csv/types.ts';

/** Rows per row group: a shard boundary inside a group costs at most this many rows decoded twice. */
export const ROW_GROUP_ROWS = 100_000;
/**
 * Bytes of values per data page. A reader decodes whole pages, so small pages let a shard read the
 * file's first rows (the schema sample) without decoding the rest of the first row group; the
 * writer's default (1 MiB) put most columns' 100k rows in one page.
 */
export const PAGE_BYTES = 64 * 1024;

export type ParquetValue = string | number | bigint | boolean | null;

export interface ParquetColumnSpec {
  readonly name: string;
  readonly kind: StoredKind;
}

function schemaElement({ name, kind }: ParquetColumnSpec): SchemaElement {
  const base = { name, repetition_type: 'OPTIONAL' as const };
  switch (kind) {
    case 'string':
      return { ...base, type: 'BYTE_ARRAY', converted_type: 'UTF8' };
    case 'int32':
      return { ...base, type: 'INT32' };
    case 'int64':
      return { ...base, type: 'INT64' };
    case 'double':
      return { ...base, type: 'DOUBLE' };
    case 'boolean':
      return { ...base, type: 'BOOLEAN' };
  }
}

/** hyparquet-writer's ByteWriter that hands its bytes out after every row group instead of growing. */
class ChunkWriter extends ByteWriter {
  constructor(private readonly emit: (bytes: Uint8Array) => void) {
    super(1 << 20);
  }
  flush(): void {
    if (this.index === 0) return;
    this.emit(this.getBytes().slice());
    this.index = 0;
  }
  override finish(): void {
    this.flush();
  }
}

/**
 * A Parquet file written row group by row group: `append` columns of values (one array per
 * column, all the same length), `finish` once. Bytes go to `emit` as they are made.
 */
export class ParquetChunks {
  private readonly writer: ParquetWriter;
  private readonly pending: ParquetValue[][];
  private pendingRows = 0;
  rows = 0;

  constructor(
    private readonly columns: readonly ParquetColumnSpec[],
    emit: (bytes: Uint8Array) => void,
    private readonly rowGroupRows = ROW_GROUP_ROWS,
  ) {
    const schema: SchemaElement[] = [
      { name: 'root', num_children: columns.length },
      ...columns.map(schemaElement),
    ];
    this.writer = new ParquetWriter({
      writer: new ChunkWriter(emit),
      schema,
      createdBy: 'murmur',
    });
    this.pending = columns.map(() => []);
  }

  /**
   * Adds rows given as columns of values, in the order of the column specs. When no rows are
   * pending, whole row groups are written from the given columns as they are (not copied first),
   * so a caller that hands over a row group at a time keeps no second copy of it on the heap.
   */
  append(values: readonly (readonly ParquetValue[])[]): void {
    const n = values[0]?.length ?? 0;
    for (let c = 0; c < this.columns.length; c++) {
      const col = values[c]!;
      if (col.length !== n)
        throw new Error(`column ${this.columns[c]!.name}: ${col.length} values, expected ${n}`);
    }
    this.rows += n;
    let start = 0;
    if (this.pendingRows === 0)
      for (; n - start >= this.rowGroupRows; start += this.rowGroupRows) {
        const end = start + this.rowGroupRows;
        this.writeGroup(
          values.map((col) => (start === 0 && end === n ? col : col.slice(start, end))),
          this.rowGroupRows,
        );
      }
    for (let c = 0; c < this.columns.length; c++) {
      const col = values[c]!;
      const into = this.pending[c]!;
      for (let r = start; r < n; r++) into.push(col[r]!);
    }
    this.pendingRows += n - start;
    while (this.pendingRows >= this.rowGroupRows) this.flushGroup(this.rowGroupRows);
  }

  /** Writes the first `rows` pending rows as one row group. */
  private flushGroup(rows: number): void {
    if (rows === 0) return;
    this.writeGroup(
      this.pending.map((p) => (rows === this.pendingRows ? p : p.slice(0, rows))),
      rows,
    );
    for (const p of this.pending) p.splice(0, rows);
    this.pendingRows -= rows;
  }

  /** Writes `rows` rows of these columns as one row group. */
  private writeGroup(data: readonly (readonly ParquetValue[])[], rows: number): void {
    void this.writer.write({
      columnData: this.columns.map((c, i) => ({
        name: c.name,
        data: data[i]! as ParquetValue[],
        // min/max of free text prunes nothing and cost a quarter of the write (comparing every string)
        statistics: c.kind !== 'string',
      })),
      rowGroupSize: rows,
      pageSize: PAGE_BYTES,
    });
  }

  /** Writes the last row group and the footer. */
  finish(): void {
    this.flushGroup(this.pendingRows);
    void this.writer.finish();
  }
}

/** Writes whole columns as one Parquet file, returned as byte chunks. */
export function parquetChunks(
  columns: readonly ParquetColumnSpec[],
  values: readonly (readonly ParquetValue[])[],
): Uint8Array[] {
  const out: Uint8Array[] = [];
  const file = new ParquetChunks(columns, (b) => out.push(b));
  file.append(values);
  file.finish();
  return out;
}
